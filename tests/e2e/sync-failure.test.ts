import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS, DEMO_SITE_ID } from '../../src/domain/demo/demo-site';
import { seedDemoSite } from '../../sync-server/src/demo-seed';
import { buildServer } from '../../sync-server/src/app';
import { useAppSuite } from '../support/e2e-suite';
import { signIn, storedEvents } from '../support/learner-e2e';
import { enrolThroughStaffScreen, openStaffArea } from '../support/staff-e2e';

const app = useAppSuite();
const [marius] = DEMO_LEARNERS;

describe('a sync that fails', () => {
  it('says what failed in French, loses nothing, and a retry goes through once the server is back', async () => {
    // The server knows the demo site's learners, as after `npm start`.
    await seedDemoSite(app.server.app.relais.admin);
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/#/`);
    await signIn(page, marius.firstName, marius.pin);
    await page.getByRole('button', { name: 'Me déconnecter' }).click();
    await expect.poll(async () => (await storedEvents(page)).map((e) => e.name)).toContain('session.ended');

    await enrolThroughStaffScreen(page, app.server, DEMO_SITE_ID);
    await expect.poll(() => page.getByTestId('pending-count').textContent()).toContain('2 événements');

    // The server goes away (network cut, machine off): the app itself keeps running from its cache.
    const { port, dataDir, appDir } = app.server;
    await app.server.app.close();
    await page.getByTestId('sync-start').click();
    const summary = page.getByTestId('sync-summary');
    await expect.poll(() => summary.getAttribute('data-ok'), { timeout: 60_000 }).toBe('false');
    expect(await summary.innerText()).toMatch(/ne répond pas|n’a pas pu aller au bout/);
    expect(await page.getByTestId('pending-count').textContent()).toContain('2 événements');
    expect(await page.getByTestId('sync-start').textContent()).toContain('Réessayer');

    // Back on the same data: the retry sends everything.
    const again = await buildServer({ port, host: '127.0.0.1', dataDir, appDir });
    await again.listen({ port, host: '127.0.0.1' });
    app.server = {
      ...app.server,
      app: again,
      stop: async () => {
        await again.close();
        await rm(dirname(dataDir), { recursive: true, force: true });
      },
    };
    await page.getByTestId('sync-start').click();
    await expect.poll(() => summary.getAttribute('data-ok'), { timeout: 60_000 }).toBe('true');
    expect(await page.getByTestId('sync-sent').textContent()).toBe('2');
    expect(await page.getByTestId('pending-count').textContent()).toContain('0 événement');
    expect((await storedEvents(page)).every((e) => e.synced === 1)).toBe(true);
    await page.context().close();
  });

  it('says so when its own code cannot load (the app not all cached yet, the network gone), and goes through after a reload', async () => {
    // No service worker: the sync's code (PouchDB) comes from the network, and the network refuses it.
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const pouch = '**/assets/browser-replica-*.js';
    let refused = 0;
    await page.route(pouch, (route) => {
      refused++;
      return route.abort('connectionrefused');
    });
    await page.goto(`${app.server.url}/#/`);
    await enrolThroughStaffScreen(page, app.server, DEMO_SITE_ID);
    await page.getByTestId('sync-start').click();
    const summary = page.getByTestId('sync-summary');
    await expect.poll(() => summary.getAttribute('data-ok'), { timeout: 30_000 }).toBe('false');
    // Loaded once the enrolment went through (and kept as failed by the browser for this page).
    expect(refused).toBeGreaterThanOrEqual(1);
    // Said as it is: a retry alone would fail the same way (the browser keeps the failed module), a reload does not.
    expect(await summary.innerText()).toContain('rechargez la page');
    expect(await page.getByTestId('sync-start').textContent()).toContain('Réessayer');
    expect(await page.locator('.banner-error').count()).toBe(0);

    await page.unroute(pouch);
    await page.reload();
    await openStaffArea(page, app.server);
    await page.getByTestId('sync-start').click();
    await expect.poll(() => summary.getAttribute('data-ok'), { timeout: 30_000 }).toBe('true');
    await context.close();
  });
});
