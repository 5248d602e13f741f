import { isGraded, type QuizItem } from '../content/quiz.schema';
import { normalizeAnswer } from './normalize-answer';

/**
 * An answer as the player records it:
 * single → chosen choice index; multiple → chosen choice indexes; truefalse → boolean;
 * ordering → original step indexes in the learner's order; matching → for each left (original order),
 * the original index of the right chosen; short → the typed text. Indexes are always the authored ones,
 * so grading never depends on the shuffle.
 */
export type QuizAnswer = number | boolean | string | number[];

export interface Tally {
  correct: number;
  total: number;
}

export interface QuizResult {
  score: number;
  passed: boolean;
  byCompetency: Record<string, Tally>;
  missedItemIds: string[];
}

const isIndexList = (a: QuizAnswer | undefined): a is number[] => Array.isArray(a) && a.every((n) => Number.isInteger(n));

export function isCorrect(item: QuizItem, answer: QuizAnswer | undefined): boolean {
  switch (item.type) {
    case 'single':
      return answer === item.answer;
    case 'truefalse':
      return answer === item.answer;
    case 'multiple': {
      if (!isIndexList(answer)) return false;
      const chosen = new Set(answer);
      return chosen.size === item.answers.length && item.answers.every((a) => chosen.has(a));
    }
    case 'ordering':
      return isIndexList(answer) && answer.length === item.steps.length && answer.every((step, i) => step === i);
    case 'matching':
      return isIndexList(answer) && answer.length === item.pairs.length && answer.every((right, left) => right === left);
    case 'short': {
      if (typeof answer !== 'string') return false;
      const given = normalizeAnswer(answer);
      return given.length > 0 && item.accepted.some((a) => normalizeAnswer(a) === given);
    }
    case 'written':
      // A trainer scores written replies; the quiz never draws them (see layoutAttempt).
      return false;
  }
}

/**
 * The answer before the learner touches anything: an ordering question already shows an order,
 * which is an answer the learner may submit as it is. Other types start empty.
 */
export function initialAnswer(item: QuizItem, displayOrder: readonly number[]): QuizAnswer | undefined {
  return item.type === 'ordering' ? [...displayOrder] : undefined;
}

/** Whether the learner has given something gradable (an empty selection is not an answer yet). */
export function isAnswered(item: QuizItem, answer: QuizAnswer | undefined): boolean {
  if (answer === undefined) return false;
  if (item.type === 'short') return typeof answer === 'string' && answer.trim().length > 0;
  if (item.type === 'multiple') return Array.isArray(answer) && answer.length > 0;
  if (item.type === 'matching') return Array.isArray(answer) && answer.length === item.pairs.length && answer.every((n) => n >= 0);
  return true;
}

/** Grades one attempt; an item left unanswered counts as missed. Score is 0 for an empty quiz. */
export function gradeAttempt(items: readonly QuizItem[], answers: Readonly<Record<string, QuizAnswer>>, passMark: number): QuizResult {
  const byCompetency: Record<string, Tally> = {};
  const missedItemIds: string[] = [];
  let correct = 0;
  const graded = items.filter(isGraded);
  for (const item of graded) {
    const ok = isCorrect(item, answers[item.id]);
    const tally = (byCompetency[item.competency] ??= { correct: 0, total: 0 });
    tally.total++;
    if (ok) {
      tally.correct++;
      correct++;
    } else missedItemIds.push(item.id);
  }
  const score = graded.length ? correct / graded.length : 0;
  return { score, passed: graded.length > 0 && score >= passMark, byCompetency, missedItemIds };
}
