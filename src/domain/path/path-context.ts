import type { PathCurriculum } from './path-curriculum';

export type Tally = { correct: number; total: number };
export type PlanDecision = 'exempt' | 'require' | 'review';

/** What the learner did in one module. Plain JSON: the context is persisted as is. */
export interface ModuleProgress {
  lessonsRead: string[];
  quizPassed: boolean;
  /** Best ratio per role-play. */
  roleplayBest: Record<string, number>;
  /** Set by a trainer's "review" decision; cleared when the module is passed again after it. */
  reviewPending: boolean;
  touched: boolean;
}

export interface QuizHistory {
  count: number;
  passed: boolean;
  lastFailedAt: string | null;
}

export interface PathContext {
  curriculum: PathCurriculum;
  /** Placement score per competency, once the bilan initial is done. */
  placement: Record<string, number> | null;
  /** Trainer decisions per module, latest wins. */
  decisions: Record<string, PlanDecision>;
  progress: Record<string, ModuleProgress>;
  quizzes: Record<string, QuizHistory>;
  /** Latest result per quiz and competency, and best ratio per role-play, for competency mastery. */
  quizEvidence: Record<string, Record<string, Tally>>;
  roleplayEvidence: Record<string, number>;
  /** Latest trainer-assessed level per competency. */
  assessed: Record<string, number>;
  eventCount: number;
}

export const emptyProgress = (): ModuleProgress => ({
  lessonsRead: [],
  quizPassed: false,
  roleplayBest: {},
  reviewPending: false,
  touched: false,
});

export function initialContext(curriculum: PathCurriculum): PathContext {
  return {
    curriculum,
    placement: null,
    decisions: {},
    progress: Object.fromEntries(curriculum.modules.map((m) => [m.id, emptyProgress()])),
    quizzes: {},
    quizEvidence: {},
    roleplayEvidence: {},
    assessed: {},
    eventCount: 0,
  };
}
