import type { ExamKind } from '../../domain/exam/exam.schema';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const minutes = (n: number) => plural(n, 'minute', 'minutes');
const hours = (h: number) => `${h.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} h`;

/** The programme screen's link, apart so that the first screen's bundle carries only this string. */
export const examLink = 'Préparer le titre : ECF, examens blancs, Dossier Professionnel, entretien final';

/** Strings of the exam pack: the learner's screens and the trainer's scoring of a mock exam or an ECF. */
export const exam = {
  title: 'Préparer le titre',
  /** The trainer space's link to the same screens (subjects, grids, DP guide) that learners see. */
  trainerMenu: 'Préparer le titre : sujets, grilles, guide du DP',
  intro: 'Les ECF, les examens blancs, le Dossier Professionnel et l’entretien final : pour vous entraîner aux épreuves du titre.',
  none: 'Ce programme n’a pas encore de préparation au titre.',
  notFound: 'Cette partie de la préparation au titre n’existe pas sur ce poste.',
  back: '← Préparer le titre',
  backToSection: '← Retour aux étapes de l’épreuve',
  kinds: {
    ecf: 'ECF (évaluations en cours de formation)',
    mock: 'Examens blancs',
    'dp-guide': 'Dossier Professionnel',
    'final-interview': 'Entretien final',
  } satisfies Record<ExamKind, string>,
  hours: (h: number) => `${hours(h)} de formation`,
  minutes,
  subject: 'Le sujet',
  steps: 'Les étapes, dans l’ordre',
  step: (n: number) => `Étape ${n}`,
  reading: 'À lire',
  call: 'Appel simulé',
  written: 'Partie écrite',
  playCall: 'Jouer l’appel',
  openStep: 'Lire le sujet de cette étape',
  grid: 'Ce que le formateur regarde (la grille)',
  sources: 'Sources et limites',
  timing: {
    title: 'Le temps',
    planned: (n: number) => `Durée d’entraînement : ${minutes(n)}.`,
    unconfirmed: 'Non confirmé : la durée officielle de l’épreuve n’est pas connue. Votre formateur vous la donnera.',
    confirmed: 'Durée de l’épreuve officielle.',
    start: 'Lancer le chronomètre',
    restart: 'Remettre le chronomètre à zéro',
    elapsed: (spent: number, planned: number) => `Temps passé : ${minutes(spent)} sur ${minutes(planned)}.`,
    left: (n: number) => `Il reste ${minutes(n)}.`,
    over: 'Le temps prévu est passé : finissez l’étape en cours. Le chronomètre ne vous arrête pas.',
  },
  trainer: {
    list: 'Examens blancs et ECF',
    listTitle: (name: string) => `Examens blancs et ECF de ${name}`,
    open: 'Noter',
    back: (name: string) => `← Dossier de ${name}`,
    title: (section: string, name: string) => `${section} — ${name}`,
    calls: 'Les appels joués',
    noRun: 'Pas encore joué.',
    run: (n: number, pct: string) => `Essai ${n} : ${pct} (note automatique)`,
    scored: (pct: string) => `noté ${pct} par le formateur`,
    scoreCall: 'Noter cet appel',
    written: 'La partie écrite se note sur la copie, avec la grille ci-dessous.',
    grid: 'La grille : un résultat par compétence',
    lookFor: 'À regarder :',
    date: 'Date de l’épreuve',
    notes: 'Remarques',
    save: 'Signer et enregistrer le résultat',
    saved: 'Le résultat est signé et enregistré (une ECF du dossier du stagiaire).',
    noCcp: 'Cette partie ne se note pas avec une grille : elle prépare le Dossier Professionnel ou l’entretien final.',
    previous: 'Résultats déjà enregistrés pour cette épreuve',
  },
};
