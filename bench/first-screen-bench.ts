import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startAppServer } from '../tests/support/app-server';
import { launchBrowser } from '../tests/support/browser';
import type { BenchRow } from './bench-row';
import { round } from './static-server';

const gzKb = (buf: Buffer) => gzipSync(new Uint8Array(buf), { level: 9 }).length / 1024;

/** Loads the app's first screen in Chromium and sums the gzip size of every script it fetched. */
export async function benchFirstScreen(appDir: string): Promise<BenchRow[]> {
  const [browser, server] = await Promise.all([launchBrowser(), startAppServer()]);
  try {
    const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    const scripts = new Set<string>();
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.pathname.endsWith('.js') && !url.pathname.endsWith('sw.js') && !url.pathname.includes('workbox-')) scripts.add(url.pathname);
    });
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    let js = 0;
    for (const path of scripts) js += gzKb(await readFile(join(appDir, path)));

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
        label: 'JS du premier écran, poste neuf (gzip)',
        value: round(js),
        unit: 'kB',
        target: '≤ 75 kB',
        met: js <= 75,
        details: { scripts: [...scripts].join(' ') },
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
