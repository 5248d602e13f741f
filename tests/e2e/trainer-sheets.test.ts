import { describe, expect, it } from 'vitest';
import { criteriaInScript, sheetHours } from '../../src/domain/content/teaching-sheet.schema';
import { seriousA11yViolations } from '../support/axe';
import { useAppSuite } from '../support/e2e-suite';
import { signInTrainer } from '../support/trainer-e2e';

const app = useAppSuite();

describe('trainer sheets', () => {
  it('lists every module, opens a sheet with its plan, role-play cards, observer grids and answer key, and prints without the app’s chrome', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.server.url}/#/formateur`);
    await signInTrainer(page);
    await page.getByRole('link', { name: 'Fiches formateur' }).click();
    const list = page.getByTestId('trainer-sheets');
    await expect.poll(() => list.locator('li').count()).toBe(app.pack.modules.length);

    const module = app.pack.modules.find((m) => m.trainerSheet && m.roleplays.length >= 2)!;
    await list.getByRole('link', { name: module.title }).click();
    const sheet = page.getByTestId('trainer-sheet');
    await sheet.waitFor();
    expect(await sheet.getByTestId('sheet-plan').locator(':scope > li').count()).toBe(module.trainerSheet!.sequences.length);
    expect(await sheet.textContent()).toContain(`Total : ${sheetHours(module.trainerSheet!)} h`);
    const cards = sheet.getByTestId('roleplay-card');
    expect(await cards.count()).toBe(module.roleplays.length);
    for (const rp of module.roleplays) {
      const card = sheet.locator(`[data-roleplay-id="${rp.id}"]`);
      expect(await card.textContent()).toContain(rp.caller.name);
      expect(await card.getByTestId('observer-grid').locator('tbody tr').count()).toBe(criteriaInScript(rp.ink).length);
      const brief = module.trainerSheet!.callerBriefs.find((b) => b.roleplay === rp.id);
      if (brief) expect(await card.textContent()).toContain(brief.brief);
    }
    expect(await sheet.getByTestId('answer-key').locator(':scope > li').count()).toBe(module.quiz!.itemIds.length);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Printed: the navigation and the buttons are not on paper, the sheet is.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimer la fiche' }).isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await context.close();
  });
});
