import type { QuizItem } from '../content/quiz.schema';
import type { QuizDefinition } from './quiz-attempt';

/**
 * What an attempt keeps of the quiz it started on: its questions as they were and the quiz's rules
 * (pass mark, retries). A trainer may republish the module in the middle of an attempt; the learner
 * finishes on the version he started on, and the next attempt takes the new one.
 */
export interface AttemptVersion {
  items?: QuizItem[];
  definition?: QuizDefinition;
}

type Resumed = { kind: 'resume'; items: QuizItem[]; definition: QuizDefinition } | { kind: 'new' };

/** The questions a saved attempt is finished with; `new` when there is none to finish. */
export function attemptOn(
  saved: (AttemptVersion & { layout: { itemIds: string[] } }) | undefined,
  current: { items: readonly QuizItem[]; definition: QuizDefinition },
): Resumed {
  if (!saved) return { kind: 'new' };
  const covers = (items: readonly QuizItem[]) => saved.layout.itemIds.every((id) => items.some((i) => i.id === id));
  if (saved.items && saved.definition && covers(saved.items)) return { kind: 'resume', items: saved.items, definition: saved.definition };
  // An attempt saved before attempts kept their questions goes on with today's, if they are all still there.
  if (!saved.items && covers(current.items)) return { kind: 'resume', items: [...current.items], definition: current.definition };
  return { kind: 'new' };
}

/** The questions and rules an attempt keeps, taken when it starts. */
export function versionOf(layout: { itemIds: string[] }, items: readonly QuizItem[], definition: QuizDefinition): Required<AttemptVersion> {
  return { items: items.filter((i) => layout.itemIds.includes(i.id)), definition };
}
