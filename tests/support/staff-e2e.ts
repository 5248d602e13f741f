import type { Page } from 'playwright-core';
import { DEMO_STAFF_PIN } from '../../src/domain/demo/demo-site';
import type { RunningServer } from './app-server';

/** Opens the staff area with the PIN, as staff would. */
export async function openStaffArea(page: Page, server: RunningServer, pin = DEMO_STAFF_PIN): Promise<void> {
  await page.goto(`${server.url}/#/staff`);
  await page.getByLabel('Code du personnel').fill(pin);
  await page.getByRole('button', { name: 'Entrer' }).click();
}

/** Enrols the terminal on a site through the staff screen, with a code the server's admin makes. */
export async function enrolThroughStaffScreen(page: Page, server: RunningServer, siteId: string): Promise<void> {
  await openStaffArea(page, server);
  const { code } = await server.app.relais.admin.enrol(siteId, 'terminal');
  await page.getByLabel('Code d’enrôlement').fill(code);
  await page.getByRole('button', { name: 'Enrôler ce poste' }).click();
  await page.getByTestId('sync-panel').waitFor();
}

/** Opens the content install screen, entering the staff PIN when the staff area is closed. */
export async function openContentScreen(page: Page, server: RunningServer, pin = DEMO_STAFF_PIN): Promise<void> {
  await page.goto(`${server.url}/#/content`);
  const form = page.getByTestId('staff-pin-form');
  const file = page.getByTestId('content-file');
  await form.or(file).first().waitFor({ state: 'attached' });
  if (await form.isVisible()) {
    await page.getByLabel('Code du personnel').fill(pin);
    await page.getByRole('button', { name: 'Entrer' }).click();
  }
  await file.waitFor({ state: 'attached' });
}
