import Dexie from 'dexie';
import { eventDocId } from '../domain/records/ids';
import type { EventData, EventName, ProgressEvent } from '../domain/records/progress-event.schema';
import { checkSiteRecord } from '../domain/records/record-validate';
import { eventOnceKey } from '../domain/records/event-once';
import { eventOfRow, eventRow, type AppDb } from './app-db';

/** Who writes: the learner, on this terminal, for this site. */
export interface EventAuthor {
  siteId: string;
  learnerId: string;
  deviceId: string;
}

/** An event that failed its own schema: a bug in the app, never the learner's doing. */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}

/** An event as written, or as found already in the log (`fresh` false: nothing was written). */
export interface RecordedEvent {
  event: ProgressEvent;
  fresh: boolean;
}

/** The learner's append-only progress log in IndexedDB, which is also the outbox of the sync. */
export class ProgressRepository {
  constructor(private readonly db: AppDb) {}

  /**
   * Appends one event and resolves once IndexedDB has committed it: callers await this before the UI
   * moves on. The seq is one more than the highest seq of the learner on this terminal, from any device
   * (a Lamport counter): ids stay unique per learner and device, and seq order follows what the learner did.
   * An act that may happen once and is already in the log (same once-key) is not written again: the
   * stored event is returned.
   */
  async append<N extends EventName>(author: EventAuthor, name: N, data: EventData<N>, now = new Date()): Promise<ProgressEvent> {
    return (await this.record(author, name, data, now)).event;
  }

  /** As `append`, and says whether the event was written or found already in the log. */
  async record<N extends EventName>(author: EventAuthor, name: N, data: EventData<N>, now = new Date()): Promise<RecordedEvent> {
    return this.db.transaction('rw', this.db.events, async () => {
      const once = eventOnceKey(author.learnerId, name, data);
      const already = once ? await this.db.events.where('once').equals(once).first() : undefined;
      if (already) return { event: eventOfRow(already), fresh: false };
      const last = await this.db.events
        .where('[learnerId+seq]')
        .between([author.learnerId, Dexie.minKey], [author.learnerId, Dexie.maxKey])
        .last();
      const seq = (last?.seq ?? 0) + 1;
      const event = {
        _id: eventDocId(author.learnerId, author.deviceId, seq),
        schema: 1,
        type: 'event',
        siteId: author.siteId,
        learnerId: author.learnerId,
        deviceId: author.deviceId,
        seq,
        at: now.toISOString(),
        name,
        data,
      };
      const checked = checkSiteRecord(event);
      if (!checked.ok) throw new InvalidEventError(`${name}: ${checked.reason}`);
      const record = checked.record as ProgressEvent;
      await this.db.events.add(eventRow(record, 0));
      return { event: record, fresh: true };
    });
  }

  /** The learner's events with seq above `afterSeq`, in log order. */
  async after(learnerId: string, afterSeq = 0): Promise<ProgressEvent[]> {
    const rows = await this.db.events
      .where('[learnerId+seq]')
      .between([learnerId, afterSeq], [learnerId, Dexie.maxKey], false, true)
      .toArray();
    return rows.map(eventOfRow);
  }

  /** How many of the learner's events have seq ≤ `throughSeq` (to tell whether a snapshot is still whole). */
  countThrough(learnerId: string, throughSeq: number): Promise<number> {
    return this.db.events.where('[learnerId+seq]').between([learnerId, 0], [learnerId, throughSeq], true, true).count();
  }

  async named<N extends EventName>(learnerId: string, name: N): Promise<Extract<ProgressEvent, { name: N }>[]> {
    const all = await this.after(learnerId);
    return all.filter((e): e is Extract<ProgressEvent, { name: N }> => e.name === name);
  }
}
