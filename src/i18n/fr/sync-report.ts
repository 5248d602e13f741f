import type { RefusalKind } from '../../sync/refusal-kind';
import type { TrainerDocCounts, TrainerDocKind, WorkCounts, WorkKind } from '../../sync/sync-report';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** « de Marius », « d’Ana », « d’un apprenant… » */
const elided = (name: string) => (/^[aeiouyàâéèêëîïôöùûü]/i.test(name) ? `d’${name}` : `de ${name}`);

const WORK_ORDER: WorkKind[] = ['lessons', 'quizzes', 'roleplays', 'reviews', 'placement', 'sessions'];
const DOC_ORDER: TrainerDocKind[] = ['learner', 'bilan', 'assessment', 'roleplay-score', 'ecf', 'dp-selection', 'group'];

/** Strings of the detailed sync summary: what went up and down, whose, and each refusal with what to do. */
export const syncReport = {
  sentTitle: 'Envoyé au serveur',
  sentNothing: 'Aucun travail d’apprenant à envoyer.',
  sentTrainer: 'Documents du formateur envoyés',
  receivedTitle: 'Reçu du serveur',
  receivedNothing: 'Rien de nouveau.',
  learnersTitle: 'Apprenants',
  learnerChange: { new: 'nouvel apprenant sur ce poste', changed: 'fiche mise à jour' },
  othersTitle: 'Travail fait sur d’autres postes du site',
  othersReason: { 'continue-here': (name: string) => `pour que ${name} puisse continuer sur ce poste` },
  trainerTitle: 'Documents du formateur',
  groups: (n: number) => plural(n, 'groupe', 'groupes'),
  contentTitle: 'Nouveau contenu installé',
  contentVersion: (version: string, builtAt: string) => `Version ${version}, préparée le ${builtAt}.`,
  moduleChange: { new: 'nouveau module', updated: 'mis à jour' },
  publishedAt: (date: string) => `publié le ${date}`,
  noModuleChange: 'Aucun module n’a changé de contenu visible.',
  refusalsTitle: 'Refusés : ce qu’il faut faire',
  refusalOf: (what: string, name: string | null) => (name ? `${what} ${elided(name)}` : what),
  moreRefusals: (n: number) => `… et ${plural(n, 'autre refus', 'autres refus')} du même lot.`,
  technical: 'Raison technique',
  unknownLearner: (id: string) => `un apprenant inconnu de ce poste (${id})`,
  events: (n: number) => plural(n, 'événement', 'événements'),
  work: {
    lessons: (n: number) => plural(n, 'leçon terminée', 'leçons terminées'),
    quizzes: (n: number) => plural(n, 'quiz', 'quiz'),
    roleplays: (n: number) => plural(n, 'mise en situation', 'mises en situation'),
    reviews: (n: number) => plural(n, 'révision', 'révisions'),
    placement: (n: number) => plural(n, 'étape du bilan de départ', 'étapes du bilan de départ'),
    sessions: (n: number) => plural(n, 'connexion', 'connexions'),
  } satisfies Record<WorkKind, (n: number) => string>,
  docs: {
    learner: (n: number) => plural(n, 'fiche d’apprenant', 'fiches d’apprenant'),
    bilan: (n: number) => plural(n, 'bilan avec son plan', 'bilans avec leur plan'),
    assessment: (n: number) => plural(n, 'évaluation', 'évaluations'),
    group: (n: number) => plural(n, 'groupe', 'groupes'),
    'roleplay-score': (n: number) => plural(n, 'note de mise en situation', 'notes de mise en situation'),
    ecf: (n: number) => plural(n, 'résultat d’ECF', 'résultats d’ECF'),
    'dp-selection': (n: number) => plural(n, 'choix pour le dossier professionnel', 'choix pour le dossier professionnel'),
  } satisfies Record<TrainerDocKind, (n: number) => string>,
  /** What a refused document was, in a few words. */
  what: {
    lessons: 'Une leçon terminée',
    quizzes: 'Un quiz',
    roleplays: 'Une mise en situation',
    reviews: 'Une révision',
    placement: 'Une étape du bilan de départ',
    sessions: 'Une connexion',
    step: 'Une étape de travail',
    learner: 'Une fiche d’apprenant',
    bilan: 'Un bilan',
    assessment: 'Une évaluation',
    group: 'Un groupe',
    'roleplay-score': 'Une note de mise en situation',
    ecf: 'Un résultat d’ECF',
    'dp-selection': 'Un choix pour le dossier professionnel',
    content: 'Une partie du contenu de formation',
    unknown: 'Un document',
  },
  refusal: {
    'national-content':
      'Le nouveau contenu n’a pas la bonne signature de l’exploitant du serveur (ou il est plus ancien que celui du poste). Il n’est pas installé : ce poste garde son contenu actuel. Prévenez l’administrateur du serveur.',
    'unknown-learner':
      'Le serveur ne connaît pas cet apprenant sur ce site. Demandez au formateur de vérifier sa fiche (inscrit sur ce site ?), puis synchronisez de nouveau : le travail reste gardé sur ce poste.',
    'unknown-trainer-key':
      'Ce document est signé par un formateur que le serveur ne connaît pas. Demandez à l’administrateur du serveur d’enregistrer la clé de ce formateur, puis synchronisez de nouveau.',
    'bad-signature':
      'La signature du formateur ne correspond pas : le document a peut-être été abîmé ou modifié. Le formateur doit le refaire et le signer de nouveau.',
    unsigned: 'Ce document n’est pas signé par un formateur. Le formateur doit le refaire depuis son espace.',
    'version-conflict':
      'Une autre version de ce document est déjà sur le serveur (faite sur un autre poste). Synchronisez ce poste, puis le formateur refait sa modification sur la dernière version.',
    'other-device':
      'Ce document ne peut pas venir de ce poste (autre poste ou autre site). Vérifiez le site de ce poste et prévenez l’administrateur.',
    altered:
      'Ce travail a été modifié après son premier envoi : le serveur garde la première version. Rien n’est perdu ; prévenez l’administrateur si cela revient.',
    'too-large': 'Ce document est trop gros pour le serveur. Prévenez l’administrateur en lui donnant la raison technique.',
    'server-storage': 'Le serveur n’a pas pu l’enregistrer. Réessayez plus tard ; si cela continue, prévenez l’administrateur.',
    invalid:
      'Le serveur ne reconnaît pas ce document (version de Relais différente ?). Mettez l’application à jour, puis synchronisez de nouveau.',
    other: 'Le serveur a refusé ce document. Prévenez l’administrateur en lui donnant la raison technique.',
  } satisfies Record<RefusalKind, string>,
  /** « 2 leçons terminées, 1 quiz, 3 révisions » */
  describeWork: (work: WorkCounts): string =>
    WORK_ORDER.flatMap((k) => (work[k] ? [syncReport.work[k](work[k])] : [])).join(', ') || 'des étapes de travail, sans activité terminée',
  describeDocs: (docs: TrainerDocCounts): string => DOC_ORDER.flatMap((k) => (docs[k] ? [syncReport.docs[k](docs[k])] : [])).join(', '),
  historyTitle: 'Les dernières synchronisations',
  historyOk: 'terminée',
  historyFailed: 'pas allée au bout',
  historyCounts: (sent: number, received: number, refused: number) =>
    [plural(sent, 'envoyé', 'envoyés'), plural(received, 'reçu', 'reçus'), plural(refused, 'refusé', 'refusés')].join(', '),
};
