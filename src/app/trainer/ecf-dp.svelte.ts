import type { Programme } from '../../domain/content/programme.schema';
import { dpSelectionDocId, ecfDocId } from '../../domain/records/ids';
import type { DpSelectionDoc, DpSource, EcfDoc, EcfResult, RoleplayScoreDoc } from '../../domain/records/trainer-work.schema';
import { nextVersionFields } from '../../domain/sync/signed-doc';
import { dpCandidates, dpInOrder, sourceKey, type DpCandidate } from '../../domain/trainer/dp-candidates';
import type { TrainerWorkRepository } from '../../storage/trainer/trainer-work.repository';
import { loadReportContent, roleplayTitles } from './report-data';
import { FormDraft } from './form-draft';
import type { TrainerIdentity } from './trainer-identity';

const newId = () => `n${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

type EcfState = { kind: 'loading' } | { kind: 'not-found' } | { kind: 'ready'; programme: Programme; scores: RoleplayScoreDoc[] };
export type EcfOutcome = { ok: true } | { ok: false; reason: 'need-title' | 'refused'; detail?: string };
type EcfDraft = Pick<EcfManager, 'ccpId' | 'date' | 'basis' | 'exerciseTitle' | 'scoreId' | 'results' | 'notes'>;

/** Recording an ECF: a dated assessment on a CCP's criteria, on an exercise or a scored role-play. */
export class EcfManager {
  #state = $state.raw<EcfState>({ kind: 'loading' });
  ccpId = $state('');
  date = $state(new Date().toISOString().slice(0, 10));
  basis = $state<'exercise' | 'roleplay'>('exercise');
  exerciseTitle = $state('');
  scoreId = $state('');
  results = $state<Record<string, { result: EcfResult; comment: string }>>({});
  notes = $state('');
  readonly #draft: FormDraft<EcfDraft>;

  constructor(
    private readonly trainer: TrainerIdentity,
    private readonly repo: TrainerWorkRepository,
    readonly learnerId: string,
  ) {
    this.#draft = new FormDraft(repo, `trainer-ecf:${learnerId}`, learnerId);
  }

  get state(): EcfState {
    return this.#state;
  }

  async load(): Promise<void> {
    const [content, data] = await Promise.all([loadReportContent(), this.repo.learnerData(this.learnerId)]);
    if (!content || !data || data.learner.siteId !== this.trainer.siteId) return void (this.#state = { kind: 'not-found' });
    const scores = data.work.filter((d): d is RoleplayScoreDoc => d.type === 'roleplay-score');
    this.#state = { kind: 'ready', programme: content.programme, scores };
    this.selectCcp(content.programme.blocks.find((b) => b.kind === 'ccp')?.id ?? '');
    this.scoreId = scores[0]?.scoreId ?? '';
    const d = await this.#draft.restore();
    if (d) Object.assign(this, d);
    this.#draft.baseline(this.#draftValue());
  }

  #draftValue(): EcfDraft {
    const { ccpId, date, basis, exerciseTitle, scoreId, results, notes } = this;
    return JSON.parse(JSON.stringify({ ccpId, date, basis, exerciseTitle, scoreId, results, notes }));
  }

  /** Called from an effect: reads the whole form (so it re-runs on any change) and keeps it as the draft. */
  keepDraft(): void {
    this.#draft.keep(this.#draftValue());
  }

  selectCcp(id: string): void {
    const st = this.#state;
    this.ccpId = id;
    if (st.kind !== 'ready') return;
    const block = st.programme.blocks.find((b) => b.id === id);
    this.results = Object.fromEntries((block?.competencies ?? []).map((c) => [c.id, { result: 'in-progress' as EcfResult, comment: '' }]));
  }

  async save(): Promise<EcfOutcome> {
    if (this.basis === 'exercise' && !this.exerciseTitle.trim()) return { ok: false, reason: 'need-title' };
    const ecfId = newId();
    const doc: Omit<EcfDoc, 'signature'> = {
      _id: ecfDocId(this.learnerId, ecfId),
      schema: 1,
      type: 'ecf',
      siteId: this.trainer.siteId,
      learnerId: this.learnerId,
      ecfId,
      ccpId: this.ccpId,
      date: this.date,
      basis:
        this.basis === 'exercise' ? { kind: 'exercise', title: this.exerciseTitle.trim() } : { kind: 'roleplay', scoreId: this.scoreId },
      results: Object.entries(this.results).map(([competencyId, r]) => ({ competencyId, result: r.result, comment: r.comment })),
      notes: this.notes,
      at: new Date().toISOString(),
      signedBy: this.trainer.keyId,
      ...(await nextVersionFields(undefined)),
    };
    await this.#draft.settled();
    const saved = await this.repo.save(await this.trainer.sign(doc), this.#draft.key);
    return saved.ok ? { ok: true } : { ok: false, reason: 'refused', detail: saved.detail };
  }
}

type DpState =
  | { kind: 'loading' }
  | { kind: 'not-found' }
  | {
      kind: 'ready';
      programme: Programme;
      firstName: string;
      candidates: DpCandidate[];
      titles: Map<string, string>;
      previous: DpSelectionDoc | undefined;
    };
export type DpOutcome = { ok: true } | { ok: false; reason: 'refused'; detail?: string };

/** The Dossier Professionnel: one to three annotated examples per activity of the title. */
export class DpManager {
  #state = $state.raw<DpState>({ kind: 'loading' });
  /** Chosen examples by CCP, in the order picked. */
  picked = $state<Record<string, { source: DpSource; annotation: string }[]>>({});

  constructor(
    private readonly trainer: TrainerIdentity,
    private readonly repo: TrainerWorkRepository,
    readonly learnerId: string,
  ) {}

  get state(): DpState {
    return this.#state;
  }

  async load(): Promise<void> {
    const [content, data] = await Promise.all([loadReportContent(), this.repo.learnerData(this.learnerId)]);
    if (!content || !data || data.learner.siteId !== this.trainer.siteId) return void (this.#state = { kind: 'not-found' });
    const rpCompetencies = new Map<string, string[]>();
    for (const m of content.curriculum.modules) for (const rp of m.roleplayIds) rpCompetencies.set(rp, m.competencies);
    const scores = data.work.filter((d): d is RoleplayScoreDoc => d.type === 'roleplay-score');
    const ecfs = data.work.filter((d): d is EcfDoc => d.type === 'ecf');
    const candidates = dpCandidates(content.programme, data.events, scores, ecfs, rpCompetencies);
    const previous = data.work.find((d): d is DpSelectionDoc => d.type === 'dp-selection');
    this.picked = Object.fromEntries((previous?.activities ?? []).map((a) => [a.ccpId, a.examples.map((e) => ({ ...e }))]));
    const titles = await roleplayTitles(candidates.flatMap((c) => (c.source.kind === 'roleplay-run' ? [c.source.roleplayId] : [])));
    this.#state = { kind: 'ready', programme: content.programme, firstName: data.learner.firstName, candidates, titles, previous };
  }

  isPicked(ccpId: string, c: DpCandidate): boolean {
    return (this.picked[ccpId] ?? []).some((e) => sourceKey(e.source) === sourceKey(c.source));
  }

  /** False when the activity already has three examples. */
  pick(ccpId: string, c: DpCandidate): boolean {
    const list = this.picked[ccpId] ?? [];
    if (list.length >= 3 || this.isPicked(ccpId, c)) return false;
    this.picked = { ...this.picked, [ccpId]: [...list, { source: c.source, annotation: '' }] };
    return true;
  }

  remove(ccpId: string, index: number): void {
    this.picked = { ...this.picked, [ccpId]: (this.picked[ccpId] ?? []).filter((_, i) => i !== index) };
  }

  /** The chosen examples in the DP's order, for printing. */
  ordered(): DpSelectionDoc['activities'] {
    const st = this.#state;
    if (st.kind !== 'ready') return [];
    return dpInOrder(st.programme, {
      activities: Object.entries(this.picked)
        .filter(([, ex]) => ex.length > 0)
        .map(([ccpId, examples]) => ({ ccpId, examples })),
    });
  }

  async save(): Promise<DpOutcome> {
    const st = this.#state;
    if (st.kind !== 'ready') return { ok: false, reason: 'refused' };
    const previous = await this.repo.dpSelection(this.learnerId);
    const doc: Omit<DpSelectionDoc, 'signature'> = {
      _id: dpSelectionDocId(this.learnerId),
      schema: 1,
      type: 'dp-selection',
      siteId: this.trainer.siteId,
      learnerId: this.learnerId,
      activities: JSON.parse(JSON.stringify(this.ordered())),
      at: new Date().toISOString(),
      signedBy: this.trainer.keyId,
      ...(await nextVersionFields(previous)),
    };
    const saved = await this.repo.save(await this.trainer.sign(doc));
    return saved.ok ? { ok: true } : { ok: false, reason: 'refused', detail: saved.detail };
  }
}
