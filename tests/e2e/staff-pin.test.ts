import { describe, expect, it } from 'vitest';
import { DEMO_STAFF_PIN } from '../../src/domain/demo/demo-site';
import { seriousA11yViolations } from '../support/axe';
import { useAppSuite } from '../support/e2e-suite';
import { openStaffArea } from '../support/staff-e2e';

const app = useAppSuite();

describe('staff PIN', () => {
  it('warns while the demo PIN is in use, and changes it only with the current PIN and a confirmed new one', async () => {
    const page = await (await app.browser.newContext()).newPage();
    const enter = async (pin: string) => {
      await page.getByLabel('Code du personnel').fill(pin);
      await page.getByRole('button', { name: 'Entrer' }).click();
    };
    await openStaffArea(page, app.server);
    await page.getByTestId('demo-pin-warning').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    const form = page.getByTestId('change-pin-form');
    const change = async (current: string, next: string, again: string) => {
      await form.getByLabel('Code actuel').fill(current);
      await form.getByLabel('Nouveau code (4 à 6 chiffres)').fill(next);
      await form.getByLabel('Nouveau code, encore une fois').fill(again);
      await form.getByRole('button', { name: 'Changer le code' }).click();
    };
    await change('0000', '482913', '482913');
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('code actuel est incorrect');
    await change(DEMO_STAFF_PIN, '482913', '482931');
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('pas les mêmes');
    await change(DEMO_STAFF_PIN, '12ab', '12ab');
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('4 à 6 chiffres');
    await change(DEMO_STAFF_PIN, '482913', '482913');
    await expect.poll(() => form.getByRole('status').textContent()).toContain('est changé');
    expect(await page.getByTestId('demo-pin-warning').count()).toBe(0);

    // After a reload, only the new PIN opens the staff area.
    await page.getByRole('button', { name: 'Quitter l’espace personnel' }).click();
    await page.reload();
    await enter(DEMO_STAFF_PIN);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Code incorrect');
    await enter('482913');
    await page.getByTestId('device-id').waitFor();
    expect(await page.getByTestId('demo-pin-warning').count()).toBe(0);
    await page.context().close();
  });
});
