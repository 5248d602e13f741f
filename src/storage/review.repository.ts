import type { StoredCard } from '../domain/review/review-scheduler';
import type { AppDb } from './app-db';

/** Spaced-review cards per learner and quiz item (a projection of the log, rebuilt by the reviews). */
export class ReviewRepository {
  constructor(private readonly db: AppDb) {}

  async card(learnerId: string, itemId: string): Promise<StoredCard | undefined> {
    return (await this.db.reviewCards.get([learnerId, itemId]))?.card as StoredCard | undefined;
  }

  async put(learnerId: string, itemId: string, card: StoredCard): Promise<void> {
    await this.db.reviewCards.put({ learnerId, itemId, due: Date.parse(card.due), card });
  }

  /** Cards due at or before `until` (epoch ms), soonest first. */
  async dueBy(learnerId: string, until: number): Promise<{ itemId: string; card: StoredCard }[]> {
    const rows = await this.db.reviewCards.where('[learnerId+due]').between([learnerId, 0], [learnerId, until], true, true).toArray();
    return rows.map((r) => ({ itemId: r.itemId, card: r.card as StoredCard }));
  }
}
