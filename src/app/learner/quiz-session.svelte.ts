import type { QuizItem } from '../../domain/content/quiz.schema';
import { attemptSeed, canStartAttempt, layoutAttempt, type QuizDefinition } from '../../domain/quiz/quiz-attempt';
import { gradeAttempt, initialAnswer, isAnswered, isCorrect, type QuizAnswer, type QuizResult } from '../../domain/quiz/quiz-grading';
import { resumeAttempt, type AttemptProgress } from '../../domain/quiz/quiz-resume';
import { attemptOn, versionOf, type AttemptVersion } from '../../domain/quiz/attempt-version';
import { errors } from '../shell/error-state.svelte';
import { learnerPath } from './learner-path.svelte';
import { learnerStateRepository, progressRepository } from './learner-services';
import { contentRepository } from '../shell/services';
import { session } from './session-manager.svelte';

/**
 * What is saved as the learner goes; on load the event log completes it (see `resumeAttempt`). It keeps
 * the questions it started with, so a module republished meanwhile does not change them (`attemptOn`).
 */
type QuizDraft = AttemptProgress & AttemptVersion;

type QuizPhase =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'blocked'; reason: 'max-attempts' }
  | { kind: 'blocked'; reason: 'cooldown'; until: string }
  | { kind: 'blocked'; reason: 'locked'; prerequisites: string[] }
  | { kind: 'answering' }
  | { kind: 'result'; result: QuizResult };

interface LoadedQuiz {
  /** 'module' quizzes count for the path; the placement is the bilan initial. */
  kind: 'module' | 'placement';
  moduleId: string;
  title: string;
  definition: QuizDefinition;
  items: QuizItem[];
  /** The placement's words to the learner before the first question, one paragraph per line. */
  intro?: string;
}

/** One quiz being taken by the signed-in learner: answers, per-item feedback, result. */
export class QuizSession {
  #quiz = $state.raw<LoadedQuiz | undefined>();
  /** The quiz as installed now; `#quiz` is the version the attempt in progress started on. */
  #installed: LoadedQuiz | undefined;
  #phase = $state.raw<QuizPhase>({ kind: 'loading' });
  #draft = $state.raw<QuizDraft | undefined>();
  #busy = $state(false);
  #introPending = $state(false);
  #resumedAt = $state<number | undefined>();

  get quiz() {
    return this.#quiz;
  }
  get phase() {
    return this.#phase;
  }
  get busy() {
    return this.#busy;
  }
  /** The bilan shows what it is for before its first question, and says where a later sitting resumes. */
  get introPending() {
    return this.#introPending;
  }
  get resumedAt() {
    return this.#resumedAt;
  }
  get attempt() {
    return this.#draft?.attempt ?? 0;
  }
  get index() {
    return this.#draft?.index ?? 0;
  }
  get count() {
    return this.#draft?.layout.itemIds.length ?? 0;
  }
  get item(): QuizItem | undefined {
    const id = this.#draft?.layout.itemIds[this.index];
    return this.#quiz?.items.find((i) => i.id === id);
  }
  get optionOrder(): number[] {
    const id = this.item?.id;
    return (id && this.#draft?.layout.optionOrder[id]) || [];
  }
  get answer(): QuizAnswer | undefined {
    const item = this.item;
    if (!item) return undefined;
    return this.#draft?.answers[item.id] ?? initialAnswer(item, this.optionOrder);
  }
  get checked(): boolean {
    const id = this.item?.id;
    return id !== undefined && (this.#draft?.checked.includes(id) ?? false);
  }
  get correct(): boolean {
    const item = this.item;
    return item !== undefined && isCorrect(item, this.answer);
  }
  get canCheck(): boolean {
    const item = this.item;
    return item !== undefined && !this.checked && isAnswered(item, this.answer);
  }

  async load(kind: 'module' | 'placement', id: string): Promise<void> {
    this.#phase = { kind: 'loading' };
    try {
      await learnerPath.ensure();
      if (kind === 'module' && !learnerPath.allows(id, 'take-quiz')) {
        this.#phase = { kind: 'blocked', reason: 'locked', prerequisites: learnerPath.prerequisitesOf(id) };
        return;
      }
      const quiz = kind === 'module' ? await moduleQuiz(id) : await placementQuiz();
      this.#quiz = this.#installed = quiz;
      if (!quiz?.items.length) {
        this.#phase = { kind: 'missing' };
        return;
      }
      const draft = await learnerStateRepository.draft<QuizDraft>(this.#learnerId(), this.#draftKey());
      const resumed = attemptOn(draft, quiz);
      if (draft && resumed.kind === 'resume') {
        this.#quiz = { ...quiz, items: resumed.items, definition: resumed.definition };
        this.#draft = draft;
        this.#phase = { kind: 'answering' };
      } else await this.#newAttempt();
      await this.#catchUpWithLog(quiz);
      const started = (this.#draft?.checked.length ?? 0) > 0;
      this.#introPending = quiz.kind === 'placement' && !started && this.#phase.kind === 'answering';
      this.#resumedAt = quiz.kind === 'placement' && started ? this.index + 1 : undefined;
    } catch (e) {
      errors.report(e);
    }
  }

  begin(): void {
    this.#introPending = false;
  }

  async setAnswer(answer: QuizAnswer): Promise<void> {
    const draft = this.#draft;
    const item = this.item;
    if (!draft || !item || this.checked) return;
    this.#draft = { ...draft, answers: { ...draft.answers, [item.id]: answer } };
    await this.#saveDraft();
  }

  /** Shows the feedback of the current item and records the answer as an event. */
  async check(): Promise<void> {
    const draft = this.#draft;
    const item = this.item;
    const quiz = this.#quiz;
    if (!draft || !item || !quiz || !this.canCheck) return;
    await this.#work(async () => {
      const answer = this.answer as QuizAnswer;
      const answers = { ...draft.answers, [item.id]: answer };
      await learnerPath.record('quiz.answered', {
        quizId: quiz.definition.id,
        attempt: draft.attempt,
        itemId: item.id,
        answer,
        correct: isCorrect(item, answer),
      });
      this.#draft = { ...draft, answers, checked: [...draft.checked, item.id] };
      await this.#saveDraft();
    });
  }

  async next(): Promise<void> {
    const draft = this.#draft;
    if (!draft || !this.checked) return;
    this.#resumedAt = undefined;
    if (draft.index + 1 < draft.layout.itemIds.length) {
      this.#draft = { ...draft, index: draft.index + 1 };
      await this.#saveDraft();
    } else await this.#submit();
  }

  async retry(): Promise<void> {
    await this.#work(() => this.#newAttempt());
  }

  async #submit(): Promise<void> {
    const draft = this.#draft;
    const quiz = this.#quiz;
    if (!draft || !quiz) return;
    await this.#work(async () => {
      const items = draft.layout.itemIds.map((id) => quiz.items.find((i) => i.id === id)).filter((i): i is QuizItem => i !== undefined);
      const result = gradeAttempt(items, draft.answers, quiz.definition.passMark);
      if (quiz.kind === 'placement') {
        await learnerPath.record('placement.submitted', {
          placementId: quiz.definition.id,
          score: result.score,
          byCompetency: result.byCompetency,
        });
      } else {
        await learnerPath.record('quiz.submitted', {
          quizId: quiz.definition.id,
          moduleId: quiz.moduleId,
          attempt: draft.attempt,
          score: result.score,
          passed: result.passed,
          byCompetency: result.byCompetency,
          missedItemIds: result.missedItemIds,
        });
      }
      await learnerStateRepository.deleteDraft(this.#learnerId(), this.#draftKey());
      this.#draft = undefined;
      this.#phase = { kind: 'result', result };
    });
  }

  /** Answers already in the log count as checked, even if the draft was saved before them. */
  async #catchUpWithLog(quiz: LoadedQuiz): Promise<void> {
    const draft = this.#draft;
    if (!draft) return;
    const answered = await (await progressRepository()).named(this.#learnerId(), 'quiz.answered');
    const recorded = answered.filter((e) => e.data.quizId === quiz.definition.id).map((e) => e.data);
    const resumed = resumeAttempt(draft, recorded);
    if (resumed.checked.length === draft.checked.length && resumed.index === draft.index) return;
    this.#draft = resumed;
    await this.#saveDraft();
  }

  async #newAttempt(): Promise<void> {
    // A new attempt always takes the version installed now.
    const quiz = this.#installed;
    if (!quiz) return;
    this.#quiz = quiz;
    const history = learnerPath.quizHistory(quiz.definition.id);
    const permission =
      quiz.kind === 'placement' ? { ok: true as const, attempt: 1 } : canStartAttempt(quiz.definition, history, new Date());
    if (!permission.ok) {
      this.#phase =
        permission.reason === 'cooldown'
          ? { kind: 'blocked', reason: 'cooldown', until: permission.until }
          : { kind: 'blocked', reason: 'max-attempts' };
      return;
    }
    const seed = attemptSeed(this.#learnerId(), quiz.definition.id, permission.attempt);
    const layout = layoutAttempt(quiz.definition, quiz.items, seed);
    this.#draft = {
      attempt: permission.attempt,
      layout,
      answers: {},
      checked: [],
      index: 0,
      ...versionOf(layout, quiz.items, quiz.definition),
    };
    await this.#saveDraft();
    this.#phase = { kind: 'answering' };
  }

  async #work(task: () => Promise<void>): Promise<void> {
    this.#busy = true;
    try {
      await task();
    } catch (e) {
      errors.report(e);
    } finally {
      this.#busy = false;
    }
  }

  #saveDraft(): Promise<void> {
    return learnerStateRepository.saveDraft(this.#learnerId(), this.#draftKey(), $state.snapshot(this.#draft));
  }

  #draftKey(): string {
    return `quiz:${this.#quiz?.definition.id ?? ''}`;
  }

  #learnerId(): string {
    const id = session.learner?.learnerId;
    if (!id) throw new Error('no learner signed in');
    return id;
  }
}

async function moduleQuiz(moduleId: string): Promise<LoadedQuiz | undefined> {
  const module = await contentRepository.module(moduleId);
  if (!module?.quiz) return undefined;
  const items = await contentRepository.items(module.quiz.itemIds);
  return { kind: 'module', moduleId, title: module.quiz.title, definition: module.quiz, items };
}

async function placementQuiz(): Promise<LoadedQuiz | undefined> {
  const placement = (await contentRepository.active())?.placement;
  if (!placement) return undefined;
  return {
    kind: 'placement',
    moduleId: '',
    title: placement.title,
    definition: { id: placement.id, passMark: 0, retry: { maxAttempts: 1 } },
    items: placement.items,
    intro: placement.intro,
  };
}
