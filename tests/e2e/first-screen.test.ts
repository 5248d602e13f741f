import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { useAppSuite } from '../support/e2e-suite';
import { signIn, storedEvents } from '../support/learner-e2e';

const app = useAppSuite();
const TILES_KEY = 'relais.signin-tiles.v1';
const marius = DEMO_LEARNERS[0];

describe('the first screen of a terminal', () => {
  it('shows the tiles before the content is installed, lets a quick learner in to a calm « Préparation du contenu… », then his home', async () => {
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // The shipped pack is held until the test lets it through: the learner is faster than the install.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/content/pack.json', async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${app.server.url}/#/`);
    await page.getByTestId('learner-tiles').getByRole('button', { name: marius.firstName, exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('preparing-content').textContent()).toContain('Préparation du contenu…');

    await signIn(page, marius.firstName, marius.pin);
    await expect.poll(() => page.getByTestId('preparing-content').isVisible()).toBe(true);
    expect(await page.getByTestId('next-step').count()).toBe(0);

    release();
    await page.getByTestId('next-step').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('preparing-content').count()).toBe(0);
    await context.close();
  });

  it('keeps a copy of the tiles only while nobody is signed in, with nothing but what a tile shows', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.server.url}/#/`);
    await page.getByTestId('learner-tiles').getByRole('button', { name: marius.firstName, exact: true }).waitFor();
    const copy = () => page.evaluate((key) => localStorage.getItem(key), TILES_KEY);
    await expect.poll(copy).not.toBeNull();
    const tiles = JSON.parse((await copy()) ?? '[]') as Record<string, unknown>[];
    expect(tiles.map((t) => t.firstName).sort()).toEqual(DEMO_LEARNERS.map((l) => l.firstName).sort());
    for (const t of tiles) expect(Object.keys(t).sort()).toEqual(['avatar', 'firstName', 'learnerId']);

    await signIn(page, marius.firstName, marius.pin);
    expect(await copy()).toBeNull();
    // A reload in the middle of the session resumes it: the tiles do not come back.
    await page.reload();
    await page.getByTestId('signed-in').waitFor();
    expect(await page.getByTestId('learner-tiles').count()).toBe(0);

    await page.getByRole('button', { name: 'Me déconnecter' }).click();
    await page.getByTestId('learner-tiles').waitFor();
    await expect.poll(copy).not.toBeNull();
    // A tile in the copy that IndexedDB no longer has (archived since) is gone once IndexedDB is read.
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      TILES_KEY,
      JSON.stringify([...tiles, { learnerId: 'gone', firstName: 'Parti', avatar: 'lune' }]),
    ] as const);
    await page.reload();
    await page.getByTestId('learner-tiles').getByRole('button', { name: marius.firstName, exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('learner-tiles').textContent()).not.toContain('Parti');
    await context.close();
  });

  it('does not resume a session signed out just before a reload, and writes its end once', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.server.url}/#/`);
    await signIn(page, marius.firstName, marius.pin);
    await page.getByTestId('signed-in').waitFor();
    // The sign-out shows the tiles and writes their copy at once; the reload comes before the session's
    // end is in IndexedDB (the saved session is still there, as a quick reload or a power cut leaves it).
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      TILES_KEY,
      JSON.stringify([{ learnerId: marius.learnerId, firstName: marius.firstName, avatar: marius.avatar }]),
    ] as const);
    await page.reload();
    await page.getByTestId('learner-tiles').getByRole('button', { name: marius.firstName, exact: true }).waitFor();
    expect(await page.getByTestId('signed-in').count()).toBe(0);
    const ended = async () => (await storedEvents(page)).filter((e) => e.learnerId === marius.learnerId && e.name === 'session.ended');
    await expect.poll(async () => (await ended()).map((e) => e.data.reason)).toEqual(['signout']);

    // Signed in again and out properly: one more end, for that session only.
    await signIn(page, marius.firstName, marius.pin);
    await page.getByTestId('signed-in').waitFor();
    await page.getByRole('button', { name: 'Me déconnecter' }).click();
    await expect.poll(async () => (await ended()).length).toBe(2);
    await page.reload();
    await page.getByTestId('learner-tiles').waitFor();
    expect(await page.getByTestId('signed-in').count()).toBe(0);
    expect((await ended()).length).toBe(2);
    await context.close();
  });
});
