import { createHash } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePack } from '../factories/pack.factory';
import { moduleTitles, waitForServiceWorkerControl } from '../support/pwa';
import { useAppSuite } from '../support/e2e-suite';
import { openContentScreen } from '../support/staff-e2e';

const app = useAppSuite({ copyApp: true });
let files: string;

beforeAll(async () => {
  files = await mkdtemp(join(tmpdir(), 'relais-packs-'));
});

const AUDIO_FILES = 6000;

/** Replaces the copied app's audio by `count` small files and their manifest. */
async function writeManyAudioFiles(count: number): Promise<void> {
  const dir = join(app.server.appDir, 'audio');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir);
  const entries: Record<string, { file: string; seconds: number; bytes: number }> = {};
  const body = new Uint8Array(2048).fill(1);
  for (let i = 0; i < count; i++) {
    const hash = createHash('sha256').update(`line ${i}`).digest('hex');
    const file = `${hash.slice(0, 32)}.mp3`;
    entries[hash.slice(32, 48)] = { file, seconds: 1, bytes: body.length };
    await writeFile(join(dir, file), body);
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ kind: 'relais.audio', format: 1, engine: 'test', entries }));
}

const cachedAudioFiles = (page: Page) =>
  page.evaluate(async () => (await (await caches.open('relais-audio')).keys()).filter((r) => r.url.endsWith('.mp3')).length);

/** The pack the app was built with, installed on first load. */
const shippedTitles = () => app.pack.programme.moduleOrder.map((id) => app.pack.modules.find((m) => m.id === id)?.title);

async function openWithContent(): Promise<Page> {
  const page = await (await app.browser.newContext()).newPage();
  await page.goto(`${app.server.url}/#/programme`);
  expect(await moduleTitles(page)).toEqual(shippedTitles());
  return page;
}

async function installFile(page: Page, name: string, body: string): Promise<void> {
  const path = join(files, name);
  await writeFile(path, body);
  await openContentScreen(page, app.server);
  await page.locator('[data-testid=content-file]').setInputFiles(path);
}

describe('safe content update', () => {
  it('is behind the staff PIN, and not in the learners’ navigation', async () => {
    const page = await openWithContent();
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    expect(await nav.getByRole('link', { name: 'Contenu', exact: true }).count()).toBe(0);
    await page.goto(`${app.server.url}/#/content`);
    await page.getByTestId('staff-pin-form').waitFor();
    expect(await page.getByTestId('content-file').count()).toBe(0);
    await page.getByLabel('Code du personnel').fill('000000');
    await page.getByRole('button', { name: 'Entrer' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Code incorrect');
    expect(await page.getByTestId('content-file').count()).toBe(0);

    // The staff area leads to it, and stays open between its screens.
    await openContentScreen(page, app.server);
    await page.getByRole('link', { name: '← Retour à l’espace personnel' }).click();
    await page.getByTestId('device-id').waitFor();
    await page.getByTestId('staff-content-link').click();
    await page.getByTestId('content-file').waitFor({ state: 'attached' });
    expect(await page.getByTestId('staff-pin-form').count()).toBe(0);

    // Leaving the staff screens closes it: the next person may be a learner.
    await page.goto(`${app.server.url}/#/programme`);
    await moduleTitles(page);
    await page.goto(`${app.server.url}/#/content`);
    await page.getByTestId('staff-pin-form').waitFor();
    expect(await page.getByTestId('content-file').count()).toBe(0);
    await page.context().close();
  });

  it('refuses a tampered pack, says why in French, and keeps the previous content', async () => {
    const page = await openWithContent();
    const tampered = structuredClone(app.pack);
    tampered.modules[0]!.title = 'Titre modifié en route';
    await installFile(page, 'tampered.json', JSON.stringify(tampered));
    await expect
      .poll(() => page.locator('[data-testid=content-error]').innerText())
      .toMatch(/modifié ou abîmé.*précédent reste disponible/s);
    await page.goto(`${app.server.url}/#/programme`);
    expect(await moduleTitles(page)).toEqual(shippedTitles());
    expect(await page.locator('[data-testid=content-version]').count()).toBe(0);
    await openContentScreen(page, app.server);
    expect(await page.locator('[data-testid=content-version]').innerText()).toBe(app.pack.hash.slice(0, 12));
    await page.context().close();
  });

  it('refuses a pack from a newer Relais and a file that is not JSON', async () => {
    const page = await openWithContent();
    await installFile(page, 'newer.json', JSON.stringify({ ...app.pack, format: 7 }));
    await expect.poll(() => page.locator('[data-testid=content-error]').innerText()).toMatch(/version plus récente de Relais/);
    await page.getByRole('button', { name: 'OK' }).click();
    await installFile(page, 'broken.json', '{"kind": "relais.content-pack", "format": 1, "ha');
    await expect.poll(() => page.locator('.banner-error').innerText()).toMatch(/ne peut pas être lu/);
    await page.goto(`${app.server.url}/#/programme`);
    expect(await moduleTitles(page)).toEqual(shippedTitles());
    await page.context().close();
  });

  it('keeps the previous content when a large import is interrupted by a reload, then installs it on retry', async () => {
    const page = await openWithContent();
    const big = await makePack({ modules: 4, items: 40_000, titlePrefix: 'Nouveau module' });
    await installFile(page, 'big.json', JSON.stringify(big));
    // Reload once some rows are staged, so the import is really cut in the middle.
    await page.waitForFunction(() => {
      const bar = document.querySelector('progress');
      return bar !== null && bar.value > 0 && bar.value < bar.max;
    });
    await page.reload();
    await page.goto(`${app.server.url}/#/programme`);
    expect(await moduleTitles(page)).toEqual(shippedTitles());

    await installFile(page, 'big.json', JSON.stringify(big));
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'nouveau contenu est installé' }).count(), { timeout: 60_000 })
      .toBe(1);
    await page.goto(`${app.server.url}/#/programme`);
    expect(await moduleTitles(page)).toEqual(['Nouveau module 1', 'Nouveau module 2', 'Nouveau module 3', 'Nouveau module 4']);
    // Staging rows of the interrupted attempt were cleaned up: only the new pack's rows remain.
    const counts = await page.evaluate(async () => {
      const open = indexedDB.open('relais');
      const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
      const count = (store: string) =>
        new Promise<number>((ok) => {
          const req = db.transaction(store).objectStore(store).count();
          req.onsuccess = () => ok(req.result);
        });
      return { items: await count('quizItems'), packs: await count('packs') };
    });
    expect(counts).toEqual({ items: 40_000, packs: 1 });
    await page.context().close();
  });

  it('offers a new version and reloads only when the user accepts, even while the audio is being copied', async () => {
    // Many audio files, so that the background copy is still fetching through the old service worker when
    // the user accepts: a new worker takes over only once the old one has no fetch in flight.
    await writeManyAudioFiles(AUDIO_FILES);
    const page = await openWithContent();
    await waitForServiceWorkerControl(page);
    await appendFile(join(app.server.appDir, 'sw.js'), '\n// nouvelle version\n');
    await page.reload();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    const banner = page.locator('[data-testid=update-banner]');
    await banner.waitFor({ timeout: 30_000 });
    const offered = await cachedAudioFiles(page);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    // The copy went on once the new version was installed, and is not done when the user accepts.
    const copied = await cachedAudioFiles(page);
    expect(copied).toBeGreaterThan(offered);
    expect(copied).toBeLessThan(AUDIO_FILES);

    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: 'Mettre à jour maintenant' }).click();
    await reloaded;
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    await expect.poll(() => banner.count()).toBe(0);
    expect(await moduleTitles(page)).toEqual(shippedTitles());
    await page.context().close();
  });
});
