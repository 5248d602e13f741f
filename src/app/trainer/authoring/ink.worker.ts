/// <reference lib="webworker" />
import { compileInkReport, type InkCompileReport } from '../../../domain/authoring/ink-checks';
import { playPath } from '../../../domain/authoring/ink-preview';
import { patchInkText } from '../../../domain/authoring/ink-text-patch';

/**
 * Compiles ink off the main thread and plays the preview beside it: the compiler (`inkjs/full`) lives
 * only in workers. Only the fast half runs here; our path checks run in `ink-checks.worker.ts`, so a
 * keystroke never waits behind the checks of the previous one.
 */
const compiled = new Map<string, string>();
/** The last script that compiled, per name: a reworded line patches its JSON instead of compiling again. */
const lastGood = new Map<string, { source: string; report: InkCompileReport & { json: string } }>();

function compileOrPatch(name: string, source: string): InkCompileReport {
  const last = lastGood.get(name);
  const patched = last && patchInkText(last.source, last.report.json, source);
  const report = patched && last ? { ...last.report, json: patched } : compileInkReport(source);
  if (report.json) lastGood.set(name, { source, report: { ...report, json: report.json } });
  return report;
}

type Request =
  | { kind: 'compile'; id: number; name: string; source: string; path: number[] }
  | { kind: 'play'; id: number; name: string; path: number[] };

self.onmessage = (e: MessageEvent<Request>) => {
  const started = performance.now();
  const msg = e.data;
  if (msg.kind === 'compile') {
    const report = compileOrPatch(msg.name, msg.source);
    if (report.json) compiled.set(msg.name, report.json);
    const preview = report.json ? playPath(report.json, msg.path) : undefined;
    self.postMessage({ id: msg.id, compiled: report, preview, ms: performance.now() - started });
  } else {
    const json = compiled.get(msg.name);
    self.postMessage({ id: msg.id, preview: json ? playPath(json, msg.path) : undefined, ms: performance.now() - started });
  }
};
