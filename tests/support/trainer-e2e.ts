import type { Page } from 'playwright-core';
import { DEMO_TRAINER } from '../../src/domain/demo/demo-site';
import type { RunningServer } from './app-server';
import { openStaffArea } from './staff-e2e';

/** Signs the demo trainer in on the trainer screen that is open (any `#/formateur…` route). */
export async function signInTrainer(page: Page, passphrase: string = DEMO_TRAINER.passphrase): Promise<void> {
  await page.getByTestId('trainer-signin').waitFor();
  await page.getByLabel('Votre phrase secrète').fill(passphrase);
  await page.getByRole('button', { name: 'Me connecter' }).click();
  await page.getByTestId('trainer-signed-in').waitFor();
}

/** Enrols the terminal through the staff screen with a code of the given role. */
export async function enrolAs(page: Page, server: RunningServer, siteId: string, role: 'terminal' | 'trainer'): Promise<void> {
  await openStaffArea(page, server);
  const { code } = await server.app.relais.admin.enrol(siteId, role);
  await page.getByLabel('Code d’enrôlement').fill(code);
  await page.getByRole('button', { name: 'Enrôler ce poste' }).click();
  await page.getByTestId('sync-panel').waitFor();
}

/** Runs a sync from the open staff area and waits for its summary; returns whether it succeeded. */
export async function syncFromStaff(page: Page): Promise<string | null> {
  await page.getByTestId('sync-start').click();
  const summary = page.getByTestId('sync-summary');
  await summary.waitFor({ timeout: 60_000 });
  return summary.getAttribute('data-ok');
}

/** The trainer's bilan draft for a learner, as stored in the page's IndexedDB. */
export function storedBilanDraft(page: Page, learnerId: string): Promise<{ notes?: string } | undefined> {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('drafts').objectStore('drafts').get(key);
          req.onsuccess = () => resolve(req.result?.value);
          req.onerror = () => reject(req.error);
        };
      }),
    `trainer-bilan:${learnerId}`,
  );
}
