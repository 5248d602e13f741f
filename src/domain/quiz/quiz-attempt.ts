import { isGraded, type QuizItem } from '../content/quiz.schema';
import { seededRandom, seedOf, shuffled } from './seeded-random';

export interface QuizDefinition {
  id: string;
  passMark: number;
  retry: { maxAttempts: number; cooldownMinutes?: number };
  itemsPerAttempt?: number;
}

/** The questions of one attempt and the display order of their options, fixed by the seed. */
export interface AttemptLayout {
  seed: number;
  itemIds: string[];
  /** Display order (authored indexes) of choices, steps or right-hand sides, per item. */
  optionOrder: Record<string, number[]>;
}

export const attemptSeed = (learnerId: string, quizId: string, attempt: number) => seedOf(`${learnerId}|${quizId}|${attempt}`);

export function layoutAttempt(quiz: QuizDefinition, items: readonly QuizItem[], seed: number): AttemptLayout {
  const random = seededRandom(seed);
  // Written replies have their own screen and a trainer's score: an attempt draws only what it grades.
  const drawn = shuffled(items.filter(isGraded), random).slice(0, quiz.itemsPerAttempt ?? items.length);
  const optionOrder: Record<string, number[]> = {};
  for (const item of drawn) {
    const count = optionCount(item);
    if (count) optionOrder[item.id] = shuffledUntilMoved(count, random, item.type === 'ordering');
  }
  return { seed, itemIds: drawn.map((i) => i.id), optionOrder };
}

function optionCount(item: QuizItem): number {
  if (item.type === 'single' || item.type === 'multiple') return item.choices.length;
  if (item.type === 'ordering') return item.steps.length;
  if (item.type === 'matching') return item.pairs.length;
  return 0;
}

/** An ordering question must not start in the right order, or it answers itself. */
function shuffledUntilMoved(count: number, random: () => number, mustMove: boolean): number[] {
  const base = Array.from({ length: count }, (_, i) => i);
  let order = shuffled(base, random);
  if (mustMove && order.every((v, i) => v === i)) order = [...order.slice(1), order[0] as number];
  return order;
}

interface AttemptHistory {
  count: number;
  passed: boolean;
  /** ISO time of the last failed attempt, for the cooldown. */
  lastFailedAt: string | null;
}

type AttemptPermission =
  | { ok: true; attempt: number }
  | { ok: false; reason: 'max-attempts' }
  | { ok: false; reason: 'cooldown'; until: string };

/** The retry policy: `maxAttempts` 0 is unlimited; after a failure the learner waits `cooldownMinutes`. */
export function canStartAttempt(quiz: QuizDefinition, history: AttemptHistory, now: Date): AttemptPermission {
  const max = quiz.retry.maxAttempts;
  if (max > 0 && history.count >= max && !history.passed) return { ok: false, reason: 'max-attempts' };
  const cooldown = quiz.retry.cooldownMinutes ?? 0;
  if (cooldown > 0 && history.lastFailedAt && !history.passed) {
    const until = new Date(Date.parse(history.lastFailedAt) + cooldown * 60_000);
    if (until > now) return { ok: false, reason: 'cooldown', until: until.toISOString() };
  }
  return { ok: true, attempt: history.count + 1 };
}
