/// <reference lib="webworker" />
import { analyseInk } from '../../../domain/authoring/ink-checks';

/** Compiles and checks ink off the main thread: the compiler (`inkjs/full`) lives only in this worker. */
self.onmessage = (e: MessageEvent<{ id: number; source: string }>) => {
  const started = performance.now();
  const report = analyseInk(e.data.source);
  self.postMessage({ id: e.data.id, report, ms: performance.now() - started });
};
