import Dexie from 'dexie';
import type { AssessmentDoc, TrainerKeyDoc } from '../../domain/records/assessment.schema';
import type { LearnerDoc } from '../../domain/records/learner.schema';
import type { ProgressEvent } from '../../domain/records/progress-event.schema';
import { checkSiteRecord } from '../../domain/records/record-validate';
import type { DpSelectionDoc, TrainerWorkDoc } from '../../domain/records/trainer-work.schema';
import { checkSuccession } from '../../domain/sync/signed-doc';
import type { LearnerRecord } from '../../domain/trainer/learner-record';
import type { BilanDoc } from '../../domain/trainer/bilan.schema';
import { planRecordMerge, type LocalHistory, type MergePlan } from '../../domain/trainer/record-merge';
import { eventOfRow, eventRow, type AppDb } from '../app-db';

type SaveResult = { ok: true } | { ok: false; reason: 'invalid' | 'not-successor'; detail: string };
type MergeOk = Extract<MergePlan, { ok: true }>;
/** This site's documents made from a merge plan: the learner when new here, the re-homed events, re-signed documents. */
export interface PreparedImport {
  learner: LearnerDoc | undefined;
  events: ProgressEvent[];
  docs: (AssessmentDoc | TrainerWorkDoc | BilanDoc)[];
}
export type PrepareImport = (plan: MergeOk, here: { lastSeq: number; local: LocalHistory }) => Promise<PreparedImport>;
export type ImportResult =
  | { ok: true; newLearner: boolean; events: number; documents: number }
  | { ok: false; reason: 'different-history'; detail: string };

/** One learner's data as the reports read it. */
export interface LearnerData {
  learner: LearnerDoc;
  events: ProgressEvent[];
  assessments: AssessmentDoc[];
  work: TrainerWorkDoc[];
}

/** What trainers sign beside the bilans, the data the reports read, and the import of a record file. */
export class TrainerWorkRepository {
  constructor(private readonly db: AppDb) {}

  /**
   * Stores a new version of a trainer-signed document: valid, and the direct successor of the stored one.
   * `dropDraft` names the form's draft, deleted in the same transaction.
   */
  async save(doc: TrainerWorkDoc, dropDraft?: string): Promise<SaveResult> {
    const checked = checkSiteRecord(doc);
    if (!checked.ok) return { ok: false, reason: 'invalid', detail: checked.reason };
    // The succession check hashes with WebCrypto, which would end an IndexedDB transaction: it runs
    // first, and the write then checks that the stored version did not move in between.
    const stored = await this.db.trainerWork.get(doc._id);
    const succession = await checkSuccession(stored, doc);
    if (!succession.ok) return { ok: false, reason: 'not-successor', detail: succession.reason };
    if (succession.same) return { ok: true };
    // Saved for the screens and queued for the next push in one transaction, like a bilan.
    return this.db.transaction('rw', this.db.trainerWork, this.db.signedOutbox, this.db.drafts, async () => {
      const now = await this.db.trainerWork.get(doc._id);
      if (now?.version !== stored?.version)
        return { ok: false, reason: 'not-successor', detail: 'une autre version vient d’être enregistrée' } as const;
      await this.db.trainerWork.put(checked.record as TrainerWorkDoc);
      await this.db.signedOutbox.put({ _id: doc._id, doc: checked.record as unknown as Record<string, unknown>, synced: 0 });
      if (dropDraft) await this.db.drafts.delete(dropDraft);
      return { ok: true } as const;
    });
  }

  /** A form's unfinished work (a score, an ECF), written as the trainer types. */
  async draft<T>(key: string): Promise<T | undefined> {
    return (await this.db.drafts.get(key))?.value as T | undefined;
  }

  async saveDraft(key: string, learnerId: string, value: unknown): Promise<void> {
    await this.db.drafts.put({ key, learnerId, value, updatedAt: new Date().toISOString() });
  }

  get(id: string): Promise<TrainerWorkDoc | undefined> {
    return this.db.trainerWork.get(id);
  }

  ofLearner(learnerId: string): Promise<TrainerWorkDoc[]> {
    return this.db.trainerWork.where('learnerId').equals(learnerId).toArray();
  }

  async dpSelection(learnerId: string): Promise<DpSelectionDoc | undefined> {
    const rows = await this.db.trainerWork.where('[learnerId+type]').equals([learnerId, 'dp-selection']).toArray();
    return rows[0] as DpSelectionDoc | undefined;
  }

  /** Every learner of a site with what the reports read, in one read transaction. */
  async siteData(siteId: string): Promise<LearnerData[]> {
    return this.db.transaction('r', [this.db.learners, this.db.events, this.db.assessments, this.db.trainerWork], async () => {
      const learners = (await this.db.learners.where('siteId').equals(siteId).toArray()).filter((l) => l.active);
      return Promise.all(learners.map((l) => this.#learnerData(l)));
    });
  }

  async learnerData(learnerId: string): Promise<LearnerData | undefined> {
    return this.db.transaction('r', [this.db.learners, this.db.events, this.db.assessments, this.db.trainerWork], async () => {
      const learner = await this.db.learners.get(learnerId);
      return learner && this.#learnerData(learner);
    });
  }

  async #learnerData(learner: LearnerDoc): Promise<LearnerData> {
    const id = learner.learnerId;
    const [events, assessments, work] = await Promise.all([
      this.db.events.where('[learnerId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
      this.db.assessments.where('learnerId').equals(id).toArray(),
      this.db.trainerWork.where('learnerId').equals(id).toArray(),
    ]);
    return { learner, events: events.map(eventOfRow), assessments: assessments.sort((a, b) => a.at.localeCompare(b.at)), work };
  }

  /** A trainer's registered public key, to verify a record file. */
  async trainerKey(siteId: string, keyId: string): Promise<string | undefined> {
    const key = await this.db.trainerKeys.get(keyId);
    return key && key.siteId === siteId ? key.publicKey : undefined;
  }

  async addTrainerKey(key: TrainerKeyDoc): Promise<void> {
    await this.db.trainerKeys.put(key);
  }

  /** The learner's bilans, for the record file. */
  bilansOf(learnerId: string): Promise<BilanDoc[]> {
    return this.db.bilans.where('learnerId').equals(learnerId).toArray();
  }

  /**
   * Merges a verified record. The plan is made from what this site holds; `prepare` turns it into this
   * site's documents (it signs, which WebCrypto cannot do inside an IndexedDB transaction); then every
   * write happens in one transaction that first checks nothing moved meanwhile, so a refusal (or a
   * crash) leaves nothing half-imported. Everything written is queued for the next push.
   */
  async importRecord(record: LearnerRecord, prepare: PrepareImport): Promise<ImportResult> {
    const id = record.learner.learnerId;
    const local = await this.#history(id);
    const plan = planRecordMerge(record, local);
    if (!plan.ok) return plan;
    const lastSeq = local.events.reduce((max, e) => Math.max(max, e.seq), 0);
    const ready = await prepare(plan, { lastSeq, local });
    const tables = [this.db.learners, this.db.events, this.db.assessments, this.db.trainerWork, this.db.bilans, this.db.signedOutbox];
    return this.db.transaction('rw', tables, async () => {
      const now = await this.#history(id);
      if (now.learnerExists !== local.learnerExists || now.events.length !== local.events.length)
        return { ok: false, reason: 'different-history', detail: 'le dossier a changé pendant l’import' } as const;
      const queue = (doc: { _id: string }) =>
        this.db.signedOutbox.put({ _id: doc._id, doc: doc as unknown as Record<string, unknown>, synced: 0 });
      if (ready.learner) {
        await this.db.learners.add(ready.learner);
        await queue(ready.learner);
      }
      await this.db.events.bulkAdd(ready.events.map((e) => eventRow(e, 0)));
      for (const d of ready.docs) {
        if (d.type === 'assessment') await this.db.assessments.put(d);
        else if (d.type === 'bilan') await this.db.bilans.put(d);
        else await this.db.trainerWork.put(d);
        await queue(d);
      }
      return { ok: true, newLearner: !local.learnerExists, events: ready.events.length, documents: ready.docs.length } as const;
    });
  }

  async #history(learnerId: string): Promise<LocalHistory> {
    const tables = [this.db.learners, this.db.events, this.db.assessments, this.db.trainerWork, this.db.bilans];
    return this.db.transaction('r', tables, async () => {
      const existing = await this.db.learners.get(learnerId);
      const data = existing ? await this.#learnerData(existing) : { events: await this.#eventsOf(learnerId), assessments: [], work: [] };
      return { learnerExists: existing !== undefined, ...data, bilans: await this.bilansOf(learnerId) };
    });
  }

  async #eventsOf(learnerId: string): Promise<ProgressEvent[]> {
    const rows = await this.db.events.where('[learnerId+seq]').between([learnerId, Dexie.minKey], [learnerId, Dexie.maxKey]).toArray();
    return rows.map(eventOfRow);
  }
}
