import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { DEMO_LEARNERS, DEMO_SITE_ID, DEMO_STAFF_PIN } from '../../src/domain/demo/demo-site';
import { seedDemoSite } from '../../sync-server/src/demo-seed';
import { BUILT_APP, startAppServer, type RunningServer } from '../support/app-server';
import { launchBrowser } from '../support/browser';
import { signIn, storedEvents } from '../support/learner-e2e';
import { makePack } from '../factories/pack.factory';
import { waitForServiceWorkerControl } from '../support/pwa';
import { enrolThroughStaffScreen, openContentScreen, openStaffArea } from '../support/staff-e2e';

let browser: Browser;
let server: RunningServer;
const [marius] = DEMO_LEARNERS;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startAppServer()]);
  const { admin } = server.app.relais;
  await seedDemoSite(admin);
  await admin.publishPack(JSON.parse(await readFile(`${BUILT_APP}/content/pack.json`, 'utf8')) as ContentPack);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const serverEvents = async () =>
  (await server.app.relais.backend.service.dbOf({ kind: 'site', siteId: DEMO_SITE_ID }).allDocs()).filter(
    (d) => d.type === 'event',
  ) as unknown as {
    learnerId: string;
    deviceId: string;
    name: string;
  }[];

describe('staff sync on a classroom terminal', () => {
  it('enrols the terminal, sends what a learner did offline, and brings new content down', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/#/`);
    await page.getByTestId('learner-tiles').waitFor({ timeout: 30_000 });
    await waitForServiceWorkerControl(page);

    // A learner works with the network cut.
    await context.setOffline(true);
    await signIn(page, marius!.firstName, marius!.pin);
    await page.getByRole('button', { name: 'Me déconnecter' }).click();
    await page.getByTestId('learner-tiles').waitFor();
    await expect
      .poll(async () => (await storedEvents(page)).filter((e) => e.learnerId === marius!.learnerId).map((e) => e.name))
      .toEqual(['session.started', 'session.ended']);
    await context.setOffline(false);

    // Staff: PIN, enrolment code, sync.
    await page.getByRole('link', { name: 'Espace personnel' }).click();
    await page.getByLabel('Code du personnel').fill('000000');
    await page.getByRole('button', { name: 'Entrer' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('incorrect');
    await page.getByLabel('Code du personnel').fill(DEMO_STAFF_PIN);
    await page.getByRole('button', { name: 'Entrer' }).click();
    const { code } = await server.app.relais.admin.enrol(DEMO_SITE_ID, 'terminal');
    await page.getByLabel('Code d’enrôlement').fill(code);
    await page.getByRole('button', { name: 'Enrôler ce poste' }).click();
    await page.getByTestId('sync-panel').waitFor();
    const deviceId = (await page.getByTestId('device-id').textContent())!.trim();
    expect(await page.getByTestId('pending-count').textContent()).toContain('2 événements');
    expect(await page.getByTestId('last-sync').textContent()).toBe('jamais');

    await page.getByTestId('sync-start').click();
    const summary = page.getByTestId('sync-summary');
    await expect.poll(() => summary.getAttribute('data-ok'), { timeout: 60_000 }).toBe('true');
    expect(await page.getByTestId('sync-sent').textContent()).toBe('2');
    expect(await page.getByTestId('sync-refused').textContent()).toBe('0');
    expect(await page.getByTestId('last-sync').textContent()).not.toBe('jamais');
    expect(await page.getByTestId('pending-count').textContent()).toContain('0 événement');

    const onServer = (await serverEvents()).filter((e) => e.deviceId === deviceId);
    expect(onServer.map((e) => [e.learnerId, e.name]).sort()).toEqual([
      [marius!.learnerId, 'session.ended'],
      [marius!.learnerId, 'session.started'],
    ]);
    expect((await storedEvents(page)).every((e) => e.synced === 1)).toBe(true);

    // New content published on the server reaches the terminal at the next sync.
    const fresh = await makePack({ modules: 2, titlePrefix: 'Module publié' });
    await server.app.relais.admin.publishPack(fresh);
    await page.getByTestId('sync-start').click();
    await expect.poll(() => summary.getAttribute('data-ok'), { timeout: 60_000 }).toBe('true');
    await openContentScreen(page, server);
    await expect.poll(() => page.getByTestId('content-version').textContent(), { timeout: 30_000 }).toBe(fresh.hash.slice(0, 12));
    await context.close();
  });

  it('exports pending events as a signed bundle file that the server imports (sync without a network)', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/#/`);
    await page.getByTestId('learner-tiles').waitFor({ timeout: 30_000 });
    await enrolThroughStaffScreen(page, server, DEMO_SITE_ID);
    const deviceId = (await page.getByTestId('device-id').textContent())!.trim();

    await page.goto(`${server.url}/#/`);
    await signIn(page, marius!.firstName, marius!.pin);
    await page.getByRole('button', { name: 'Me déconnecter' }).click();
    await expect.poll(async () => (await storedEvents(page)).filter((e) => e.synced === 0).length).toBe(2);

    await openStaffArea(page, server);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-bundle').click()]);
    const bundle = JSON.parse(await readFile((await download.path())!, 'utf8')) as unknown;
    const report = await server.app.relais.admin.importBundle(bundle);
    expect(report).toEqual({ accepted: 2, refused: [] });
    expect((await serverEvents()).filter((e) => e.deviceId === deviceId)).toHaveLength(2);

    // Online later: the same events go through sync without conflict, and are marked sent.
    await page.getByTestId('sync-start').click();
    await expect.poll(() => page.getByTestId('sync-summary').getAttribute('data-ok'), { timeout: 60_000 }).toBe('true');
    expect(await page.getByTestId('sync-refused').textContent()).toBe('0');
    expect((await storedEvents(page)).every((e) => e.synced === 1)).toBe(true);
    await context.close();
  });
});
