import type { Criterion } from '../../domain/content/roleplay.schema';
import type { WrittenChannel } from '../../domain/content/written-reply.schema';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** Strings of the written replies: the learner's screen and the trainer's scoring. Plain words. */
export const written = {
  listTitle: 'Écrire à un client',
  listHelp: 'Répondez par écrit, comme au travail. Votre formateur lira votre réponse.',
  channel: { mail: 'E-mail', chat: 'Chat', sms: 'SMS' } satisfies Record<WrittenChannel, string>,
  sentCount: (n: number) => (n === 0 ? 'Pas encore répondu' : `Déjà répondu (${plural(n, 'fois', 'fois')})`),
  from: 'De :',
  subject: 'Objet :',
  yourReply: 'Votre réponse',
  counter: (n: number, unit: 'words' | 'chars', min: number, max: number) =>
    unit === 'words'
      ? `${plural(n, 'mot', 'mots')} (entre ${min} et ${max})`
      : `${plural(n, 'caractère', 'caractères')} (entre ${min} et ${max})`,
  draftKept: 'Votre texte est gardé, même si vous fermez la page.',
  showHints: 'Voir les conseils',
  hintsTitle: 'Conseils pour améliorer votre réponse',
  hintsNote: 'Ce sont des conseils, pas une note. C’est votre formateur qui évalue.',
  hints: {
    short: (n: number, min: number, unit: 'words' | 'chars') =>
      `Votre réponse est un peu courte : ${n} ${unit === 'words' ? 'mots' : 'caractères'}. Visez au moins ${min}.`,
    long: (n: number, max: number, unit: 'words' | 'chars') =>
      `Votre réponse est longue : ${n} ${unit === 'words' ? 'mots' : 'caractères'}. Essayez de rester sous ${max}. Le client lit vite.`,
    lengthOk: 'La longueur est bonne.',
    noGreeting: 'Commencez par saluer le client (par exemple « Bonjour Madame … »).',
    greetingOk: 'Vous saluez le client.',
    noClosing: 'Terminez par une formule de politesse (par exemple « Cordialement » ou « Bonne journée »).',
    closingOk: 'Vous terminez poliment.',
    pointMissing: (label: string) => `Le client parle de ceci : « ${label} ». Pensez à y répondre.`,
    pointOk: (label: string) => `Vous répondez à : « ${label} ».`,
    spellingLoading: 'Vérification de l’orthographe…',
    spellingNone: 'Aucun mot inconnu trouvé par le dictionnaire.',
    spellingWords: 'Vérifiez l’orthographe de ces mots :',
    spellingUnavailable: 'La vérification de l’orthographe n’a pas pu se faire sur ce poste.',
  },
  send: 'Envoyer ma réponse',
  sending: 'Envoi…',
  sentTitle: 'Réponse envoyée',
  sentHelp: 'Votre formateur la lira et vous dira ce qui va bien et ce qui peut mieux aller.',
  yourText: 'Ce que vous avez écrit',
  model: 'Un exemple de bonne réponse',
  why: 'À retenir',
  writeAgain: 'Écrire une nouvelle réponse',
  backToModule: '← Retour au module',
  missing: 'Cet exercice n’existe pas dans le contenu de ce poste.',
  locked: (modules: string) => `Cet exercice s’ouvrira après : ${modules}.`,
  // Trainer side.
  trainer: {
    title: 'Réponses écrites à évaluer',
    none: 'Aucune réponse écrite pour le moment.',
    toScore: 'À évaluer',
    scored: (pct: number) => `Évaluée : ${pct} %`,
    score: 'Évaluer',
    scoreTitle: (title: string) => `Évaluer la réponse écrite : ${title}`,
    attempt: (n: number, at: string) => `Réponse n° ${n}, envoyée le ${at}`,
    customer: 'Le message du client',
    reply: 'La réponse du stagiaire',
    hintsSeen: (seen: boolean) =>
      seen ? 'Le stagiaire a regardé les conseils avant d’envoyer.' : 'Le stagiaire n’a pas regardé les conseils.',
    model: 'La réponse modèle',
    grid: 'La grille',
    level: 'Niveau',
    comment: 'Commentaire (facultatif)',
    levels: ['Pas montré', 'Commencé', 'Acquis', 'Maîtrisé'] as const,
    save: 'Enregistrer et signer',
    saved: (pct: number) => `Évaluation enregistrée et signée : ${pct} %.`,
    refused: (detail: string) => `L’évaluation n’a pas été enregistrée : ${detail}`,
    notFound: 'Cette réponse écrite n’a pas été trouvée.',
    back: '← Retour au stagiaire',
    criterion: {
      greeting: 'Accueil',
      discovery: 'Découverte',
      listening: 'Écoute',
      reformulation: 'Reformulation',
      solution: 'Solution',
      argumentation: 'Argumentation',
      objection: 'Objections',
      tone: 'Ton et écriture',
      closing: 'Conclusion',
      compliance: 'Règles et conformité',
    } satisfies Record<Criterion, string>,
  },
};
