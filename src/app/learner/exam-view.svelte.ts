import { examClock, type ExamClock } from '../../domain/exam/exam-clock';
import { examMinutes, type ExamSection } from '../../domain/exam/exam.schema';
import { errors } from '../shell/error-state.svelte';
import { contentRepository } from '../shell/services';
import { learnerStateRepository } from './learner-services';
import { session } from './session-manager.svelte';

/** The exam sections of the active pack, for the « Préparer le titre » screen. */
export class ExamListView {
  #sections = $state.raw<ExamSection[]>([]);
  #loaded = $state(false);

  get sections() {
    return this.#sections;
  }
  get loaded() {
    return this.#loaded;
  }

  async load(): Promise<void> {
    try {
      this.#sections = await contentRepository.exam();
    } catch (e) {
      errors.report(e);
    } finally {
      this.#loaded = true;
    }
  }
}

interface TimerDraft {
  startedAt: string;
}

/**
 * One exam section and its stopwatch. The start time is kept as the signed-in learner's draft, so that
 * going to play a call and coming back keeps the time running; without a learner it lives in memory.
 */
export class ExamSectionView {
  #section = $state.raw<ExamSection | undefined>();
  #loaded = $state(false);
  #startedAt = $state<string | undefined>();
  #now = $state(new Date());

  get section() {
    return this.#section;
  }
  get loaded() {
    return this.#loaded;
  }
  get plannedMinutes(): number {
    return this.#section ? examMinutes(this.#section) : 0;
  }
  /** Undefined until the stopwatch is started. */
  get clock(): ExamClock | undefined {
    return this.#startedAt ? examClock(this.#startedAt, this.#now, this.plannedMinutes) : undefined;
  }

  async load(sectionId: string): Promise<void> {
    this.#loaded = false;
    try {
      this.#section = (await contentRepository.exam()).find((s) => s.id === sectionId);
      const learnerId = session.learner?.learnerId;
      if (this.#section && learnerId) this.#startedAt = (await learnerStateRepository.draft<TimerDraft>(learnerId, this.#key()))?.startedAt;
    } catch (e) {
      errors.report(e);
    } finally {
      this.#loaded = true;
    }
  }

  /** Called every few seconds by the screen while it is shown. */
  tick(now = new Date()): void {
    this.#now = now;
  }

  async start(): Promise<void> {
    const startedAt = new Date().toISOString();
    this.#now = new Date(startedAt);
    this.#startedAt = startedAt;
    const learnerId = session.learner?.learnerId;
    if (learnerId) await learnerStateRepository.saveDraft(learnerId, this.#key(), { startedAt } satisfies TimerDraft);
  }

  #key(): string {
    return `exam-timer:${this.#section?.id ?? ''}`;
  }
}
