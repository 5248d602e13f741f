import type { PathCurriculum } from '../src/domain/path/path-curriculum';
import { replayLog, replayPath } from '../src/domain/path/path-replay';
import { realisticLog } from '../tests/factories/event.factory';
import { longLog, pathCurriculum, pathModule } from '../tests/factories/path.factory';
import type { BenchRow } from './bench-row';

const EVENTS = 10_000;
const RUNS = 7;
const TARGET_MS = 50;

/** A curriculum the size of the real programme: 12 modules in a chain of five lessons each, some role-plays. */
function benchCurriculum(): PathCurriculum {
  const modules = Array.from({ length: 12 }, (_, i) =>
    pathModule(`m${i}`, {
      prerequisites: i ? [`m${i - 1}`] : [],
      competencies: [`c-${i % 4}`],
      lessonIds: Array.from({ length: 5 }, (_, l) => `m${i}-l${l}`),
      roleplayIds: i % 3 === 2 ? [`rp-${i}`] : [],
    }),
  );
  return { ...pathCurriculum({ modules }), competencies: [0, 1, 2, 3].map((i) => ({ id: `c-${i}`, threshold: 0.7 })) };
}

function median(work: () => void): { median: number; min: number; max: number } {
  // Warm-up, so the figure is the steady cost of a replay, not the JIT's first pass.
  for (let w = 0; w < 3; w++) work();
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const round = (n: number | undefined) => Math.round((n ?? 0) * 10) / 10;
  return { median: round(times[Math.floor(RUNS / 2)]), min: round(times[0]), max: round(times[RUNS - 1]) };
}

/**
 * Replays 10,000 stored progress events into learner state through the path machine, in Node.
 * The log is a learner's real mix (answers, choices, sessions…), of which about a fifth moves the path.
 * The worst case, where every event moves the path, is given in the details.
 */
export async function benchReplay(): Promise<BenchRow[]> {
  const curriculum = benchCurriculum();
  const log = realisticLog(curriculum, EVENTS);
  const moving = longLog(curriculum, EVENTS);
  const real = median(() => replayLog(curriculum, log).stop());
  const worst = median(() => replayPath(curriculum, moving).stop());
  return [
    {
      id: 'replay-10k-events',
      label: 'Rejouer 10 000 événements dans l’état de l’apprenant (Node)',
      value: real.median,
      unit: 'ms',
      target: `≤ ${TARGET_MS} ms`,
      met: real.median <= TARGET_MS,
      details: { runs: RUNS, events: EVENTS, min: real.min, max: real.max, worstCaseAllPathEventsMs: worst.median },
    },
  ];
}
