import type { ProgressEvent } from '../records/progress-event.schema';

/** The quiz items whose review card an event touches: the items missed in a quiz, or the item reviewed. */
export function reviewItemIds(event: ProgressEvent): string[] {
  if (event.name === 'quiz.submitted') return event.data.missedItemIds;
  if (event.name === 'review.rated') return [event.data.itemId];
  return [];
}

/** The events that can change review cards. */
export const REVIEW_EVENTS: ReadonlySet<string> = new Set(['quiz.submitted', 'review.rated']);

/** Whether an event can change review cards. */
export const movesReviews = (e: ProgressEvent): boolean => REVIEW_EVENTS.has(e.name);

/** "Due today": due at or before the end of the learner's local day (epoch ms). */
export function endOfToday(now: Date = new Date()): number {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end.getTime();
}
