import type { Programme } from '../../domain/content/programme.schema';
import { examCallRuns, examResults, type ExamRun } from '../../domain/exam/exam-runs';
import type { ExamSection } from '../../domain/exam/exam.schema';
import { ecfDocId } from '../../domain/records/ids';
import type { EcfDoc, EcfResult, RoleplayScoreDoc } from '../../domain/records/trainer-work.schema';
import { nextVersionFields } from '../../domain/sync/signed-doc';
import type { TrainerWorkRepository } from '../../storage/trainer/trainer-work.repository';
import { contentRepository } from '../shell/services';
import { loadReportContent } from './report-data';
import type { TrainerIdentity } from './trainer-identity';

const newId = () => `x${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

type ExamScoringState =
  | { kind: 'loading' }
  | { kind: 'not-found' }
  | {
      kind: 'ready';
      programme: Programme;
      firstName: string;
      sections: ExamSection[];
      section: ExamSection | undefined;
      calls: { roleplayId: string; title: string; runs: ExamRun[] }[];
      previous: EcfDoc[];
    };
export type ExamScoringOutcome = { ok: true } | { ok: false; reason: 'refused'; detail?: string };

/**
 * A trainer scores a learner's mock exam or ECF: the calls played (each scored on the existing run
 * scoring screen) and the grid, one result per competency, signed and saved as an ECF of the learner.
 */
export class ExamScoringManager {
  #state = $state.raw<ExamScoringState>({ kind: 'loading' });
  date = $state(new Date().toISOString().slice(0, 10));
  results = $state<Record<string, { result: EcfResult; comment: string }>>({});
  notes = $state('');

  constructor(
    private readonly trainer: TrainerIdentity,
    private readonly repo: TrainerWorkRepository,
    readonly learnerId: string,
    readonly sectionId: string | undefined,
  ) {}

  get state(): ExamScoringState {
    return this.#state;
  }

  async load(): Promise<void> {
    const [content, data, sections] = await Promise.all([
      loadReportContent(),
      this.repo.learnerData(this.learnerId),
      contentRepository.exam(),
    ]);
    if (!content || !data || data.learner.siteId !== this.trainer.siteId) return void (this.#state = { kind: 'not-found' });
    const section = this.sectionId ? sections.find((s) => s.id === this.sectionId) : undefined;
    const scores = data.work.filter((d): d is RoleplayScoreDoc => d.type === 'roleplay-score');
    const ecfs = data.work.filter((d): d is EcfDoc => d.type === 'ecf');
    const calls = section
      ? examCallRuns(section, data.events, scores).map((c) => ({
          ...c,
          title: section.roleplays.find((r) => r.id === c.roleplayId)?.title ?? c.roleplayId,
        }))
      : [];
    this.results = Object.fromEntries(
      (section?.grid ?? []).map((row) => [row.competencyId, { result: 'in-progress' as EcfResult, comment: '' }]),
    );
    this.#state = {
      kind: 'ready',
      programme: content.programme,
      firstName: data.learner.firstName,
      sections,
      section,
      calls,
      previous: section ? examResults(section, ecfs) : [],
    };
  }

  async save(): Promise<ExamScoringOutcome> {
    const st = this.#state;
    if (st.kind !== 'ready' || !st.section?.ccpId) return { ok: false, reason: 'refused' };
    const ecfId = newId();
    const doc: Omit<EcfDoc, 'signature'> = {
      _id: ecfDocId(this.learnerId, ecfId),
      schema: 1,
      type: 'ecf',
      siteId: this.trainer.siteId,
      learnerId: this.learnerId,
      ecfId,
      ccpId: st.section.ccpId,
      date: this.date,
      basis: { kind: 'exercise', title: st.section.title },
      results: Object.entries(this.results).map(([competencyId, r]) => ({ competencyId, result: r.result, comment: r.comment })),
      notes: this.notes,
      at: new Date().toISOString(),
      signedBy: this.trainer.keyId,
      ...(await nextVersionFields(undefined)),
    };
    const saved = await this.repo.save(await this.trainer.sign(doc));
    if (!saved.ok) return { ok: false, reason: 'refused', detail: saved.detail };
    await this.load();
    return { ok: true };
  }
}
