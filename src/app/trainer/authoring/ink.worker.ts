/// <reference lib="webworker" />
import { analyseInk } from '../../../domain/authoring/ink-checks';
import { playPath } from '../../../domain/authoring/ink-preview';

/**
 * Compiles and checks ink off the main thread, and plays the preview there too: the compiler
 * (`inkjs/full`) lives only in this worker, and the main thread only shows the result.
 */
const compiled = new Map<string, string>();

type Request =
  | { kind: 'compile'; id: number; name: string; source: string; path: number[] }
  | { kind: 'play'; id: number; name: string; path: number[] };

self.onmessage = (e: MessageEvent<Request>) => {
  const started = performance.now();
  const msg = e.data;
  if (msg.kind === 'compile') {
    const report = analyseInk(msg.source);
    if (report.json) compiled.set(msg.name, report.json);
    const preview = report.json ? playPath(report.json, msg.path) : undefined;
    self.postMessage({ id: msg.id, report, preview, ms: performance.now() - started });
  } else {
    const json = compiled.get(msg.name);
    self.postMessage({ id: msg.id, preview: json ? playPath(json, msg.path) : undefined, ms: performance.now() - started });
  }
};
