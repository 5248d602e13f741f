/// <reference lib="webworker" />
import { checkCompiledInk } from '../../../domain/authoring/ink-checks';
import type { InkMessage } from '../../../domain/authoring/ink-compile';

/**
 * Our checks of a compiled script (dead ends, unreachable knots, score ranges), in their own worker so
 * that they never delay the next compile. Live requests are coalesced per script: one that a newer text
 * replaces before it starts is answered `stale` and never run.
 */
interface Request {
  id: number;
  name: string;
  source: string;
  json: string;
  warnings: InkMessage[];
  /** False for a publish: that request is always run. */
  live: boolean;
}

const waiting = new Map<string, Request>();
let scheduled = false;

function run(msg: Request): void {
  const started = performance.now();
  const checks = checkCompiledInk(msg.source, msg.json, msg.warnings);
  self.postMessage({ id: msg.id, checks, ms: performance.now() - started });
}

// Messages that arrived while a check ran are all delivered before this timer: only the newest runs.
function drain(): void {
  scheduled = false;
  for (const [name, msg] of waiting) {
    waiting.delete(name);
    run(msg);
  }
}

self.onmessage = (e: MessageEvent<Request>) => {
  const msg = e.data;
  if (!msg.live) return run(msg);
  const older = waiting.get(msg.name);
  if (older) self.postMessage({ id: older.id, stale: true });
  waiting.set(msg.name, msg);
  if (!scheduled) {
    scheduled = true;
    setTimeout(drain, 0);
  }
};
