import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startAppServer } from '../tests/support/app-server';
import { launchPersistent } from '../tests/support/browser';
import type { BenchRow } from './bench-row';
import { KEEP_FRAMES } from './first-screen-bench';
import { spreadOf } from './spread';
import { median, round, serveDir } from './static-server';

const RUNS = 7;
const GOAL_RATIO = 1.5;
const BLANK_DIR = resolve('.tmp/bench-blank');

/** What a cold start waits for: the app's sign-in tiles, or the blank page's one line. */
interface Target {
  url: string;
  selector: string;
  /** The `elementtiming` identifier of the element whose paint ends the start. */
  identifier: string;
  profile: string;
}

/** Paint time of the element named `identifier` (Element Timing API), from navigation start. */
function paintTimeOf(identifier: string): Promise<number> {
  return new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entries = list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number; loadTime: number })[];
      const entry = entries.find((e) => e.identifier === identifier);
      if (!entry) return;
      observer.disconnect();
      resolve(entry.renderTime || entry.loadTime);
    }).observe({ type: 'element', buffered: true });
  });
}

/** First visit, online: the service worker installs and takes control, the app installs its content. */
async function install(target: Target, settled: (page: Page) => Promise<void>): Promise<void> {
  const context = await launchPersistent(target.profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(target.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await page.locator(target.selector).first().waitFor({ timeout: 60_000 });
    await settled(page);
  } finally {
    await context.close();
  }
}

/** The browser restarted on the installed profile, the network cut, the CPU throttled 4×: navigation to paint. */
async function coldStart(target: Target): Promise<{ paintMs: number; seenMs: number }> {
  const context = await launchPersistent(target.profile);
  try {
    const tab = context.pages()[0] ?? (await context.newPage());
    await context.setOffline(true);
    await context.addInitScript(KEEP_FRAMES);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const response = await tab.goto(target.url);
    if (!response?.fromServiceWorker()) throw new Error(`${target.url} n’a pas été servi par le service worker`);
    await tab.locator(target.selector).first().waitFor({ timeout: 60_000 });
    const seenMs = await tab.evaluate(() => performance.now());
    return { paintMs: await tab.evaluate(paintTimeOf, target.identifier), seenMs };
  } finally {
    await context.close();
  }
}

/**
 * Cold offline start to the sign-in tiles, against its floor: a blank page (one tiny script) precached
 * by a service worker generated the same way, measured in the same run, runs interleaved.
 */
export async function benchColdStart(): Promise<BenchRow[]> {
  const built = spawnSync('npx', ['vite', 'build', '--config', 'bench/vite.blank.config.ts'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('la page vide du banc n’a pas pu être construite');
  const [appProfile, floorProfile] = await Promise.all([
    mkdtemp(join(tmpdir(), 'relais-profile-')),
    mkdtemp(join(tmpdir(), 'relais-floor-')),
  ]);
  const [server, blank] = await Promise.all([startAppServer(), serveDir(BLANK_DIR)]);
  const app: Target = {
    url: `${server.url}/#/`,
    selector: '[data-testid=learner-tiles] li',
    identifier: 'signin-tiles',
    profile: appProfile,
  };
  const floor: Target = { url: `${blank.url}/`, selector: '#app p', identifier: 'floor', profile: floorProfile };
  try {
    await install(app, (page) => page.locator('[data-testid=preparing-content]').waitFor({ state: 'detached', timeout: 120_000 }));
    await install(floor, async () => undefined);
    await server.app.close();
    await blank.close();

    const appRuns: { paintMs: number; seenMs: number }[] = [];
    const floorRuns: { paintMs: number; seenMs: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, the order alternating, so that a slow moment of the machine falls on both.
      for (const target of i % 2 ? [app, floor] : [floor, app]) {
        (target === app ? appRuns : floorRuns).push(await coldStart(target));
      }
    }
    const appMs = spreadOf(appRuns.map((r) => r.paintMs));
    const floorMs = spreadOf(floorRuns.map((r) => r.paintMs));
    const pairRatios = appRuns.map((r, i) => r.paintMs / (floorRuns[i]?.paintMs ?? Number.NaN));
    const ratio = round(median(appRuns.map((r) => r.paintMs)) / median(floorRuns.map((r) => r.paintMs)), 2);
    const pairs = spreadOf(pairRatios, 2);
    const seconds = (s: ReturnType<typeof spreadOf>) => ({
      value: round(s.median / 1000, 3),
      spread: { min: round(s.spread.min / 1000, 3), max: round(s.spread.max / 1000, 3), runs: s.spread.runs },
    });
    return [
      {
        id: 'cold-offline-start',
        label: 'Démarrage à froid hors ligne jusqu’aux tuiles, CPU ×4',
        ...seconds(appMs),
        unit: 's',
        target: 'mesuré',
        met: true,
        details: {
          runsMs: appRuns.map((r) => round(r.paintMs)).join(' '),
          seenByPlaywrightMs: round(median(appRuns.map((r) => r.seenMs))),
        },
      },
      {
        id: 'cold-offline-floor',
        label: 'Plancher : page vide précachée (même SW), CPU ×4',
        ...seconds(floorMs),
        unit: 's',
        target: 'mesuré',
        met: true,
        details: {
          runsMs: floorRuns.map((r) => round(r.paintMs)).join(' '),
          seenByPlaywrightMs: round(median(floorRuns.map((r) => r.seenMs))),
        },
      },
      {
        id: 'cold-offline-ratio',
        label: 'Démarrage à froid / plancher (médianes, même passage)',
        value: ratio,
        unit: '×',
        target: `≤ ${GOAL_RATIO}×`,
        met: ratio <= GOAL_RATIO,
        // The spread is that of the ratios of runs made one after the other.
        spread: pairs.spread,
        details: { pairRatios: pairRatios.map((r) => round(r, 2)).join(' ') },
      },
    ];
  } finally {
    await server.stop();
    await rm(appProfile, { recursive: true, force: true });
    await rm(floorProfile, { recursive: true, force: true });
  }
}
