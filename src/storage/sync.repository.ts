import type { AssessmentDoc, TrainerKeyDoc } from '../domain/records/assessment.schema';
import type { TrainerWorkDoc } from '../domain/records/trainer-work.schema';
import type { LearnerDoc } from '../domain/records/learner.schema';
import type { ProgressEvent } from '../domain/records/progress-event.schema';
import type { EnrolResponse } from '../domain/sync/device.schema';
import type { AppDb, SyncRunRow } from './app-db';
import { ReviewRepository } from './review.repository';
import { ENROLMENT_KEY } from './terminal.repository';

const PULL_SEQ_KEY = 'syncPullSeq';

/** What a pull brings down for this site: learners, other terminals' events, trainers' assessments. */
export interface PulledRecords {
  learners: LearnerDoc[];
  events: ProgressEvent[];
  assessments: AssessmentDoc[];
  /** Trainers' role-play scores, ECFs and DP selections (the server keeps only the latest signed version). */
  trainerWork?: TrainerWorkDoc[];
  /** The site's registered trainer keys, to verify record files. */
  trainerKeys?: TrainerKeyDoc[];
}

/** What a finished (or failed) sync run reports, kept in `syncRuns`. */
export interface SyncSummary {
  ok: boolean;
  sent: number;
  received: number;
  refused: { id: string; reason: string }[];
  contentInstalled: boolean;
  failure?: string;
}

/** The sync screen's side of Dexie: enrolment, the outbox, pulled learners and events, run history. */
export class SyncRepository {
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
      // A new enrolment (maybe on another site) starts pulling from the beginning.
      await this.db.meta.delete(PULL_SEQ_KEY);
    });
  }

  /** Outbox events of this site, without the local `synced` flag. */
  async pendingEvents(siteId: string): Promise<ProgressEvent[]> {
    const rows = await this.db.events.where('synced').equals(0).toArray();
    return rows.filter((r) => r.siteId === siteId).map(({ synced, ...event }) => event as ProgressEvent);
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

  /** Pulled learners replace local copies; pulled events of other terminals are added once, already synced. */
  async savePulled({ learners, events, assessments, trainerWork = [], trainerKeys = [] }: PulledRecords, seq: number): Promise<void> {
    const touched = new Set<string>();
    const tables = [this.db.learners, this.db.events, this.db.assessments, this.db.trainerWork, this.db.trainerKeys, this.db.meta];
    await this.db.transaction('rw', tables, async () => {
      if (learners.length) await this.db.learners.bulkPut(learners);
      if (trainerWork.length) await this.db.trainerWork.bulkPut(trainerWork);
      if (trainerKeys.length) await this.db.trainerKeys.bulkPut(trainerKeys);
      if (assessments.length) await this.db.assessments.bulkPut(assessments);
      if (events.length) {
        const present = await this.db.events.bulkGet(events.map((e) => e._id));
        const fresh = events.filter((_, i) => !present[i]).map((e) => ({ ...e, synced: 1 as const }));
        if (fresh.length) await this.db.events.bulkAdd(fresh);
        for (const e of fresh) if (e.name === 'quiz.submitted' || e.name === 'review.rated') touched.add(e.learnerId);
      }
      await this.db.meta.put({ key: PULL_SEQ_KEY, value: seq });
    });
    // Review cards are a projection of the log: another terminal's quizzes and reviews change them.
    for (const learnerId of touched) await this.reviews.rebuild(learnerId);
  }

  async recordRun(startedAt: string, summary: SyncSummary): Promise<void> {
    await this.db.syncRuns.add({ startedAt, finishedAt: new Date().toISOString(), summary });
  }

  async lastRun(): Promise<(SyncRunRow & { summary: SyncSummary }) | undefined> {
    return (await this.db.syncRuns.orderBy('startedAt').last()) as (SyncRunRow & { summary: SyncSummary }) | undefined;
  }
}
