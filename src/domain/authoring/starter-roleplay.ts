import type { RoleplaySource } from '../content/roleplay.schema';

/** The script a new role-play starts from: it compiles, passes the checks, and shows the tags. */
export const STARTER_INK = `-> accueil
=== accueil ===
Client : Bonjour, j’appelle pour ma commande.
* [Bonjour, je vous écoute. #greeting:2]
    -> besoin
* [Oui, allô, c’est pour quoi exactement ? #greeting:-1]
    -> besoin
=== besoin ===
Client : Elle n’est pas arrivée.
* [Votre numéro de commande ? #discovery:2]
    -> fin
* [Il faut attendre encore quelques jours, c’est normal. #discovery:0]
    -> fin
=== fin ===
Client : Merci, au revoir.
-> END
`;

export function starterSheet(id: string, competency: string): RoleplaySource {
  return {
    id,
    schema: 1,
    title: 'Nouveau jeu de rôle',
    competencies: [competency],
    difficulty: 1,
    channel: 'phone',
    caller: { name: 'Client', profile: 'Un client qui appelle pour sa commande.' },
    goal: 'Accueillir le client et comprendre sa demande.',
    passThreshold: 0.6,
    goodPractice: ['Saluer et se présenter.'],
    usualMistakes: ['Répondre sans se présenter.'],
  };
}
