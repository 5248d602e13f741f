import { launchBrowser } from '../tests/support/browser';
import type { BenchRow } from './bench-row';
import { median, round, serveDir } from './static-server';

const RUNS = 5;
const ITEMS = 10_000;

type Run = { raw: number; rows: number; full: number };

/** 10,000 quiz items into real IndexedDB in Chromium: the app's import against raw IndexedDB, same page. */
export async function benchImport(pageDir: string): Promise<BenchRow[]> {
  const [browser, server] = await Promise.all([launchBrowser(), serveDir(pageDir)]);
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => document.title === 'ready');
    await page.evaluate((n) => (window as unknown as { runImportBench(n: number): Promise<Run> }).runImportBench(n), 500); // warm-up
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await page.evaluate((n) => (window as unknown as { runImportBench(n: number): Promise<Run> }).runImportBench(n), ITEMS));
    }
    const raw = median(runs.map((r) => r.raw));
    const rows = median(runs.map((r) => r.rows));
    const full = median(runs.map((r) => r.full));
    const ratio = raw / rows;
    return [
      {
        id: 'import-10k',
        label: 'Import de 10 000 questions (IndexedDB, Chromium)',
        value: round(full / 1000, 3),
        unit: 's',
        target: '≤ 1.5 s',
        met: full <= 1500,
        details: { writeMs: round(rows), fullImportMs: round(full), rawIndexedDbMs: round(raw), runs: RUNS },
      },
      {
        id: 'import-10k-vs-raw',
        label: 'Vitesse d’écriture / IndexedDB brut',
        value: round(ratio, 2),
        unit: '×',
        target: '≥ 0.7×',
        met: ratio >= 0.7,
        details: { fullImportRatio: round(raw / full, 2) },
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
