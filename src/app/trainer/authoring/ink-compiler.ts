import type { InkReport } from '../../../domain/authoring/ink-checks';
import type { InkPreviewState } from '../../../domain/authoring/ink-preview';

interface WorkerAnswer {
  id: number;
  report?: InkReport;
  preview?: InkPreviewState;
  ms: number;
}

/** The ink compiler and the preview's player, in their Web Worker: typing never waits for them. */
export class InkCompiler {
  #worker: Worker | undefined;
  #next = 1;
  readonly #pending = new Map<number, (answer: WorkerAnswer) => void>();
  /** Time the worker took for the last request, in ms. */
  lastMs = 0;

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./ink.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
      this.lastMs = e.data.ms;
      this.#pending.get(e.data.id)?.(e.data);
      this.#pending.delete(e.data.id);
    };
    this.#worker = worker;
    return worker;
  }

  #ask(message: Record<string, unknown>): Promise<WorkerAnswer> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#ensure().postMessage({ ...message, id });
    });
  }

  /** Compiles and checks a script, and plays `path` through it for the preview. */
  async compile(name: string, source: string, path: readonly number[] = []): Promise<{ report: InkReport; preview?: InkPreviewState }> {
    const a = await this.#ask({ kind: 'compile', name, source, path: [...path] });
    return { report: a.report as InkReport, preview: a.preview };
  }

  /** Plays `path` through the last compile of a script. */
  async play(name: string, path: readonly number[]): Promise<InkPreviewState | undefined> {
    return (await this.#ask({ kind: 'play', name, path: [...path] })).preview;
  }

  stop(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
  }
}
