import type { InkCheckReport, InkCompileReport, InkReport } from '../../../domain/authoring/ink-checks';
import type { InkPreviewState } from '../../../domain/authoring/ink-preview';

interface WorkerAnswer {
  id: number;
  ms: number;
  compiled?: InkCompileReport;
  preview?: InkPreviewState;
  checks?: InkCheckReport;
  stale?: boolean;
}

/** One Web Worker, asked one request at a time by id. */
class WorkerLink {
  #worker: Worker | undefined;
  #next = 1;
  readonly #pending = new Map<number, (answer: WorkerAnswer) => void>();
  /** Time the worker took for the last request it ran, in ms. */
  lastMs = 0;

  constructor(private readonly start: () => Worker) {}

  ask(message: Record<string, unknown>): Promise<WorkerAnswer> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#ensure().postMessage({ ...message, id });
    });
  }

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.start();
    worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
      if (!e.data.stale) this.lastMs = e.data.ms;
      this.#pending.get(e.data.id)?.(e.data);
      this.#pending.delete(e.data.id);
    };
    this.#worker = worker;
    return worker;
  }

  stop(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
  }
}

/**
 * The ink compiler, the preview's player and our checks, in two Web Workers: typing never waits for them,
 * and the preview of a new text never waits behind the checks of an older one.
 */
export class InkCompiler {
  readonly #compiler = new WorkerLink(() => new Worker(new URL('./ink.worker.ts', import.meta.url), { type: 'module' }));
  readonly #checker = new WorkerLink(() => new Worker(new URL('./ink-checks.worker.ts', import.meta.url), { type: 'module' }));

  /** The compile worker's time for the last compile and preview, in ms. */
  get lastMs(): number {
    return this.#compiler.lastMs;
  }
  /** The checks worker's time for the last checks it ran, in ms. */
  get lastCheckMs(): number {
    return this.#checker.lastMs;
  }

  /** Compiles a script and plays `path` through it for the preview (the fast half of a report). */
  async compile(
    name: string,
    source: string,
    path: readonly number[] = [],
  ): Promise<{ compiled: InkCompileReport; preview?: InkPreviewState }> {
    const a = await this.#compiler.ask({ kind: 'compile', name, source, path: [...path] });
    return { compiled: a.compiled as InkCompileReport, preview: a.preview };
  }

  /**
   * Our checks of a compiled script. A live request gives undefined when a newer text of the same
   * script replaced it before it ran.
   */
  async check(
    name: string,
    source: string,
    compiled: InkCompileReport & { json: string },
    live = true,
  ): Promise<InkCheckReport | undefined> {
    const a = await this.#checker.ask({ name, source, json: compiled.json, warnings: compiled.warnings, live });
    return a.checks;
  }

  /** The whole report of a script, checks included (for a publish). */
  async analyse(name: string, source: string): Promise<InkReport> {
    const { compiled } = await this.compile(name, source);
    if (!compiled.json) return { ok: false, problems: [], criteria: [], total: null, ...compiled };
    const checks = await this.check(name, source, { ...compiled, json: compiled.json }, false);
    return { ...compiled, ...(checks as InkCheckReport) };
  }

  /** Plays `path` through the last compile of a script. */
  async play(name: string, path: readonly number[]): Promise<InkPreviewState | undefined> {
    return (await this.#compiler.ask({ kind: 'play', name, path: [...path] })).preview;
  }

  stop(): void {
    this.#compiler.stop();
    this.#checker.stop();
  }
}
