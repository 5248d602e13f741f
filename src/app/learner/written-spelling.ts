type Answer = { id: number; ok: true; words: string[] } | { id: number; ok: false; reason: string };

/** A spelling check that could not run (the dictionary failed to load): the other hints still show. */
export type SpellingOutcome = { ok: true; words: string[] } | { ok: false; reason: 'unavailable' };

/** The learner's spelling hints, in their own Web Worker, started on the first request. */
class SpellingChecker {
  #worker: Worker | undefined;
  #next = 1;
  readonly #pending = new Map<number, (a: Answer) => void>();

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./written-spelling.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Answer>) => {
      this.#pending.get(e.data.id)?.(e.data);
      this.#pending.delete(e.data.id);
    };
    this.#worker = worker;
    return worker;
  }

  /** Words the dictionary does not know; `ignore` holds names the reply may repeat (the customer's). */
  async check(text: string, ignore: readonly string[]): Promise<SpellingOutcome> {
    const id = this.#next++;
    const answer = await new Promise<Answer>((resolve) => {
      this.#pending.set(id, resolve);
      this.#ensure().postMessage({ id, text, ignore: [...ignore] });
    });
    return answer.ok ? { ok: true, words: answer.words } : { ok: false, reason: 'unavailable' };
  }
}

export const spelling = new SpellingChecker();
