import type { TrainerKeyDoc } from '../domain/records/assessment.schema';
import type { HeldNational } from '../domain/sync/national-content';
import type { SignedDoc } from '../domain/sync/signed-doc';
import type { ContentSiteModuleDoc } from '../domain/sync/site-content';
import type { ProgressEvent } from '../domain/records/progress-event.schema';
import type { EnrolResponse } from '../domain/sync/device.schema';
import { movesReviews } from '../domain/review/review-routing';
import { movesForward } from '../domain/sync/signed-pull';
import type { PulledRecords, SyncStorePort, SyncSummary } from '../sync/sync-ports';
import type { HeldLearner } from '../sync/sync-report';
import { eventOfRow, eventRow, type AppDb, type SyncRunRow } from './app-db';
import { ReviewRepository } from './review.repository';
import { DEVICE_KEY, ENROLMENT_KEY } from './terminal.repository';

const PULL_SEQ_KEY = 'syncPullSeq';
const HELD_NATIONAL_KEY = 'heldNationalContent';

/** The sync screen's side of Dexie: enrolment, the outbox, pulled learners and events, run history. */
export class SyncRepository implements SyncStorePort {
  private readonly reviews: ReviewRepository;

  constructor(private readonly db: AppDb) {
    this.reviews = new ReviewRepository(db);
  }

  async enrolment(): Promise<EnrolResponse | undefined> {
    return (await this.db.meta.get(ENROLMENT_KEY))?.value as EnrolResponse | undefined;
  }

  async saveEnrolment(e: EnrolResponse): Promise<void> {
    await this.db.transaction('rw', this.db.meta, async () => {
      await this.db.meta.put({ key: ENROLMENT_KEY, value: e });
      // The server may give a new generation of the id (a revoked id is never reused, [A6]): new events use it.
      await this.db.meta.put({ key: DEVICE_KEY, value: e.deviceId });
      // A new enrolment (maybe on another site) starts pulling from the beginning.
      await this.db.meta.delete(PULL_SEQ_KEY);
    });
  }

  /** Outbox events of this site, without the local `synced` flag. */
  async pendingEvents(siteId: string): Promise<ProgressEvent[]> {
    const rows = await this.db.events.where('synced').equals(0).toArray();
    return rows.filter((r) => r.siteId === siteId).map(eventOfRow);
  }

  pendingCount(): Promise<number> {
    return this.db.events.where('synced').equals(0).count();
  }

  refusedCount(): Promise<number> {
    return this.db.events.where('synced').equals(2).count();
  }

  markSynced(ids: string[]): Promise<void> {
    return this.#mark(ids, 1);
  }

  /** Events the server refused (the reasons are in the run's summary): kept, but no longer pending. */
  markRefused(ids: string[]): Promise<void> {
    return this.#mark(ids, 2);
  }

  async #mark(ids: string[], synced: 1 | 2): Promise<void> {
    await this.db.transaction('rw', this.db.events, async () => {
      for (let i = 0; i < ids.length; i += 1000) {
        await this.db.events.bulkUpdate(ids.slice(i, i + 1000).map((key) => ({ key, changes: { synced } })));
      }
    });
  }

  async pullSeq(): Promise<number> {
    const v = (await this.db.meta.get(PULL_SEQ_KEY))?.value;
    return typeof v === 'number' ? v : 0;
  }

  /**
   * Pulled learners, bilans and groups replace local copies only when they move forward (a higher signed
   * version: nothing rolls back); pulled events of other terminals are added once, already synced.
   */
  async savePulled(
    { learners, events, assessments, bilans = [], groups = [], trainerWork = [], trainerKeys = [] }: PulledRecords,
    seq: number,
  ): Promise<void> {
    const touched = new Set<string>();
    const tables = [
      this.db.learners,
      this.db.events,
      this.db.assessments,
      this.db.meta,
      this.db.bilans,
      this.db.groups,
      this.db.trainerWork,
      this.db.trainerKeys,
    ];
    await this.db.transaction('rw', tables, async () => {
      const heldLearners = await this.db.learners.bulkGet(learners.map((l) => l.learnerId));
      const newerLearners = learners.filter((l, i) => movesForward(heldLearners[i], l));
      if (newerLearners.length) await this.db.learners.bulkPut(newerLearners);
      const heldAssessments = await this.db.assessments.bulkGet(assessments.map((a) => a._id));
      const newerAssessments = assessments.filter((a, i) => movesForward(heldAssessments[i], a));
      if (newerAssessments.length) await this.db.assessments.bulkPut(newerAssessments);
      const heldBilans = await this.db.bilans.bulkGet(bilans.map((b) => b._id));
      const newerBilans = bilans.filter((b, i) => movesForward(heldBilans[i], b));
      if (newerBilans.length) await this.db.bilans.bulkPut(newerBilans);
      const heldGroups = await this.db.groups.bulkGet(groups.map((g) => g._id));
      const newerGroups = groups.filter((g, i) => movesForward(heldGroups[i], g));
      if (newerGroups.length) await this.db.groups.bulkPut(newerGroups);
      const heldWork = await this.db.trainerWork.bulkGet(trainerWork.map((w) => w._id));
      const newerWork = trainerWork.filter((w, i) => movesForward(heldWork[i], w));
      if (newerWork.length) await this.db.trainerWork.bulkPut(newerWork);
      if (trainerKeys.length) {
        // Keys are stored by id: a key held for one site is never replaced by another site's of the same id.
        const held = await this.db.trainerKeys.bulkGet(trainerKeys.map((k) => k.keyId));
        const kept = trainerKeys.filter((k, i) => !held[i] || held[i]?.siteId === k.siteId);
        if (kept.length) await this.db.trainerKeys.bulkPut(kept);
      }
      if (events.length) {
        const present = await this.db.events.bulkGet(events.map((e) => e._id));
        const fresh = events.filter((_, i) => !present[i]).map((e) => eventRow(e, 1));
        if (fresh.length) await this.db.events.bulkAdd(fresh);
        for (const e of fresh) if (movesReviews(e)) touched.add(e.learnerId);
      }
      await this.db.meta.put({ key: PULL_SEQ_KEY, value: seq });
    });
    // Review cards are a projection of the log: another terminal's quizzes and reviews change them.
    for (const learnerId of touched) await this.reviews.rebuild(learnerId);
  }

  /** Trainer-signed documents of this site waiting for a push. */
  async pendingSigned(siteId: string): Promise<Record<string, unknown>[]> {
    const rows = await this.db.signedOutbox.where('synced').equals(0).toArray();
    return rows.map((r) => r.doc).filter((d) => d.siteId === siteId);
  }

  markSignedSynced(ids: string[]): Promise<void> {
    return this.#markSigned(ids, 1);
  }

  markSignedRefused(ids: string[]): Promise<void> {
    return this.#markSigned(ids, 2);
  }

  async #markSigned(ids: string[], synced: 1 | 2): Promise<void> {
    if (ids.length) await this.db.signedOutbox.bulkUpdate(ids.map((key) => ({ key, changes: { synced } })));
  }

  async trainerKeys(): Promise<Map<string, TrainerKeyDoc>> {
    return new Map((await this.db.trainerKeys.toArray()).map((k) => [k.keyId, k]));
  }

  /** Pulled (verified) site modules: the server's copy of a version replaces what this device held. */
  async saveSiteModules(docs: ContentSiteModuleDoc[]): Promise<void> {
    if (!docs.length) return;
    await this.db.siteModules.bulkPut(docs.map((doc) => ({ moduleId: doc.module.id, version: doc.version, doc, synced: 1 as const })));
  }

  async heldNational(): Promise<HeldNational> {
    const value = (await this.db.meta.get(HELD_NATIONAL_KEY))?.value as Record<string, { version: number; signature: string }> | undefined;
    return new Map(Object.entries(value ?? {}));
  }

  async saveHeldNational(held: HeldNational): Promise<void> {
    await this.db.meta.put({ key: HELD_NATIONAL_KEY, value: Object.fromEntries(held) });
  }

  async storedSigned(id: string): Promise<SignedDoc | undefined> {
    const [type, ...rest] = id.split(':');
    const key = rest.join(':');
    const doc =
      type === 'learner'
        ? await this.db.learners.get(key)
        : type === 'bilan'
          ? await this.db.bilans.get(id)
          : type === 'group'
            ? await this.db.groups.get(id)
            : type === 'roleplay-score' || type === 'ecf' || type === 'dp-selection'
              ? await this.db.trainerWork.get(id)
              : type === 'assessment'
                ? await this.db.assessments.get(id)
                : undefined;
    return doc && 'signature' in doc ? (doc as unknown as SignedDoc) : undefined;
  }

  async heldLearners(ids: string[]): Promise<Map<string, HeldLearner>> {
    const rows = await this.db.learners.bulkGet(ids);
    const held = new Map<string, HeldLearner>();
    for (const l of rows) if (l) held.set(l.learnerId, { firstName: l.firstName, version: 'version' in l ? l.version : undefined });
    return held;
  }

  /** Trainer-signed documents waiting for a push, and refused ones: shown to staff beside the events. */
  async signedCounts(): Promise<{ pending: number; refused: number }> {
    const [pending, refused] = await Promise.all([
      this.db.signedOutbox.where('synced').equals(0).count(),
      this.db.signedOutbox.where('synced').equals(2).count(),
    ]);
    return { pending, refused };
  }

  async recordRun(startedAt: string, summary: SyncSummary): Promise<void> {
    await this.db.syncRuns.add({ startedAt, finishedAt: new Date().toISOString(), summary });
  }

  async lastRun(): Promise<(SyncRunRow & { summary: SyncSummary }) | undefined> {
    return (await this.db.syncRuns.orderBy('startedAt').last()) as (SyncRunRow & { summary: SyncSummary }) | undefined;
  }

  /** The last runs, newest first: staff read what each one sent, received and had refused. */
  async recentRuns(limit: number): Promise<(SyncRunRow & { summary: SyncSummary })[]> {
    return (await this.db.syncRuns.orderBy('startedAt').reverse().limit(limit).toArray()) as (SyncRunRow & { summary: SyncSummary })[];
  }
}
