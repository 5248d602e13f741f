import { CRITERIA, type Criterion } from '../../domain/content/roleplay.schema';
import { roleplayScoreDocId } from '../../domain/records/ids';
import type { CriterionGrade, RoleplayScoreDoc } from '../../domain/records/trainer-work.schema';
import { nextVersionFields } from '../../domain/sync/signed-doc';
import { reviewRun, type RunReview } from '../../domain/trainer/roleplay-transcript';
import { gradeRatio } from '../../domain/trainer/trainer-score';
import type { TrainerWorkRepository } from '../../storage/trainer/trainer-work.repository';
import { contentRepository } from '../shell/services';
import { FormDraft } from './form-draft';
import type { TrainerIdentity } from './trainer-identity';

interface ScoringDraft {
  grades: Partial<Record<Criterion, CriterionGrade>>;
  situation: string;
  competencies: string[];
}

export type ScoringTarget = { kind: 'run'; learnerId: string; roleplayId: string; run: number } | { kind: 'live'; learnerId: string };
type State =
  | { kind: 'loading' }
  | { kind: 'not-found' }
  | { kind: 'ready'; title: string; review: RunReview | null; competencyIds: string[] };
export type SaveOutcome =
  | { ok: true; ratio: number }
  | { ok: false; reason: 'need-criterion' | 'need-competency' | 'need-situation' | 'refused'; detail?: string };

/** Scoring one role-play on the named criteria: a learner's scripted run, or a live classroom one. */
export class RoleplayScoringManager {
  #state = $state.raw<State>({ kind: 'loading' });
  /** Grades being entered, by criterion; a criterion left out is not graded. */
  grades = $state<Partial<Record<Criterion, CriterionGrade>>>({});
  situation = $state('');
  competencies = $state<string[]>([]);
  #passThreshold = 0.6;
  readonly #draft: FormDraft<ScoringDraft>;

  constructor(
    private readonly trainer: TrainerIdentity,
    private readonly repo: TrainerWorkRepository,
    readonly target: ScoringTarget,
    private readonly newId: () => string = () => `n${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`,
  ) {
    const which = target.kind === 'run' ? `${target.roleplayId}:${target.run}` : 'live';
    this.#draft = new FormDraft(repo, `trainer-score:${target.learnerId}:${which}`, target.learnerId);
  }

  get state(): State {
    return this.#state;
  }

  get ratio(): number {
    return gradeRatio(this.grades);
  }

  async load(): Promise<void> {
    const data = await this.repo.learnerData(this.target.learnerId);
    if (!data || data.learner.siteId !== this.trainer.siteId) return void (this.#state = { kind: 'not-found' });
    if (this.target.kind === 'live') {
      await this.#restoreDraft();
      this.#state = { kind: 'ready', title: '', review: null, competencyIds: [] };
      return;
    }
    const { roleplayId, run } = this.target;
    const rp = await contentRepository.roleplay(roleplayId);
    const finished = data.events.find((e) => e.name === 'roleplay.finished' && e.data.roleplayId === roleplayId && e.data.run === run);
    if (!rp || !finished) return void (this.#state = { kind: 'not-found' });
    const choices = data.events.flatMap((e) =>
      e.name === 'roleplay.choice' && e.data.roleplayId === roleplayId && e.data.run === run ? [e.data] : [],
    );
    this.#passThreshold = rp.passThreshold;
    const review = reviewRun(rp.ink, choices, rp.passThreshold);
    this.competencies = rp.competencies.slice();
    // The criteria the script scores are offered first, each starting at the level the automatic score suggests.
    const grades: Partial<Record<Criterion, CriterionGrade>> = {};
    for (const c of CRITERIA) {
      const auto = review.automatic[c];
      if (auto && auto.max > 0)
        grades[c] = { level: Math.max(0, Math.min(3, Math.round((auto.got / auto.max) * 3))) as CriterionGrade['level'], comment: '' };
    }
    this.grades = grades;
    await this.#restoreDraft();
    this.#state = { kind: 'ready', title: rp.title, review, competencyIds: rp.competencies };
  }

  async #restoreDraft(): Promise<void> {
    const d = await this.#draft.restore();
    if (d) {
      this.grades = d.grades;
      this.situation = d.situation;
      this.competencies = d.competencies;
    }
    this.#draft.baseline(this.#draftValue());
  }

  #draftValue(): ScoringDraft {
    return JSON.parse(JSON.stringify({ grades: this.grades, situation: this.situation, competencies: this.competencies }));
  }

  /** Called from an effect: reads the whole form (so it re-runs on any change) and keeps it as the draft. */
  keepDraft(): void {
    this.#draft.keep(this.#draftValue());
  }

  toggle(c: Criterion, on: boolean): void {
    const next = { ...this.grades };
    if (on) next[c] = next[c] ?? { level: 2, comment: '' };
    else delete next[c];
    this.grades = next;
  }

  async save(): Promise<SaveOutcome> {
    if (Object.keys(this.grades).length === 0) return { ok: false, reason: 'need-criterion' };
    if (this.competencies.length === 0) return { ok: false, reason: 'need-competency' };
    if (this.target.kind === 'live' && !this.situation.trim()) return { ok: false, reason: 'need-situation' };
    const scoreId =
      this.target.kind === 'run' ? `${this.target.roleplayId.replace(/[^a-z0-9-]/g, '-').slice(0, 30)}-${this.target.run}` : this.newId();
    const _id = roleplayScoreDocId(this.target.learnerId, scoreId);
    const previous = await this.repo.get(_id);
    const ratio = this.ratio;
    const doc: Omit<RoleplayScoreDoc, 'signature'> = {
      _id,
      schema: 1,
      type: 'roleplay-score',
      siteId: this.trainer.siteId,
      learnerId: this.target.learnerId,
      scoreId,
      source:
        this.target.kind === 'run'
          ? { kind: 'run', roleplayId: this.target.roleplayId, run: this.target.run }
          : { kind: 'live', situation: this.situation.trim() },
      competencies: this.competencies.slice(),
      at: new Date().toISOString(),
      grades: JSON.parse(JSON.stringify(this.grades)),
      ratio,
      passed: ratio >= this.#passThreshold,
      signedBy: this.trainer.keyId,
      ...(await nextVersionFields(previous)),
    };
    await this.#draft.settled();
    const saved = await this.repo.save(await this.trainer.sign(doc), this.#draft.key);
    return saved.ok ? { ok: true, ratio } : { ok: false, reason: 'refused', detail: saved.detail };
  }
}
