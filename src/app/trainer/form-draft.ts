import type { TrainerWorkRepository } from '../../storage/trainer/trainer-work.repository';
import { errors } from '../shell/error-state.svelte';

/**
 * A trainer form's unfinished work, kept in IndexedDB as he types so that a reload or a power cut keeps
 * it (like the bilan's draft). Writes go one after the other, so the last value is the one kept; a
 * value equal to the one last written (or loaded) is not written again.
 */
export class FormDraft<T> {
  #last: string | undefined;
  #saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly repo: Pick<TrainerWorkRepository, 'draft' | 'saveDraft'>,
    readonly key: string,
    private readonly learnerId: string,
  ) {}

  restore(): Promise<T | undefined> {
    return this.repo.draft<T>(this.key);
  }

  /** The form's value once loaded: writing starts from here. */
  baseline(value: T): void {
    this.#last = JSON.stringify(value);
  }

  keep(value: T): void {
    const text = JSON.stringify(value);
    if (this.#last === undefined || text === this.#last) return;
    this.#last = text;
    this.#saving = this.#saving.then(() => this.repo.saveDraft(this.key, this.learnerId, JSON.parse(text))).catch((e) => errors.report(e));
  }

  /** Resolves once every write asked for is done (before the signed document replaces the draft). */
  settled(): Promise<void> {
    return this.#saving;
  }
}
