import type { PathContext } from '../src/domain/path/path-context';
import { initialContext } from '../src/domain/path/path-context';
import type { PathCurriculum } from '../src/domain/path/path-curriculum';
import { toPathEvent, type PathEvent } from '../src/domain/path/path-events';
import { pathUpdate, settleStage, type PathStage } from '../src/domain/path/path-reducer';
import { replayLog, replayPath } from '../src/domain/path/path-replay';
import type { ProgressEvent } from '../src/domain/records/progress-event.schema';
import { realisticLog } from '../tests/factories/event.factory';
import { longLog, programmeSizedCurriculum } from '../tests/factories/path.factory';
import type { BenchRow } from './bench-row';
import { type Spread, shown, spread } from './spread';

const EVENTS = 10_000;
const RUNS = 15;
const WARM_UP = 5;
const TARGET_MS = 50;
const TARGET_RATIO = 1.5;

/**
 * The floor: the same per-event work with no XState at all. Each event becomes a path event and goes
 * through the path's own projections, merged into a fresh context the plain immutable way; the stage is
 * read from the context at the end.
 */
function plainFold(curriculum: PathCurriculum, events: Iterable<PathEvent | undefined>): { ctx: PathContext; stage: PathStage } {
  let ctx = initialContext(curriculum);
  for (const e of events) {
    const update = e && pathUpdate(ctx, e);
    if (update) ctx = { ...ctx, ...update };
  }
  return { ctx, stage: settleStage(ctx, 'placement') };
}

function* pathEventsOf(log: readonly ProgressEvent[]): Iterable<PathEvent | undefined> {
  for (const e of log) yield toPathEvent(e);
}

/** Times the replay and the plain fold in turns, so that a busy machine slows both alike. */
function paired(replay: () => void, fold: () => void): { replay: Spread; fold: Spread; ratio: Spread } {
  const time = (work: () => void) => {
    const t0 = performance.now();
    work();
    return performance.now() - t0;
  };
  // Warm-up, so the figures are the steady cost of a replay, not the JIT's first pass.
  for (let w = 0; w < WARM_UP; w++) time(replay) + time(fold);
  const r: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const first = i % 2 === 0;
    const a = first ? time(replay) : time(fold);
    const b = first ? time(fold) : time(replay);
    r.push(first ? a : b);
    f.push(first ? b : a);
  }
  return {
    replay: spread(r, 1),
    fold: spread(f, 1),
    ratio: spread(
      r.map((x, i) => x / (f[i] ?? x)),
      2,
    ),
  };
}

/**
 * Replays 10,000 stored progress events into learner state through the path machine, in Node, against a
 * plain fold doing the same work. The log is a learner's real mix (answers, choices, sessions…), of which
 * about a fifth moves the path; in the worst case every event moves the path.
 */
export async function benchReplay(): Promise<BenchRow[]> {
  const curriculum = programmeSizedCurriculum();
  const log = realisticLog(curriculum, EVENTS);
  const moving = longLog(curriculum, EVENTS);
  const real = paired(
    () => replayLog(curriculum, log).stop(),
    () => plainFold(curriculum, pathEventsOf(log)),
  );
  const worst = paired(
    () => replayPath(curriculum, moving).stop(),
    () => plainFold(curriculum, moving),
  );
  const ratio = Math.max(real.ratio.median, worst.ratio.median);
  return [
    {
      id: 'replay-10k-events',
      label: 'Rejouer 10 000 événements dans l’état de l’apprenant (Node)',
      value: real.replay.median,
      unit: 'ms',
      target: `≤ ${TARGET_MS} ms`,
      met: real.replay.median <= TARGET_MS,
      details: {
        runs: RUNS,
        events: EVENTS,
        min: real.replay.min,
        max: real.replay.max,
        worstCaseAllPathEventsMs: shown(worst.replay),
      },
    },
    {
      id: 'replay-10k-vs-fold',
      label: 'Rejeu par la machine / pli simple sans XState (pire des deux)',
      value: ratio,
      unit: '×',
      target: `≤ ${TARGET_RATIO}×`,
      met: ratio <= TARGET_RATIO,
      details: {
        runs: RUNS,
        realisticRatio: shown(real.ratio),
        realisticReplayMs: shown(real.replay),
        realisticFoldMs: shown(real.fold),
        worstCaseRatio: shown(worst.ratio),
        worstCaseReplayMs: shown(worst.replay),
        worstCaseFoldMs: shown(worst.fold),
      },
    },
  ];
}
