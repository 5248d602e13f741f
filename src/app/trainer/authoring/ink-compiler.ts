import type { InkReport } from '../../../domain/authoring/ink-checks';

interface Pending {
  resolve(report: InkReport): void;
}

/**
 * The ink compiler in its Web Worker. Typing sends every version; a result that a newer request
 * has overtaken is still delivered to its own caller, and `latest` callers simply keep the newest.
 */
export class InkCompiler {
  #worker: Worker | undefined;
  #next = 1;
  readonly #pending = new Map<number, Pending>();
  /** Time the worker took for the last script, in ms (shown to the bench and the tests). */
  lastMs = 0;

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./ink.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; report: InkReport; ms: number }>) => {
      this.lastMs = e.data.ms;
      this.#pending.get(e.data.id)?.resolve(e.data.report);
      this.#pending.delete(e.data.id);
    };
    this.#worker = worker;
    return worker;
  }

  compile(source: string): Promise<InkReport> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#pending.set(id, { resolve });
      this.#ensure().postMessage({ id, source });
    });
  }

  stop(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
  }
}
