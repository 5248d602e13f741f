import type { ProgressEvent } from '../records/progress-event.schema';
import { rateCard, scheduleMissed, type StoredCard } from './review-scheduler';

/**
 * Review cards are a projection of the learner's log: each item missed in a quiz schedules its card,
 * each review rates it, at the event's own time. So the same log gives the same cards on any terminal.
 * Applies one event to the cards it touches and returns them; other events touch nothing.
 */
export function applyReviewEvent(cardOf: (itemId: string) => StoredCard | undefined, event: ProgressEvent): Map<string, StoredCard> {
  const changed = new Map<string, StoredCard>();
  const at = new Date(event.at);
  if (event.name === 'quiz.submitted') {
    for (const itemId of event.data.missedItemIds) changed.set(itemId, scheduleMissed(changed.get(itemId) ?? cardOf(itemId), at));
  } else if (event.name === 'review.rated') {
    const card = cardOf(event.data.itemId);
    if (card) changed.set(event.data.itemId, rateCard(card, event.data.rating, at));
  }
  return changed;
}

/** Every review card of one learner's log, events taken in the order they happened. */
export function projectReviewCards(events: Iterable<ProgressEvent>): Map<string, StoredCard> {
  const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq);
  const cards = new Map<string, StoredCard>();
  for (const e of ordered) for (const [id, card] of applyReviewEvent((i) => cards.get(i), e)) cards.set(id, card);
  return cards;
}
