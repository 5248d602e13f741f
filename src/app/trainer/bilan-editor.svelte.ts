import type { LearnerDoc } from '../../domain/records/learner.schema';
import type { BilanDoc, PlanFields } from '../../domain/trainer/bilan.schema';
import { currentPlan, emptyPlan } from '../../domain/trainer/bilan-plan';
import { bilanDocId } from '../../domain/trainer/trainer-ids';
import { randomSlug } from '../../storage/terminal.repository';
import { content } from '../staff/content-manager.svelte';
import { errors } from '../shell/error-state.svelte';
import { signNext } from './sign-next';
import { trainerRecordsRepository as repo } from './trainer-services';
import { trainerSession } from './trainer-session.svelte';

/** What the trainer types; kept as a draft in IndexedDB on every change, so a reload or a power cut keeps it. */
interface BilanDraft {
  kind: 'initial' | 'followup';
  notes: string;
  priorLearning: string;
  ecf: string;
  dp: string;
  /** Trainer's rating per competency, 0–1. */
  ratings: Record<string, number>;
  plan: PlanFields;
}

const blankDraft = (kind: BilanDraft['kind'], plan: PlanFields): BilanDraft => ({
  kind,
  notes: '',
  priorLearning: '',
  ecf: '',
  dp: '',
  ratings: {},
  plan,
});

type BilanSubmit = { ok: true } | { ok: false; reason: 'not-signed-in' | 'no-learner' };

/** One learner's bilan being written: the evidence side by side, the draft, and the signed result. */
export class BilanEditor {
  #learner = $state.raw<LearnerDoc | undefined>();
  #draft = $state<BilanDraft>(blankDraft('initial', emptyPlan()));
  #placement = $state.raw<Record<string, number> | undefined>();
  #self = $state.raw<Record<string, 1 | 2 | 3 | 4> | undefined>();
  #history = $state.raw<BilanDoc[]>([]);
  #loaded = $state(false);
  #saving: Promise<void> = Promise.resolve();

  get learner() {
    return this.#learner;
  }
  get draft() {
    return this.#draft;
  }
  get placement() {
    return this.#placement;
  }
  get selfAssessment() {
    return this.#self;
  }
  get history() {
    return this.#history;
  }
  get loaded() {
    return this.#loaded;
  }

  get competencies(): { id: string; title: string }[] {
    return (content.active?.programme.blocks ?? []).flatMap((b) => b.competencies.map((c) => ({ id: c.id, title: c.title })));
  }

  get modules(): { id: string; title: string }[] {
    return content.modules.map((m) => ({ id: m.id, title: m.title }));
  }

  async load(learnerId: string): Promise<void> {
    try {
      const [learner, placement, self, history, draft] = await Promise.all([
        repo.learner(learnerId),
        repo.placement(learnerId),
        repo.selfAssessment(learnerId),
        repo.bilans(learnerId),
        repo.draft<BilanDraft>(learnerId),
      ]);
      this.#learner = learner;
      this.#placement = placement;
      this.#self = self;
      this.#history = history;
      const plan = currentPlan(history);
      const kind = history.some((b) => b.kind === 'initial') ? 'followup' : 'initial';
      this.#draft =
        draft ??
        blankDraft(
          kind,
          plan
            ? { exempt: plan.exempt, extra: plan.extra, order: plan.order, targetDate: plan.targetDate, decisions: plan.decisions }
            : emptyPlan(),
        );
      this.#loaded = true;
    } catch (e) {
      errors.report(e);
    }
  }

  /** Called on every input: writes one after the other, so the last keystroke is the one kept. */
  changed(): void {
    const learnerId = this.#learner?.learnerId;
    if (!learnerId) return;
    const value = JSON.parse(JSON.stringify(this.#draft)) as BilanDraft;
    this.#saving = this.#saving.then(() => repo.saveDraft(learnerId, value)).catch((e) => errors.report(e));
  }

  toggle(list: 'exempt' | 'extra' | 'order', moduleId: string, on: boolean): void {
    const current = this.#draft.plan[list].filter((id) => id !== moduleId);
    this.#draft.plan[list] = on ? [...current, moduleId] : current;
    if (on && list === 'exempt') this.#draft.plan.extra = this.#draft.plan.extra.filter((id) => id !== moduleId);
    if (on && list === 'extra') this.#draft.plan.exempt = this.#draft.plan.exempt.filter((id) => id !== moduleId);
    this.changed();
  }

  rate(competencyId: string, value: number | undefined): void {
    const { [competencyId]: _old, ...rest } = this.#draft.ratings;
    this.#draft.ratings = value === undefined ? rest : { ...rest, [competencyId]: value };
    this.changed();
  }

  /** Signs the bilan with the trainer's key and queues it for the next sync; the draft goes. */
  async submit(): Promise<BilanSubmit> {
    const identity = trainerSession.identity;
    const learner = this.#learner;
    if (!identity) return { ok: false, reason: 'not-signed-in' };
    if (!learner) return { ok: false, reason: 'no-learner' };
    await this.#saving;
    const d = JSON.parse(JSON.stringify(this.#draft)) as BilanDraft;
    const bilanId = d.kind === 'initial' ? 'initial' : `suivi-${randomSlug(8)}`;
    const id = bilanDocId(learner.learnerId, bilanId);
    const previous = this.#history.find((b) => b._id === id);
    const doc = await signNext<BilanDoc>(identity, previous, {
      _id: id,
      schema: 1,
      type: 'bilan',
      siteId: learner.siteId,
      learnerId: learner.learnerId,
      bilanId,
      kind: d.kind,
      at: new Date().toISOString(),
      placement: this.#placement ?? {},
      selfAssessment: this.#self ?? {},
      ratings: d.ratings,
      notes: d.notes,
      priorLearning: d.priorLearning,
      ecf: d.ecf,
      dp: d.dp,
      plan: { ...d.plan, targetDate: d.plan.targetDate || null },
    });
    await repo.saveBilan(doc);
    await this.load(learner.learnerId);
    return { ok: true };
  }
}
