import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';

/** A card as stored: dates as ISO strings, so it survives IndexedDB and JSON unchanged. */
export type StoredCard = Omit<Card, 'due' | 'last_review'> & { due: string; last_review?: string };

// No fuzz: the same history always gives the same schedule (tests, and replays on another terminal).
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const toStored = (card: Card): StoredCard => ({
  ...card,
  due: card.due.toISOString(),
  last_review: card.last_review?.toISOString(),
});
const fromStored = (card: StoredCard): Card => ({
  ...card,
  due: new Date(card.due),
  last_review: card.last_review ? new Date(card.last_review) : undefined,
});

/** A missed quiz item: a new card due at once, or a lapse ("again") on a card the learner already had. */
export function scheduleMissed(existing: StoredCard | undefined, now: Date): StoredCard {
  if (!existing) return toStored(createEmptyCard(now));
  return rateCard(existing, Rating.Again, now);
}

export function rateCard(card: StoredCard, rating: Grade, now: Date): StoredCard {
  return toStored(scheduler.next(fromStored(card), now, rating).card);
}

/** The grade of a review answer: wrong is "again", right is "good". */
export const ratingFor = (correct: boolean): Grade => (correct ? Rating.Good : Rating.Again);

/** Due by the end of the local day, so the morning's list does not grow during the session. */
export function isDueToday(card: StoredCard, now: Date): boolean {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return Date.parse(card.due) <= end.getTime();
}
