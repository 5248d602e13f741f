import type { WrittenItem } from '../../domain/content/quiz.schema';
import type { Criterion } from '../../domain/content/roleplay.schema';
import { roleplayScoreDocId } from '../../domain/records/ids';
import type { CriterionGrade, RoleplayScoreDoc } from '../../domain/records/trainer-work.schema';
import { writtenReplyRows, writtenScoreId, type WrittenReplyRow } from '../../domain/quiz/written-reply-scores';
import { nextVersionFields } from '../../domain/sync/signed-doc';
import { gradeRatio } from '../../domain/trainer/trainer-score';
import type { TrainerWorkRepository } from '../../storage/trainer/trainer-work.repository';
import { contentRepository } from '../shell/services';
import { FormDraft } from './form-draft';
import type { TrainerIdentity } from './trainer-identity';

/** A written reply passes when its grid averages this, as a role-play's default threshold. */
const WRITTEN_PASS = 0.6;

const scoresOf = (work: readonly { type: string }[]) => work.filter((d): d is RoleplayScoreDoc => d.type === 'roleplay-score');

type ListState =
  | { kind: 'loading' }
  | { kind: 'not-found' }
  | { kind: 'ready'; name: string; rows: (WrittenReplyRow & { title: string })[] };

/** The written replies of one learner, to score. */
export class WrittenRepliesList {
  #state = $state.raw<ListState>({ kind: 'loading' });

  constructor(
    private readonly trainer: TrainerIdentity,
    private readonly repo: TrainerWorkRepository,
    readonly learnerId: string,
  ) {}

  get state(): ListState {
    return this.#state;
  }

  async load(): Promise<void> {
    const data = await this.repo.learnerData(this.learnerId);
    if (!data || data.learner.siteId !== this.trainer.siteId) return void (this.#state = { kind: 'not-found' });
    const rows = writtenReplyRows(data.events, scoresOf(data.work));
    const items = await contentRepository.items([...new Set(rows.map((r) => r.itemId))]);
    const title = new Map(items.map((i) => [i.id, i.type === 'written' ? `${i.customer.name} — ${i.prompt}` : i.prompt]));
    this.#state = {
      kind: 'ready',
      name: data.learner.firstName,
      rows: rows.map((r) => ({ ...r, title: title.get(r.itemId) ?? r.itemId })),
    };
  }
}

export interface WrittenTarget {
  learnerId: string;
  itemId: string;
  attempt: number;
}

type ScoringState = { kind: 'loading' } | { kind: 'not-found' } | { kind: 'ready'; item: WrittenItem; reply: WrittenReplyRow };

export type WrittenSaveOutcome = { ok: true; ratio: number } | { ok: false; reason: 'refused'; detail?: string };

/** Scoring one written reply on its item's grid, signed like a role-play score. */
export class WrittenScoringManager {
  #state = $state.raw<ScoringState>({ kind: 'loading' });
  /** One grade per grid row, by the row's criterion; every row is graded. */
  grades = $state<Partial<Record<Criterion, CriterionGrade>>>({});
  readonly #draft: FormDraft<Partial<Record<Criterion, CriterionGrade>>>;

  constructor(
    private readonly trainer: TrainerIdentity,
    private readonly repo: TrainerWorkRepository,
    readonly target: WrittenTarget,
  ) {
    this.#draft = new FormDraft(repo, `trainer-written:${target.learnerId}:${target.itemId}:${target.attempt}`, target.learnerId);
  }

  get state(): ScoringState {
    return this.#state;
  }

  get ratio(): number {
    return gradeRatio(this.grades);
  }

  async load(): Promise<void> {
    const { learnerId, itemId, attempt } = this.target;
    const data = await this.repo.learnerData(learnerId);
    if (!data || data.learner.siteId !== this.trainer.siteId) return void (this.#state = { kind: 'not-found' });
    const [item] = await contentRepository.items([itemId]);
    const scores = scoresOf(data.work);
    const reply = writtenReplyRows(data.events, scores).find((r) => r.itemId === itemId && r.attempt === attempt);
    if (item?.type !== 'written' || !reply) return void (this.#state = { kind: 'not-found' });
    // A reply scored before opens with its grades; a new one with every row at « acquis », to be adjusted.
    const previous = scores.find((s) => s.scoreId === writtenScoreId(itemId, attempt));
    const grades: Partial<Record<Criterion, CriterionGrade>> = {};
    for (const row of item.grid) grades[row.criterion] = previous?.grades[row.criterion] ?? { level: 2, comment: '' };
    this.grades = (await this.#draft.restore()) ?? grades;
    this.#draft.baseline(JSON.parse(JSON.stringify(this.grades)));
    this.#state = { kind: 'ready', item, reply };
  }

  /** Called from an effect: reads the whole grid (so it re-runs on any change) and keeps it as the draft. */
  keepDraft(): void {
    this.#draft.keep(JSON.parse(JSON.stringify(this.grades)));
  }

  async save(): Promise<WrittenSaveOutcome> {
    const st = this.#state;
    if (st.kind !== 'ready') return { ok: false, reason: 'refused' };
    const { learnerId, itemId, attempt } = this.target;
    const scoreId = writtenScoreId(itemId, attempt);
    const _id = roleplayScoreDocId(learnerId, scoreId);
    const previous = await this.repo.get(_id);
    const ratio = this.ratio;
    const doc: Omit<RoleplayScoreDoc, 'signature'> = {
      _id,
      schema: 1,
      type: 'roleplay-score',
      siteId: this.trainer.siteId,
      learnerId,
      scoreId,
      source: { kind: 'written', itemId, attempt },
      competencies: [st.item.competency],
      at: new Date().toISOString(),
      grades: JSON.parse(JSON.stringify(this.grades)),
      ratio,
      passed: ratio >= WRITTEN_PASS,
      signedBy: this.trainer.keyId,
      ...(await nextVersionFields(previous)),
    };
    await this.#draft.settled();
    const saved = await this.repo.save(await this.trainer.sign(doc), this.#draft.key);
    return saved.ok ? { ok: true, ratio } : { ok: false, reason: 'refused', detail: saved.detail };
  }
}
