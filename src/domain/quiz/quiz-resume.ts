import type { AttemptLayout } from './quiz-attempt';
import type { QuizAnswer } from './quiz-grading';

/** Where a learner is in one quiz attempt: what is saved as he goes, and rebuilt after a cut. */
export interface AttemptProgress {
  attempt: number;
  layout: AttemptLayout;
  answers: Record<string, QuizAnswer>;
  /** Items whose answer was checked (and recorded as an event). */
  checked: string[];
  index: number;
}

interface RecordedAnswer {
  attempt: number;
  itemId: string;
  answer: QuizAnswer;
}

/**
 * The attempt as the event log says it is. The log is the truth: the saved progress may be older than the
 * last recorded answer (a power cut between the two writes), so every recorded answer of this attempt
 * counts as checked, and the learner resumes at the first question not yet answered.
 */
export function resumeAttempt(saved: AttemptProgress, recorded: readonly RecordedAnswer[]): AttemptProgress {
  const answers = { ...saved.answers };
  const checked = new Set(saved.checked);
  for (const r of recorded) {
    if (r.attempt !== saved.attempt || !saved.layout.itemIds.includes(r.itemId)) continue;
    answers[r.itemId] = r.answer;
    checked.add(r.itemId);
  }
  const ids = saved.layout.itemIds;
  const firstOpen = ids.findIndex((id) => !checked.has(id));
  const index = firstOpen === -1 ? Math.max(0, ids.length - 1) : firstOpen;
  return { ...saved, answers, checked: ids.filter((id) => checked.has(id)), index };
}
