import type { QuizItem } from '../../src/domain/content/quiz.schema';

const base = (id: string, competency: string) => ({
  id,
  schema: 1 as const,
  competency,
  prompt: `Question ${id}`,
  explanation: `Explication ${id}`,
});

/** One item of each type, with known right answers. */
export const quizItems = {
  single: (id = 'q-single', competency = 'c-a'): QuizItem => ({
    ...base(id, competency),
    type: 'single',
    choices: ['Allô ?', 'Bonjour, service client', 'Oui ?'],
    answer: 1,
  }),
  multiple: (id = 'q-multiple', competency = 'c-a'): QuizItem => ({
    ...base(id, competency),
    type: 'multiple',
    choices: ['Sourire', 'Couper la parole', 'Reformuler', 'Crier'],
    answers: [0, 2],
  }),
  truefalse: (id = 'q-tf', competency = 'c-b'): QuizItem => ({ ...base(id, competency), type: 'truefalse', answer: false }),
  ordering: (id = 'q-order', competency = 'c-b'): QuizItem => ({
    ...base(id, competency),
    type: 'ordering',
    steps: ['Saluer', 'Identifier', 'Écouter', 'Conclure'],
  }),
  matching: (id = 'q-match', competency = 'c-b'): QuizItem => ({
    ...base(id, competency),
    type: 'matching',
    pairs: [
      { left: 'RGPD', right: 'Données personnelles' },
      { left: 'DMT', right: 'Durée moyenne' },
      { left: 'FCR', right: 'Résolu au premier appel' },
    ],
  }),
  short: (id = 'q-short', competency = 'c-a'): QuizItem => ({
    ...base(id, competency),
    type: 'short',
    accepted: ['Bonjour', 'Reformulation de la demande'],
  }),
};

export const allItemTypes = (): QuizItem[] => [
  quizItems.single(),
  quizItems.multiple(),
  quizItems.truefalse(),
  quizItems.ordering(),
  quizItems.matching(),
  quizItems.short(),
];
