import type { Page } from 'playwright-core';

/** Waits until the service worker controls the page: from then on the app works offline. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

export async function moduleTitles(page: Page): Promise<string[]> {
  await page.locator('[data-testid=module-list] li').first().waitFor({ timeout: 30_000 });
  return page.locator('[data-testid=module-list] .card-title').allTextContents();
}
