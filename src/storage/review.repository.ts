import type { EventData, EventName } from '../domain/records/progress-event.schema';
import { endOfToday, reviewItemIds } from '../domain/review/review-routing';
import type { StoredCard } from '../domain/review/review-scheduler';
import type { AppDb } from './app-db';
import type { EventAuthor, ProgressRepository, RecordedEvent } from './progress.repository';

/** FSRS lives in its own chunk: the first screen only counts due cards. Loaded before a transaction opens. */
const projection = () => import('../domain/review/review-projection');

/** Spaced-review cards per learner and quiz item: a projection of the log (src/domain/review/review-projection.ts). */
export class ReviewRepository {
  constructor(private readonly db: AppDb) {}

  async card(learnerId: string, itemId: string): Promise<StoredCard | undefined> {
    return (await this.db.reviewCards.get([learnerId, itemId]))?.card as StoredCard | undefined;
  }

  /**
   * Records an event that moves review cards (a quiz submitted, a review rated) and folds it into the cards,
   * in one transaction: a power cut leaves both or neither. An act already in the log moves nothing again.
   */
  async recordWithCards<N extends EventName>(
    progress: ProgressRepository,
    author: EventAuthor,
    name: N,
    data: EventData<N>,
  ): Promise<RecordedEvent> {
    const { applyReviewEvent } = await projection();
    return this.db.transaction('rw', this.db.events, this.db.reviewCards, async () => {
      const recorded = await progress.record(author, name, data);
      if (!recorded.fresh) return recorded;
      const event = recorded.event;
      const rows = await this.db.reviewCards.bulkGet(reviewItemIds(event).map((id) => [event.learnerId, id] as [string, string]));
      const existing = new Map(rows.flatMap((r) => (r ? [[r.itemId, r.card as StoredCard] as const] : [])));
      await this.#put(
        event.learnerId,
        applyReviewEvent((id) => existing.get(id), event),
      );
      return recorded;
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

  /** Cards due today (by the end of the learner's local day), soonest first. */
  dueToday(learnerId: string, now = new Date()): Promise<{ itemId: string; card: StoredCard }[]> {
    return this.dueBy(learnerId, endOfToday(now));
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
