import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ARGON2_PARAMS, hashPin, PIN_ITERATIONS, verifyPin } from '../src/domain/auth/pin';
import type { BenchRow } from './bench-row';

/**
 * What a stolen terminal's learner documents cost an attacker: a full search of the 6-digit PIN space
 * against one Argon2id hash, on 2 cores (one worker per core, each hashing guesses in a loop). The same
 * WASM runs in the terminal's browser, so the single-check figure ×4 estimates a classroom terminal at
 * ×4 CPU throttling. Run alone: `npx tsx bench/pin-search-bench.ts`.
 */
const CORES = 2;
const GUESSES_PER_WORKER = 12;
const SPACE_6 = 1_000_000;
const TARGET_HOURS = 24;
const CHECK_BUDGET_MS = 500;
const THROTTLE = 4;

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { argon2id } = require('hash-wasm');
(async () => {
  const salt = new Uint8Array(16);
  const p = workerData.params;
  const hash = (pin) => argon2id({ password: pin, salt, memorySize: p.memoryKiB, iterations: p.iterations, parallelism: p.parallelism, hashLength: 32, outputType: 'binary' });
  await hash('000000');
  const t0 = performance.now();
  for (let i = 0; i < workerData.count; i++) await hash(String(100000 + i));
  parentPort.postMessage(performance.now() - t0);
})();
`;

function runWorkers(count: number): Promise<number[]> {
  return Promise.all(
    Array.from(
      { length: CORES },
      () =>
        new Promise<number>((resolve, reject) => {
          const w = new Worker(WORKER, { eval: true, workerData: { params: ARGON2_PARAMS, count } });
          w.once('message', (ms: number) => {
            resolve(ms);
            void w.terminate();
          });
          w.once('error', reject);
        }),
    ),
  );
}

export async function benchPinSearch(): Promise<BenchRow[]> {
  // One check as the terminal does it (verifyPin), median of a few.
  const stored = await hashPin('482913');
  const checks: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await verifyPin('000000', stored);
    checks.push(performance.now() - t0);
  }
  const checkMs = checks.sort((a, b) => a - b)[2]!;
  const perWorker = await runWorkers(GUESSES_PER_WORKER);
  const guessesPerSecond = (CORES * GUESSES_PER_WORKER) / (Math.max(...perWorker) / 1000);
  const fullHours = SPACE_6 / guessesPerSecond / 3600;
  // The former hash, for comparison: 4-digit PINs under PBKDF2-SHA256 at 120,000 iterations.
  const old = await (await import('../src/domain/auth/pin')).hashPinPbkdf2('4829', PIN_ITERATIONS);
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) await verifyPin(String(1000 + i), old);
  const oldMs = (performance.now() - t0) / 5;
  const load = (await import('node:os')).loadavg()[0]!;
  return [
    {
      id: 'pin-check',
      label: `Vérification d’un PIN, ×${THROTTLE} estimé (Argon2id)`,
      value: Math.round(checkMs * THROTTLE),
      unit: 'ms',
      target: `≤ ${CHECK_BUDGET_MS} ms`,
      met: checkMs * THROTTLE <= CHECK_BUDGET_MS,
      details: {
        unthrottledMs: Math.round(checkMs),
        memoryKiB: ARGON2_PARAMS.memoryKiB,
        iterations: ARGON2_PARAMS.iterations,
        loadAvg: load.toFixed(1),
      },
    },
    {
      id: 'pin-search',
      label: `Recherche complète des PIN à 6 chiffres, ${CORES} cœurs`,
      value: Math.round(fullHours * 10) / 10,
      unit: 'h',
      target: `> ${TARGET_HOURS} h`,
      met: fullHours > TARGET_HOURS,
      details: {
        guessesPerSecond: Math.round(guessesPerSecond * 10) / 10,
        before4DigitPbkdf2Minutes: Math.round(((10_000 * oldMs) / CORES / 60_000) * 10) / 10,
        cpus: cpus().length,
        loadAvg: load.toFixed(1),
      },
    },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await benchPinSearch())
    console.log(`${r.label} : ${r.value} ${r.unit} (cible ${r.target}) ${r.met ? 'atteinte' : 'NON atteinte'}`, r.details);
}
