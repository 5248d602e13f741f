import { hashPin } from '../../domain/auth/pin';
import { learnerDocId } from '../../domain/records/ids';
import type { LearnerDoc } from '../../domain/records/learner.schema';
import { planOf } from '../../domain/path/path-derive';
import {
  signLearnerRecord,
  verifyLearnerRecord,
  LEARNER_RECORD_FORMAT,
  type LearnerRecord,
  type RecordRefusal,
} from '../../domain/trainer/learner-record';
import { learnerState } from '../../domain/trainer/learner-report';
import { rehomeEvents, resignFields } from '../../domain/trainer/record-merge';
import type { TrainerWorkRepository } from '../../storage/trainer/trainer-work.repository';
import { loadReportContent, reportInput } from './report-data';
import { signNext } from './sign-next';
import type { ReportTrainer } from './trainer-session-port.svelte';

type ImportStep =
  | { kind: 'idle' }
  | { kind: 'refused'; reason: RecordRefusal | 'different-history' | 'bad-pin' }
  | { kind: 'preview'; record: LearnerRecord; fromSite: string }
  | { kind: 'imported'; events: number };

/** Exports a learner's record as one signed file, and verifies, shows and merges one from another site. */
export class RecordTransferManager {
  #step = $state.raw<ImportStep>({ kind: 'idle' });

  constructor(
    private readonly trainer: ReportTrainer,
    private readonly repo: TrainerWorkRepository,
    /** This terminal's id: imported events become its own, so that they go up at its next sync. */
    private readonly deviceId: () => Promise<string>,
  ) {}

  get step(): ImportStep {
    return this.#step;
  }

  /** The signed file of one learner of the trainer's site, or undefined when the learner is not here. */
  async exportRecord(learnerId: string): Promise<{ fileName: string; text: string; firstName: string } | undefined> {
    const [content, data] = await Promise.all([loadReportContent(), this.repo.learnerData(learnerId)]);
    if (!content || !data || data.learner.siteId !== this.trainer.siteId) return undefined;
    const { ctx } = learnerState(content.curriculum, await reportInput(data, content.curriculum));
    const record: LearnerRecord = {
      format: LEARNER_RECORD_FORMAT,
      fromSite: this.trainer.siteId,
      exportedAt: new Date().toISOString(),
      learner: { learnerId, firstName: data.learner.firstName, avatar: data.learner.avatar, createdAt: data.learner.createdAt },
      events: data.events,
      assessments: data.assessments,
      work: data.work,
      bilans: await this.repo.bilansOf(learnerId),
      plan: planOf(ctx),
    };
    const text = await signLearnerRecord(record, this.trainer, { id: content.programme.id, title: content.programme.title });
    return { fileName: `dossier-${learnerId}.jwt`, text, firstName: data.learner.firstName };
  }

  /** Checks a received file; nothing is written until `confirm`. */
  async check(file: string): Promise<void> {
    const verified = await verifyLearnerRecord(file, (siteId, keyId) => this.repo.trainerKey(siteId, keyId));
    this.#step = verified.ok
      ? { kind: 'preview', record: verified.record, fromSite: verified.signedBy.siteId }
      : { kind: 'refused', reason: verified.reason };
  }

  /** Merges the previewed record; a new learner gets this site's learner document with a new PIN. */
  async confirm(pin: string): Promise<void> {
    const step = this.#step;
    if (step.kind !== 'preview') return;
    if (!/^\d{4,6}$/.test(pin)) return void (this.#step = { kind: 'refused', reason: 'bad-pin' });
    const { learner } = step.record;
    const hashed = await hashPin(pin);
    // The learner is this site's now: a learner document signed by the receiving trainer, version 1.
    const doc = await signNext<LearnerDoc>(this.trainer, undefined, {
      _id: learnerDocId(learner.learnerId),
      schema: 2,
      type: 'learner',
      siteId: this.trainer.siteId,
      learnerId: learner.learnerId,
      firstName: learner.firstName,
      avatar: learner.avatar,
      pin: hashed,
      active: true,
      createdAt: learner.createdAt,
    });
    const deviceId = await this.deviceId();
    const siteId = this.trainer.siteId;
    const result = await this.repo.importRecord(step.record, async (plan, here) => {
      const held = new Map<string, unknown>(
        [...here.local.assessments, ...here.local.work, ...(here.local.bilans ?? [])].map((d) => [d._id, d]),
      );
      // Documents signed at another site are signed again here by the receiving trainer, who checked
      // the file's signature: this site's server knows only its own trainers' keys ([W13]).
      const docs = await Promise.all(
        [...plan.assessments, ...plan.work, ...plan.bilans].map((d) =>
          d.siteId === siteId ? d : signNext<typeof d>(this.trainer, held.get(d._id), resignFields(d, siteId)),
        ),
      );
      return {
        learner: plan.newLearner ? doc : undefined,
        events: rehomeEvents(plan.events, { siteId, deviceId, afterSeq: here.lastSeq }),
        docs,
      };
    });
    this.#step = result.ok ? { kind: 'imported', events: result.events } : { kind: 'refused', reason: result.reason };
  }

  reset(): void {
    this.#step = { kind: 'idle' };
  }
}
