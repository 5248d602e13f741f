import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from '../support/axe';
import { moduleTitles } from '../support/pwa';
import { useAppSuite } from '../support/e2e-suite';
import { openContentScreen } from '../support/staff-e2e';

const app = useAppSuite();

describe('shell screens: accessibility', () => {
  it('has no serious or critical axe violations on the programme, module, lesson, content and not-found screens; each has a heading', async () => {
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/#/programme`);
    await moduleTitles(page);
    const first = app.pack.modules[0]!;
    const screens = [`#/programme`, `#/module/${first.id}`, `#/lesson/${first.lessons[0]!.id}`, `#/content`, `#/nulle-part`];
    for (const hash of screens) {
      // The content screen is behind the staff PIN: checked as staff see it once the PIN is entered.
      if (hash === '#/content') await openContentScreen(page, app.server);
      else await page.goto(`${app.server.url}/${hash}`);
      await page.locator('main h1').first().waitFor();
      const violations = await seriousA11yViolations(page, ['page-has-heading-one']);
      expect(violations.map((v) => `${hash} ${v.id}: ${v.help}`)).toEqual([]);
    }
    await page.context().close();
  });

  it('can be used with the keyboard alone: skip link, then a module, then a lesson', async () => {
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/#/programme`);
    await moduleTitles(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    const first = app.pack.modules.find((m) => m.id === app.pack.programme.moduleOrder[0])!;
    // Tab until the first module link has focus, then open it with Enter.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === `#/module/${first.id}`) break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main h1').textContent()).toBe(first.title);
    await page.context().close();
  });
});
