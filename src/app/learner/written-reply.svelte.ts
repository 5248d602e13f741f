import type { WrittenItem } from '../../domain/content/quiz.schema';
import { MAX_REPLY_CHARS } from '../../domain/content/written-reply.schema';
import { writtenHints, type WrittenHints } from '../../domain/quiz/written-reply-hints';
import { errors } from '../shell/error-state.svelte';
import { contentRepository } from '../shell/services';
import { learnerPath } from './learner-path.svelte';
import { learnerStateRepository, progressRepository } from './learner-services';
import { session } from './session-manager.svelte';
import { spelling, type SpellingOutcome } from './written-spelling';

/** What is kept while the learner writes, so that a reload or a power cut loses nothing. */
interface WrittenDraft {
  text: string;
  hintsSeen: boolean;
}

type Phase =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'locked'; prerequisites: string[] }
  | { kind: 'writing' }
  | { kind: 'sent'; text: string };

export interface ShownHints {
  hints: WrittenHints;
  /** Absent while the dictionary loads. */
  spelling?: SpellingOutcome;
}

/** One written reply (e-mail, chat, SMS) being written by the signed-in learner. */
export class WrittenReplySession {
  #item = $state.raw<WrittenItem | undefined>();
  #moduleId = '';
  #quizId = '';
  #phase = $state.raw<Phase>({ kind: 'loading' });
  #text = $state('');
  #hintsSeen = false;
  #hints = $state.raw<ShownHints | undefined>();
  #sent = $state(0);
  #busy = $state(false);
  /** Draft writes are chained: the last text typed is the last one stored. */
  #saving: Promise<void> = Promise.resolve();

  get item() {
    return this.#item;
  }
  get moduleId() {
    return this.#moduleId;
  }
  get phase() {
    return this.#phase;
  }
  get text() {
    return this.#text;
  }
  get hints() {
    return this.#hints;
  }
  get busy() {
    return this.#busy;
  }
  /** Replies already sent for this item. */
  get sentCount() {
    return this.#sent;
  }
  get canSend(): boolean {
    return !this.#busy && this.#text.trim().length > 0 && this.#text.length <= MAX_REPLY_CHARS;
  }

  async load(itemId: string): Promise<void> {
    this.#phase = { kind: 'loading' };
    try {
      await learnerPath.ensure();
      const [item] = await contentRepository.items([itemId]);
      const row = item as (WrittenItem & { moduleId?: string }) | undefined;
      if (row?.type !== 'written' || !row.moduleId) return void (this.#phase = { kind: 'missing' });
      const module = await contentRepository.module(row.moduleId);
      if (!module?.quiz) return void (this.#phase = { kind: 'missing' });
      if (!learnerPath.allows(row.moduleId, 'take-quiz'))
        return void (this.#phase = { kind: 'locked', prerequisites: learnerPath.prerequisitesOf(row.moduleId) });
      this.#item = row;
      this.#moduleId = row.moduleId;
      this.#quizId = module.quiz.id;
      const sent = (await (await progressRepository()).named(this.#learnerId(), 'written.submitted')).filter(
        (e) => e.data.itemId === itemId,
      );
      this.#sent = sent.reduce((n, e) => Math.max(n, e.data.attempt), 0);
      const draft = await learnerStateRepository.draft<WrittenDraft>(this.#learnerId(), this.#draftKey());
      this.#text = draft?.text ?? '';
      this.#hintsSeen = draft?.hintsSeen ?? false;
      const last = sent.at(-1);
      this.#phase = !draft && last ? { kind: 'sent', text: last.data.text } : { kind: 'writing' };
    } catch (e) {
      errors.report(e);
    }
  }

  /** Keeps what the learner typed (cut at the longest reply accepted) as the draft. */
  setText(text: string): Promise<void> {
    this.#text = text.slice(0, MAX_REPLY_CHARS);
    this.#hints = undefined;
    return this.#saveDraft();
  }

  /** « Voir les conseils »: the offline hints at once, the spelling when the dictionary has answered. */
  async showHints(): Promise<void> {
    const item = this.#item;
    if (!item) return;
    const text = this.#text;
    this.#hintsSeen = true;
    this.#hints = { hints: writtenHints(item, text) };
    await this.#saveDraft();
    try {
      const outcome = await spelling.check(text, [item.customer.name]);
      if (this.#text === text) this.#hints = { hints: writtenHints(item, text), spelling: outcome };
    } catch (e) {
      errors.report(e);
    }
  }

  /** Sends the reply: recorded as an event (a trainer scores it after sync), then the model answer shows. */
  async send(): Promise<void> {
    const item = this.#item;
    if (!item || !this.canSend) return;
    this.#busy = true;
    try {
      const text = this.#text;
      const attempt = this.#sent + 1;
      await learnerPath.record('written.submitted', {
        quizId: this.#quizId,
        moduleId: this.#moduleId,
        itemId: item.id,
        attempt,
        text,
        hintsSeen: this.#hintsSeen,
      });
      this.#sent = attempt;
      await this.#saving;
      await learnerStateRepository.deleteDraft(this.#learnerId(), this.#draftKey());
      this.#phase = { kind: 'sent', text };
      this.#hints = undefined;
    } catch (e) {
      errors.report(e);
    } finally {
      this.#busy = false;
    }
  }

  /** Writes the reply again, from a blank page. */
  writeAgain(): void {
    this.#text = '';
    this.#hintsSeen = false;
    this.#hints = undefined;
    this.#phase = { kind: 'writing' };
  }

  #saveDraft(): Promise<void> {
    const value: WrittenDraft = { text: this.#text, hintsSeen: this.#hintsSeen };
    const learnerId = this.#learnerId();
    const key = this.#draftKey();
    // A failed write is reported once and does not block the writes after it.
    this.#saving = this.#saving.then(() => learnerStateRepository.saveDraft(learnerId, key, value)).catch((e) => errors.report(e));
    return this.#saving;
  }

  #draftKey(): string {
    return `written:${this.#item?.id ?? ''}`;
  }

  #learnerId(): string {
    const id = session.learner?.learnerId;
    if (!id) throw new Error('no learner signed in');
    return id;
  }
}
