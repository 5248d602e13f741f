import type { AuthoredModule } from '../../src/domain/authoring/module-export';
import { quizItems } from '../factories/quiz.factory';

/** A role-play whose best options are never the longest (so the content lint accepts it). */
const ROLEPLAY_INK = `-> accueil
=== accueil ===
Mme Rosette : Bonjour…
* [Bonjour, Julie, service client. #greeting:2]
    -> identite
* [Oui, allô, c’est pour quoi exactement ? #greeting:-1 #tone:-1]
    -> identite
=== identite ===
Mme Rosette : J’ai une question sur ma facture.
* [Votre nom, s’il vous plaît ? #discovery:2]
    -> fin
* [Je ne sais pas, il faudrait rappeler plus tard. #discovery:0]
    -> fin
=== fin ===
Mme Rosette : Merci.
-> END
`;

/** The fixture programme's first module (tests/fixtures/content, folder 01-accueil), as the authoring space holds it. */
export function authoredModule(overrides: Partial<AuthoredModule> = {}): AuthoredModule {
  return {
    ref: { id: 'm-accueil', dir: '01-accueil', hours: 255, prerequisites: [] },
    meta: {
      id: 'm-accueil',
      schema: 1,
      title: 'Ouvrir un appel (version du formateur)',
      summary: 'Saluer, se présenter, identifier la personne.',
      competencies: ['ccp1.accueil', 'tr.rgpd'],
      sources: 'Sert la compétence « Accueillir et renseigner le client » (CCP 1).\n',
    },
    lessons: [
      {
        id: 'l-saluer',
        title: 'Les premières secondes',
        competency: 'ccp1.accueil',
        minutes: 8,
        body: 'Le client vous entend **avant** de vous connaître.\n\n::: retenir\nBonjour, entreprise, prénom.\n:::\n',
      },
      {
        id: 'l-identifier',
        title: 'Identifier la personne',
        competency: 'tr.rgpd',
        minutes: 6,
        body: 'Demandez le nom, puis vérifiez-le.\n\n::: dialogue\n— Votre nom ?\n— Rosette.\n:::\n',
      },
    ],
    quiz: {
      id: 'q-accueil',
      schema: 1,
      title: 'Quiz — ouvrir un appel',
      passMark: 0.7,
      retry: { maxAttempts: 3, cooldownMinutes: 10 },
      items: [
        {
          id: 'qa-001',
          schema: 1,
          competency: 'ccp1.accueil',
          type: 'single',
          prompt: 'Quelle phrase ouvre l’appel ?',
          explanation: 'On salue et on se présente.',
          choices: ['Bonjour, Julie.', 'Allô ? Oui, c’est pour quoi ?', 'Oui ?'],
          answer: 0,
        },
        quizItems.truefalse('qa-002', 'ccp1.accueil'),
        quizItems.multiple('qa-003', 'ccp1.accueil'),
        quizItems.ordering('qa-004', 'ccp1.accueil'),
        quizItems.matching('qa-005', 'tr.rgpd'),
        quizItems.short('qa-006', 'tr.rgpd'),
      ],
    },
    roleplays: [
      {
        name: 'premier-appel',
        ink: ROLEPLAY_INK,
        sheet: {
          id: 'rp-premier-appel',
          schema: 1,
          title: 'Un premier appel simple',
          competencies: ['ccp1.accueil'],
          difficulty: 1,
          channel: 'phone',
          caller: { name: 'Mme Rosette', profile: 'Cliente fidèle, calme.' },
          goal: 'Accueillir la cliente et l’identifier.',
          passThreshold: 0.6,
          goodPractice: ['Saluer et se présenter'],
          usualMistakes: ['Répondre « Allô ? »'],
        },
      },
    ],
    ...overrides,
  };
}
