import type { ProgressEvent } from '../domain/records/progress-event.schema';
import type { StoredCard } from '../domain/review/review-scheduler';
import type { AppDb } from './app-db';

/** FSRS lives in its own chunk: the first screen only counts due cards. Loaded before a transaction opens. */
const projection = () => import('../domain/review/review-projection');

/** Spaced-review cards per learner and quiz item: a projection of the log (src/domain/review/review-projection.ts). */
export class ReviewRepository {
  constructor(private readonly db: AppDb) {}

  async card(learnerId: string, itemId: string): Promise<StoredCard | undefined> {
    return (await this.db.reviewCards.get([learnerId, itemId]))?.card as StoredCard | undefined;
  }

  /** Folds one new event of the learner into their cards. */
  async apply(event: ProgressEvent): Promise<void> {
    const { applyReviewEvent } = await projection();
    await this.db.transaction('rw', this.db.reviewCards, async () => {
      const ids = event.name === 'quiz.submitted' ? event.data.missedItemIds : event.name === 'review.rated' ? [event.data.itemId] : [];
      const rows = await this.db.reviewCards.bulkGet(ids.map((id) => [event.learnerId, id] as [string, string]));
      const existing = new Map(rows.flatMap((r) => (r ? [[r.itemId, r.card as StoredCard] as const] : [])));
      await this.#put(event.learnerId, applyReviewEvent((id) => existing.get(id), event));
    });
  }

  /** Rebuilds a learner's cards from their whole log, e.g. once a sync brought events from another terminal. */
  async rebuild(learnerId: string): Promise<void> {
    const { projectReviewCards } = await projection();
    await this.db.transaction('rw', this.db.events, this.db.reviewCards, async () => {
      const log = await this.db.events.where('[learnerId+seq]').between([learnerId, 0], [learnerId, Infinity]).toArray();
      await this.db.reviewCards.where('learnerId').equals(learnerId).delete();
      await this.#put(learnerId, projectReviewCards(log));
    });
  }

  /** Cards due at or before `until` (epoch ms), soonest first. */
  async dueBy(learnerId: string, until: number): Promise<{ itemId: string; card: StoredCard }[]> {
    const rows = await this.db.reviewCards.where('[learnerId+due]').between([learnerId, 0], [learnerId, until], true, true).toArray();
    return rows.map((r) => ({ itemId: r.itemId, card: r.card as StoredCard }));
  }

  async #put(learnerId: string, cards: Map<string, StoredCard>): Promise<void> {
    if (!cards.size) return;
    await this.db.reviewCards.bulkPut([...cards].map(([itemId, card]) => ({ learnerId, itemId, due: Date.parse(card.due), card })));
  }
}
