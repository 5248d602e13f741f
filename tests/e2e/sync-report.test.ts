import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { DEMO_LEARNERS, DEMO_SITE_ID, DEMO_TRAINER, demoTrainerKeys } from '../../src/domain/demo/demo-site';
import type { ProgressEvent } from '../../src/domain/records/progress-event.schema';
import { siteDbName } from '../../src/domain/sync/db-names';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { BUNDLE_FORMAT, BUNDLE_KIND, signBundle } from '../../src/domain/sync/event-bundle';
import { seedDemoSite } from '../../sync-server/src/demo-seed';
import { progressEvent } from '../factories/event.factory';
import { makePack } from '../factories/pack.factory';
import { learnerFactory, signedFactory } from '../factories/record.factory';
import { BUILT_APP, startAppServer, type RunningServer } from '../support/app-server';
import { seriousA11yViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { signIn } from '../support/learner-e2e';
import { enrolThroughStaffScreen, openStaffArea } from '../support/staff-e2e';
import { bilanFactory } from '../support/trainer-factory';

let browser: Browser;
let server: RunningServer;
let pack: ContentPack;
const [marius, josephine] = DEMO_LEARNERS;

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

/** Another terminal of the site, where Joséphine worked: its events reach the server as its signed bundle. */
async function josephineWorkedOnAnotherTerminal(): Promise<EnrolResponse> {
  const { code } = await server.app.relais.admin.enrol(DEMO_SITE_ID, 'terminal');
  const res = await fetch(`${server.url}/sync/_enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceId: 'poste-b' }),
  });
  const other = (await res.json()) as EnrolResponse;
  const first = pack.modules.find((m) => m.id === pack.programme.moduleOrder[0])!;
  const events = [
    progressEvent('session.started', { sessionId: 'sb1' }, 1, josephine!.learnerId, other.deviceId),
    progressEvent('lesson.completed', { moduleId: first.id, lessonId: first.lessons[0]!.id }, 2, josephine!.learnerId, other.deviceId),
  ].map((e, i) => ({ ...e, _rev: `1-${String(i).repeat(32)}` }));
  const bundle = await signBundle(
    {
      kind: BUNDLE_KIND,
      format: BUNDLE_FORMAT,
      siteId: DEMO_SITE_ID,
      deviceId: other.deviceId,
      createdAt: new Date().toISOString(),
      events,
    },
    other.credential,
  );
  expect(await server.app.relais.admin.importBundle(bundle)).toEqual({ accepted: 2, refused: [] });
  return other;
}

/** On that terminal the demo trainer enrolled Lucie and signed her bilan initial, with its plan; its sync pushed them. */
async function trainerEnrolledLucie(device: EnrolResponse): Promise<void> {
  const keys = await demoTrainerKeys();
  const trainer = { keyId: DEMO_TRAINER.keyId, ...keys };
  const lucie = await signedFactory(await learnerFactory(DEMO_SITE_ID, 'demo-lucie', { firstName: 'Lucie' }), undefined, trainer);
  const bilan = await bilanFactory(trainer, {
    siteId: DEMO_SITE_ID,
    learnerId: 'demo-lucie',
    plan: { decisions: 'Vous commencez lundi.' },
  });
  const docs = [lucie, bilan].map((d, i) => ({ ...d, _rev: `1-${String(i + 5).repeat(32)}` }));
  const res = await fetch(`${server.url}/sync/${siteDbName(DEMO_SITE_ID)}/_bulk_docs`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${device.deviceId}:${device.credential}`).toString('base64')}`,
    },
    body: JSON.stringify({ docs, new_edits: false }),
  });
  expect([res.status, await res.json()]).toEqual([201, []]);
}

/** An outbox event of a learner the server does not know (removed from the site, say): the push refuses it. */
async function addEventOfUnknownLearner(page: Page, deviceId: string): Promise<void> {
  const event: ProgressEvent = progressEvent('session.started', { sessionId: 'sx1' }, 1, 'demo-parti', deviceId);
  await page.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onsuccess = () => {
          const tx = open.result.transaction('events', 'readwrite');
          tx.objectStore('events').put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { ...event, synced: 0 },
  );
}

describe('the sync summary says what and whose', () => {
  it('lists the work sent by learner, others’ work with why it came, new content with its modules, and each refusal with what to do', async () => {
    await trainerEnrolledLucie(await josephineWorkedOnAnotherTerminal());
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/#/`);
    await page.getByTestId('learner-tiles').waitFor({ timeout: 30_000 });

    // Marius reads a lesson on this terminal.
    const first = pack.modules.find((m) => m.id === pack.programme.moduleOrder[0])!;
    await signIn(page, marius!.firstName, marius!.pin);
    await page.goto(`${server.url}/#/lesson/${first.lessons[0]!.id}`);
    await page.getByTestId('lesson-done-button').click();
    await page.getByTestId('lesson-done').waitFor();
    await page.goto(`${server.url}/#/`);
    await page.getByRole('button', { name: 'Me déconnecter' }).click();
    await page.getByTestId('learner-tiles').waitFor();

    await enrolThroughStaffScreen(page, server, DEMO_SITE_ID);
    const deviceId = (await page.getByTestId('device-id').textContent())!.trim();
    await addEventOfUnknownLearner(page, deviceId);
    await page.getByTestId('sync-start').click();
    const summary = page.getByTestId('sync-summary');
    await expect.poll(() => summary.getAttribute('data-ok'), { timeout: 60_000 }).toBe('true');
    expect(await page.getByTestId('sync-refused').textContent()).toBe('1');

    const report = page.getByTestId('sync-report').first();
    const sent = report.locator(`[data-testid=report-sent][data-learner-id="${marius!.learnerId}"]`);
    expect(await sent.textContent()).toContain('Marius');
    expect(await sent.textContent()).toContain('1 leçon terminée');
    expect(await sent.textContent()).toContain('1 connexion');

    const others = report.locator(`[data-testid=report-others][data-learner-id="${josephine!.learnerId}"]`);
    expect(await others.textContent()).toContain('1 leçon terminée');
    expect(await others.textContent()).toContain('pour que Joséphine puisse continuer sur ce poste');

    // Lucie is new on this terminal, and her bilan came with her.
    const lucie = report.locator('[data-testid=report-learner][data-learner-id="demo-lucie"]');
    expect(await lucie.getAttribute('data-change')).toBe('new');
    expect(await lucie.textContent()).toContain('Lucie : nouvel apprenant sur ce poste');
    expect(await report.locator('[data-testid=report-trainer-docs][data-learner-id="demo-lucie"]').textContent()).toContain(
      'Lucie : 1 bilan avec son plan',
    );

    const refusal = report.getByTestId('report-refusal');
    expect(await refusal.count()).toBe(1);
    expect(await refusal.getAttribute('data-kind')).toBe('unknown-learner');
    expect(await refusal.textContent()).toContain('Une connexion d’un apprenant inconnu de ce poste (demo-parti)');
    expect(await refusal.textContent()).toContain('ne connaît pas cet apprenant');
    expect(await refusal.textContent()).toContain('apprenant inconnu sur ce site');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // New content published on the server: the next summary names its version and its modules.
    const fresh = await makePack({ modules: 2, titlePrefix: 'Module publié' });
    await server.app.relais.admin.publishPack(fresh);
    await page.getByTestId('sync-start').click();
    await expect.poll(() => page.getByTestId('sync-history-run').count(), { timeout: 60_000 }).toBe(2);
    await expect.poll(() => summary.getAttribute('data-ok')).toBe('true');
    expect(await report.getByTestId('report-content-version').textContent()).toContain(fresh.hash.slice(0, 12));
    const modules = report.getByTestId('report-module');
    expect(await modules.allTextContents()).toEqual([
      expect.stringContaining('Module publié 1 : nouveau module'),
      expect.stringContaining('Module publié 2 : nouveau module'),
    ]);
    expect(await report.getByTestId('report-sent').count()).toBe(0);

    // The history keeps the earlier run's details, for staff to read later, and across a reload.
    await page.reload();
    await openStaffArea(page, server);
    const older = page.getByTestId('sync-history-run').nth(1);
    await older.waitFor();
    expect(await older.getByTestId('sync-history-toggle').textContent()).toContain('1 refusé)');
    await older.getByTestId('sync-history-toggle').click();
    expect(await older.locator(`[data-testid=report-sent][data-learner-id="${marius!.learnerId}"]`).textContent()).toContain(
      '1 leçon terminée',
    );
    expect(await older.getByTestId('report-refusal').getAttribute('data-kind')).toBe('unknown-learner');
    await context.close();
  });
});
