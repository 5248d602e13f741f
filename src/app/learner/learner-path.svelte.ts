import type { CcpReadiness, ModuleStatus, NextStep, PlanEntry } from '../../domain/path/path-derive';
import type { PathContext, QuizHistory } from '../../domain/path/path-context';
import type { PathStage } from '../../domain/path/learner-path.machine';
import { isAllowedInModule, type ModuleAct } from '../../domain/path/module-lock';
import { placementStage, placementSummary, type PlacementStage, type PlacementSummary } from '../../domain/path/placement-summary';
import type { PathActor, PathSnapshot } from '../../domain/path/path-replay';
import type { EventData, EventName, ProgressEvent } from '../../domain/records/progress-event.schema';
import type { PlanFields } from '../../domain/trainer/bilan.schema';
import { ActorState } from '../shell/actor-adapter.svelte';
import { errors } from '../shell/error-state.svelte';
import { REVIEW_EVENTS } from '../../domain/review/review-routing';
import { progressRepository, reviewRepository } from './learner-services';
import { session } from './session-manager.svelte';

type Loader = typeof import('./learner-path-loader');

interface PathView {
  stage: PathStage;
  context: PathContext;
  statuses: Record<string, ModuleStatus>;
  plan: Record<string, PlanEntry>;
  next: NextStep;
  ccps: CcpReadiness[];
  /** The trainer's plan (latest bilan), if there is one. */
  trainerPlan: PlanFields | undefined;
  placement: { stage: PlacementStage; summary: PlacementSummary | null };
}

/** `module-locked`: a locked module can be read ahead, but nothing in it counts until it opens. */
type LessonOutcome = { ok: true; event: ProgressEvent } | { ok: false; reason: 'module-locked' };

/**
 * The signed-in learner's path, replayed from the log through the path machine (loaded lazily) and
 * kept live: each recorded event is written durably first, then sent to the machine.
 */
class LearnerPathManager {
  #state = $state.raw<ActorState<PathSnapshot, PathActor> | undefined>();
  #learnerId: string | undefined;
  #loading: Promise<void> | undefined;
  #loader: Loader | undefined;
  #throughSeq = 0;
  #eventCount = 0;
  #assessmentKey = '';
  #plan = $state.raw<PlanFields | undefined>();
  #sinceCheckpoint = 0;

  constructor() {
    session.onChange(() => this.#reset());
  }

  get loaded(): boolean {
    return this.#state !== undefined;
  }

  /** Everything the screens show, derived from the machine's snapshot. */
  get view(): PathView | undefined {
    const snapshot = this.#state?.snapshot;
    const loader = this.#loader;
    if (!snapshot || !loader) return undefined;
    const stage = loader.stageOf(snapshot);
    const context = snapshot.context;
    return {
      stage,
      context,
      statuses: loader.moduleStatuses(context),
      plan: loader.planOf(context),
      next: loader.nextStep(context, stage, this.#plan?.order),
      ccps: loader.ccpReadiness(context),
      trainerPlan: this.#plan,
      placement: { stage: placementStage(context), summary: placementSummary(context) },
    };
  }

  quizHistory(quizId: string): QuizHistory {
    return this.#state?.snapshot.context.quizzes[quizId] ?? { count: 0, passed: false, lastFailedAt: null };
  }

  /** Loads the signed-in learner's path once; later calls wait for the same load. */
  ensure(): Promise<void> {
    const learnerId = session.learner?.learnerId;
    if (!learnerId) return Promise.resolve();
    if (this.#learnerId !== learnerId) {
      this.#reset();
      this.#learnerId = learnerId;
      this.#loading = this.#load(learnerId).catch((e) => errors.report(e));
    }
    return this.#loading ?? Promise.resolve();
  }

  /** Reloads after the content pack changed (the curriculum is part of the path's input). */
  reload(): Promise<void> {
    this.#learnerId = undefined;
    return this.ensure();
  }

  /** The signed-in learner read a lesson to the end; in a locked module it is not recorded. */
  async completeLesson(moduleId: string, lessonId: string): Promise<LessonOutcome> {
    await this.ensure();
    if (!this.allows(moduleId, 'complete-lesson')) return { ok: false, reason: 'module-locked' };
    return { ok: true, event: await this.record('lesson.completed', { moduleId, lessonId }) };
  }

  /** A module whose prerequisites are not done yet. */
  isLocked(moduleId: string): boolean {
    return this.view?.statuses[moduleId] === 'locked';
  }

  /** Whether the learner may do this in the module now (see `isAllowedInModule`). */
  allows(moduleId: string, act: ModuleAct): boolean {
    return isAllowedInModule(this.view?.statuses[moduleId], act);
  }

  /** The modules to finish before this one opens. */
  prerequisitesOf(moduleId: string): string[] {
    return this.view?.context.curriculum.modules.find((m) => m.id === moduleId)?.prerequisites ?? [];
  }

  /**
   * Writes one event for the signed-in learner and resolves once it is committed to IndexedDB;
   * only then does the path (and the screen) move on.
   */
  async record<N extends EventName>(name: N, data: EventData<N>): Promise<ProgressEvent> {
    const author = await session.author();
    const progress = await progressRepository();
    // A quiz submitted or a review rated moves review cards: event and cards are written together.
    const { event, fresh } = REVIEW_EVENTS.has(name)
      ? await reviewRepository.recordWithCards(progress, author, name, data)
      : await progress.record(author, name, data);
    await this.ensure();
    const state = this.#state;
    const loader = this.#loader;
    // An act already in the log comes back as the stored event (not fresh), and a path loaded after
    // the write already holds it: only a newer event moves the path.
    if (fresh && state && loader && this.#learnerId === author.learnerId && event.seq > this.#throughSeq) {
      loader.sendToPath(state.actor, event);
      this.#throughSeq = event.seq;
      this.#eventCount++;
      if (++this.#sinceCheckpoint >= loader.CHECKPOINT_EVERY) {
        this.#sinceCheckpoint = 0;
        await loader.checkpoint(author.learnerId, {
          actor: state.actor,
          curriculum: state.snapshot.context.curriculum,
          throughSeq: this.#throughSeq,
          eventCount: this.#eventCount,
          assessmentKey: this.#assessmentKey,
        });
      }
    }
    return event;
  }

  async #load(learnerId: string): Promise<void> {
    const loader = (this.#loader ??= await import('./learner-path-loader'));
    const curriculum = await loader.loadCurriculum();
    if (!curriculum) {
      // No content installed yet: the next ensure() tries again.
      this.#learnerId = undefined;
      return;
    }
    const loaded = await loader.loadPath(learnerId, curriculum, await progressRepository());
    if (this.#learnerId !== learnerId) {
      loaded.actor.stop();
      return;
    }
    this.#throughSeq = loaded.throughSeq;
    this.#eventCount = loaded.eventCount;
    this.#assessmentKey = loaded.assessmentKey;
    this.#plan = loaded.plan;
    this.#sinceCheckpoint = loaded.replayed >= loader.CHECKPOINT_EVERY ? 0 : loaded.replayed;
    this.#state = new ActorState<PathSnapshot, PathActor>(loaded.actor);
  }

  #reset(): void {
    this.#state?.stop();
    this.#state = undefined;
    this.#plan = undefined;
    this.#learnerId = undefined;
    this.#loading = undefined;
  }
}

export const learnerPath = new LearnerPathManager();
