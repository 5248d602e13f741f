import type { QuizItem } from '../../domain/content/quiz.schema';
import { initialAnswer, isAnswered, isCorrect, type QuizAnswer } from '../../domain/quiz/quiz-grading';
import { ratingFor } from '../../domain/review/review-scheduler';
import { layoutAttempt } from '../../domain/quiz/quiz-attempt';
import { seedOf } from '../../domain/quiz/seeded-random';
import { errors } from '../shell/error-state.svelte';
import { learnerPath } from './learner-path.svelte';
import { reviewRepository } from './learner-services';
import { contentRepository } from '../shell/services';
import { session } from './session-manager.svelte';

/** The day's spaced review: each due item once, rated by the answer, rescheduled by FSRS. */
export class ReviewSession {
  #items = $state.raw<QuizItem[]>([]);
  #index = $state(0);
  #answer = $state.raw<QuizAnswer | undefined>();
  #checked = $state(false);
  #loaded = $state(false);
  #busy = $state(false);

  get loaded() {
    return this.#loaded;
  }
  get item(): QuizItem | undefined {
    return this.#items[this.#index];
  }
  get remaining() {
    return Math.max(0, this.#items.length - this.#index);
  }
  get total() {
    return this.#items.length;
  }
  get answer(): QuizAnswer | undefined {
    const item = this.item;
    return item ? (this.#answer ?? initialAnswer(item, this.optionOrder)) : undefined;
  }
  get checked() {
    return this.#checked;
  }
  get busy() {
    return this.#busy;
  }
  get correct(): boolean {
    return this.item !== undefined && isCorrect(this.item, this.answer);
  }
  get canCheck(): boolean {
    return this.item !== undefined && !this.#checked && isAnswered(this.item, this.answer);
  }
  get optionOrder(): number[] {
    const item = this.item;
    if (!item) return [];
    const layout = layoutAttempt(
      { id: 'review', passMark: 0, retry: { maxAttempts: 0 } },
      [item],
      seedOf(`review|${item.id}|${new Date().toDateString()}`),
    );
    return layout.optionOrder[item.id] ?? [];
  }

  async load(): Promise<void> {
    try {
      const learnerId = this.#learnerId();
      const due = await reviewRepository.dueToday(learnerId);
      this.#items = await contentRepository.items(due.map((d) => d.itemId));
    } catch (e) {
      errors.report(e);
    } finally {
      this.#loaded = true;
    }
  }

  setAnswer(a: QuizAnswer): void {
    if (!this.#checked) this.#answer = a;
  }

  async check(): Promise<void> {
    const item = this.item;
    if (!item || !this.canCheck) return;
    this.#busy = true;
    try {
      const rating = ratingFor(isCorrect(item, this.answer));
      await learnerPath.record('review.rated', { itemId: item.id, rating });
      this.#checked = true;
    } catch (e) {
      errors.report(e);
    } finally {
      this.#busy = false;
    }
  }

  next(): void {
    this.#index++;
    this.#answer = undefined;
    this.#checked = false;
  }

  #learnerId(): string {
    const id = session.learner?.learnerId;
    if (!id) throw new Error('no learner signed in');
    return id;
  }
}
