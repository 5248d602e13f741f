import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { DEMO_SITE_ID } from '../../src/domain/demo/demo-site';
import { CONTENT_DB } from '../../src/domain/sync/db-names';
import { seedDemoSite } from '../../sync-server/src/demo-seed';
import type { StoredDoc } from '../../sync-server/src/store/sync-store';
import { makePack } from '../factories/pack.factory';
import { BUILT_APP, startAppServer, type RunningServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';
import { enrolThroughStaffScreen, openContentScreen } from '../support/staff-e2e';

let browser: Browser;
let server: RunningServer;
let pack: ContentPack;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startAppServer()]);
  await seedDemoSite(server.app.relais.admin);
  pack = JSON.parse(await readFile(`${BUILT_APP}/content/pack.json`, 'utf8')) as ContentPack;
  await server.app.relais.admin.publishPack(pack);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('national content on a real terminal', () => {
  it('[W25] a forged national module in the store is not installed: staff read why in French, and the terminal keeps its content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/#/`);
    await page.getByTestId('learner-tiles').waitFor({ timeout: 30_000 });
    await enrolThroughStaffScreen(page, server, DEMO_SITE_ID);
    await page.getByTestId('sync-start').click();
    const summary = page.getByTestId('sync-summary');
    await expect.poll(() => summary.getAttribute('data-ok'), { timeout: 60_000 }).toBe('true');

    // The operator publishes new content; then a module is changed in the store, around the gateway.
    const fresh = await makePack({ modules: 2, titlePrefix: 'Module publié' });
    await server.app.relais.admin.publishPack(fresh);
    const content = server.app.relais.backend.store.db(CONTENT_DB);
    const stored = (await content.get(`module:${fresh.modules[0]!.id}`)) as StoredDoc & { module: { title: string } };
    await content.put({ ...stored, module: { ...stored.module, title: 'Module pirate' } });

    await page.getByTestId('sync-start').click();
    await expect.poll(() => page.getByTestId('sync-history-run').count(), { timeout: 60_000 }).toBe(2);
    await expect.poll(() => summary.getAttribute('data-ok')).toBe('true');
    const report = page.getByTestId('sync-report').first();
    const refusal = report.getByTestId('report-refusal');
    expect(await refusal.count()).toBe(1);
    expect(await refusal.getAttribute('data-kind')).toBe('national-content');
    expect(await refusal.textContent()).toContain('Une partie du contenu de formation : Le nouveau contenu n’a pas la bonne signature');
    expect(await refusal.textContent()).toContain('ce poste garde son contenu actuel');
    expect(await refusal.textContent()).toContain('signature de l’exploitant invalide');
    expect(await report.getByTestId('report-content-version').count()).toBe(0);

    await openContentScreen(page, server);
    expect(await page.locator('[data-testid=content-version]').innerText()).toBe(pack.hash.slice(0, 12));
    await context.close();
  });
});
