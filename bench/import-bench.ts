import { launchBrowser } from '../tests/support/browser';
import type { BenchRow } from './bench-row';
import { round, serveDir } from './static-server';
import { shown, spread } from './spread';

const RUNS = 9;
const ITEMS = 10_000;
const TARGET_RATIO = 0.9;

type Part = 'raw' | 'rows' | 'full';
type Run = Record<Part, number>;
type BenchWindow = { runImportBench(n: number, order: readonly Part[]): Promise<Run> };

/** The three in turns, each first in some runs, so that a busy machine weighs on all of them alike. */
const ORDERS: readonly Part[][] = [
  ['raw', 'rows', 'full'],
  ['full', 'raw', 'rows'],
  ['rows', 'full', 'raw'],
];

/**
 * 10,000 quiz items into real IndexedDB in Chromium: the app's import against raw IndexedDB writes of the
 * same rows (one store keyed like the app's, one transaction, no library), same page, same runs. Ratios
 * are taken run by run (raw time / app time, higher is better).
 */
export async function benchImport(pageDir: string): Promise<BenchRow[]> {
  const [browser, server] = await Promise.all([launchBrowser(), serveDir(pageDir)]);
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => document.title === 'ready');
    const run = (n: number, order: readonly Part[]) =>
      page.evaluate(([n, order]) => (window as unknown as BenchWindow).runImportBench(n, order), [n, order] as const);
    await run(500, ORDERS[0] ?? []); // warm-up
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run(ITEMS, ORDERS[i % ORDERS.length] ?? []));
    const of = (figure: (r: Run) => number, digits = 0) => spread(runs.map(figure), digits);
    const [raw, rows, full] = [of((r) => r.raw), of((r) => r.rows), of((r) => r.full)];
    const fullRatio = of((r) => r.raw / r.full, 2);
    const writeRatio = of((r) => r.raw / r.rows, 2);
    return [
      {
        id: 'import-10k',
        label: 'Import de 10 000 questions (IndexedDB, Chromium)',
        value: round(full.median / 1000, 3),
        unit: 's',
        target: '≤ 1.5 s',
        met: full.median <= 1500,
        details: { fullImportMs: shown(full), writeMs: shown(rows), rawIndexedDbMs: shown(raw), runs: RUNS },
      },
      {
        id: 'import-10k-vs-raw',
        label: 'Import entier (validation, empreinte) / IndexedDB brut',
        value: fullRatio.median,
        unit: '×',
        target: `≥ ${TARGET_RATIO}×`,
        met: fullRatio.median >= TARGET_RATIO,
        // The ratio of the medians too: on a busy machine the run-by-run ratios spread wide.
        details: {
          fullImportRatio: shown(fullRatio),
          writeRatio: shown(writeRatio),
          fullImportRatioOfMedians: round(raw.median / full.median, 2),
          runs: RUNS,
        },
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
