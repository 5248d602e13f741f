import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { startAppServer } from '../tests/support/app-server';
import { launchBrowser } from '../tests/support/browser';
import type { BenchRow } from './bench-row';
import { spreadOf } from './spread';
import { round } from './static-server';

const RUNS = 5;
const LIMIT_KB = 50;
const TILES = '[data-testid=learner-tiles] li';

const gzKb = (buf: Buffer) => gzipSync(new Uint8Array(buf), { level: 9 }).length / 1024;

type Load = { firstScreen: string[]; later: string[] };

/**
 * Headless Chromium reports a frame's paint time only when a later frame is made: an idle page would
 * report its tiles late, at the first change after them. A frame on every vsync keeps paint times true.
 */
export const KEEP_FRAMES =
  'function relaisFrame(t) { if (t < 20000) requestAnimationFrame(relaisFrame); } requestAnimationFrame(relaisFrame);';

/** Paint time of the first sign-in tile's name (Element Timing API), from navigation start. */
export function tilesPaintTime(): Promise<number> {
  return new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entries = list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number; loadTime: number })[];
      const entry = entries.find((e) => e.identifier === 'signin-tiles');
      if (!entry) return;
      observer.disconnect();
      resolve(entry.renderTime || entry.loadTime);
    }).observe({ type: 'element', buffered: true });
  });
}

/**
 * One visit of a new terminal (no service worker, empty IndexedDB): the scripts requested before the
 * sign-in tiles were painted are the first screen's; the ones after (the pack installer, Dexie…) are not.
 */
async function visit(page: Page, url: string): Promise<Load> {
  await page.goto(url);
  await page.locator(TILES).first().waitFor({ timeout: 60_000 });
  const paintedAt = await page.evaluate(tilesPaintTime);
  // The content install that follows the first screen: every script it needs has been fetched by then.
  await page.locator('[data-testid=preparing-content]').waitFor({ state: 'detached', timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }))
      .filter((e) => e.path.endsWith('.js') && !e.path.endsWith('sw.js') && !e.path.includes('workbox-')),
  );
  return {
    firstScreen: scripts.filter((s) => s.start < paintedAt).map((s) => s.path),
    later: scripts.filter((s) => s.start >= paintedAt).map((s) => s.path),
  };
}

/** Loads the app's first screen in Chromium as a new terminal and sums the gzip size of the scripts it needed. */
export async function benchFirstScreen(appDir: string): Promise<BenchRow[]> {
  const [browser, server] = await Promise.all([launchBrowser(), startAppServer()]);
  try {
    const size = new Map<string, number>();
    const kbOf = async (paths: string[]) => {
      let kb = 0;
      for (const p of paths) {
        if (!size.has(p)) size.set(p, gzKb(await readFile(join(appDir, p))));
        kb += size.get(p) ?? 0;
      }
      return kb;
    };
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await context.addInitScript(KEEP_FRAMES);
      loads.push(await visit(await context.newPage(), `${server.url}/`));
      await context.close();
    }
    const firstKb: number[] = [];
    const laterKb: number[] = [];
    for (const l of loads) {
      firstKb.push(await kbOf(l.firstScreen));
      laterKb.push(await kbOf(l.later));
    }
    const first = spreadOf(firstKb);
    // The scripts listed are those of the median run.
    const middle = firstKb.map((kb, i) => ({ kb, i })).sort((a, b) => a.kb - b.kb)[Math.floor(RUNS / 2)]?.i ?? 0;
    const typical = loads[middle];
    const listed = async (paths: string[]) =>
      (await Promise.all(paths.map(async (p) => `${p.replace('/assets/', '')} ${round(await kbOf([p]))}`))).join(', ');

    const sw = await readFile(join(appDir, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
    let raw = 0;
    let gz = 0;
    for (const u of urls) {
      const buf = await readFile(join(appDir, u));
      raw += buf.length / 1024;
      gz += gzKb(buf);
    }
    return [
      {
        id: 'first-screen-js',
        label: 'JS du premier écran, poste neuf (gzip, avant les tuiles)',
        value: first.median,
        unit: 'kB',
        target: `≤ ${LIMIT_KB} kB`,
        met: first.median <= LIMIT_KB && first.spread.max <= LIMIT_KB,
        spread: first.spread,
        details: {
          firstScreenScripts: await listed(typical?.firstScreen ?? []),
          afterTilesKb: spreadOf(laterKb).median,
          afterTilesScripts: await listed(typical?.later ?? []),
        },
      },
      {
        id: 'precache',
        label: 'Précache complet (gzip / brut)',
        value: round(gz),
        unit: 'kB',
        target: 'information',
        met: true,
        details: { rawKb: round(raw), entries: urls.length },
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}
