import { Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { isDueToday, rateCard, ratingFor, scheduleMissed } from '../../src/domain/review/review-scheduler';

describe('spaced review (ts-fsrs)', () => {
  const now = new Date('2026-01-05T09:00:00Z');

  it('a missed item becomes a new card due at once', () => {
    const card = scheduleMissed(undefined, now);
    expect(card.state).toBe(State.New);
    expect(card.due).toBe(now.toISOString());
    expect(isDueToday(card, now)).toBe(true);
  });

  it('a right answer pushes the card later, and further after each success', () => {
    let card = scheduleMissed(undefined, now);
    const first = rateCard(card, ratingFor(true), now);
    expect(Date.parse(first.due)).toBeGreaterThan(now.getTime());
    card = first;
    let t = new Date(first.due);
    const second = rateCard(card, Rating.Good, t);
    t = new Date(second.due);
    const third = rateCard(second, Rating.Good, t);
    const gap2 = Date.parse(second.due) - Date.parse(first.due);
    const gap3 = Date.parse(third.due) - Date.parse(second.due);
    expect(gap3).toBeGreaterThan(gap2);
    expect(third.reps).toBe(3);
  });

  it('missing a card again is a lapse and brings it back soon; scheduling is deterministic', () => {
    const learned = rateCard(rateCard(scheduleMissed(undefined, now), Rating.Good, now), Rating.Good, new Date('2026-01-07T09:00:00Z'));
    const later = new Date(learned.due);
    const lapsed = scheduleMissed(learned, later);
    expect(lapsed.lapses).toBe(1);
    expect(Date.parse(lapsed.due) - later.getTime()).toBeLessThan(24 * 3600_000);
    expect(scheduleMissed(learned, later)).toEqual(lapsed);
    expect(JSON.parse(JSON.stringify(lapsed))).toEqual(lapsed);
  });

  it('a card due tomorrow is not in today’s review', () => {
    const card = { ...scheduleMissed(undefined, now), due: '2026-01-07T09:00:00.000Z' };
    expect(isDueToday(card, now)).toBe(false);
  });
});
