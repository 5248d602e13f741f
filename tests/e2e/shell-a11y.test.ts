import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { BUILT_APP, startAppServer, type RunningServer } from '../support/app-server';
import { seriousA11yViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { moduleTitles } from '../support/pwa';

let browser: Browser;
let server: RunningServer;
let pack: ContentPack;

beforeAll(async () => {
  pack = JSON.parse(await readFile(join(BUILT_APP, 'content/pack.json'), 'utf8')) as ContentPack;
  [browser, server] = await Promise.all([launchBrowser(), startAppServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('shell screens: accessibility', () => {
  it('has no serious or critical axe violations on the programme, module, lesson and content screens', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/#/programme`);
    await moduleTitles(page);
    const first = pack.modules[0]!;
    const screens = [`#/programme`, `#/module/${first.id}`, `#/lesson/${first.lessons[0]!.id}`, `#/content`];
    for (const hash of screens) {
      await page.goto(`${server.url}/${hash}`);
      await page.locator('main h1').first().waitFor();
      const violations = await seriousA11yViolations(page);
      expect(violations.map((v) => `${hash} ${v.id}: ${v.help}`)).toEqual([]);
    }
    await page.context().close();
  });

  it('can be used with the keyboard alone: skip link, then a module, then a lesson', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/#/programme`);
    await moduleTitles(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    const first = pack.modules.find((m) => m.id === pack.programme.moduleOrder[0])!;
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
