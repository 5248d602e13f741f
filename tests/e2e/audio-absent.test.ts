import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { useAppSuite } from '../support/e2e-suite';
import { signIn } from '../support/learner-e2e';
import { waitForServiceWorkerControl } from '../support/pwa';
import { openStaffArea } from '../support/staff-e2e';

const app = useAppSuite({ copyApp: true });
const [learner] = DEMO_LEARNERS;

beforeAll(async () => {
  // Content built without `npm run audio:build` (as in CI): no audio folder at all.
  await rm(join(app.server.appDir, 'audio'), { recursive: true, force: true });
});

describe('content without audio', () => {
  it('keeps audio out of the install, works without it and says so in the staff area', async () => {
    const sw = await readFile(join(app.server.appDir, 'sw.js'), 'utf8');
    expect(sw).toContain('relais-audio');
    expect(sw).not.toMatch(/url:"audio\//);

    const context = await app.browser.newContext();
    await context.addInitScript(() => {
      const w = window as unknown as { __plays: number };
      w.__plays = 0;
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function () {
        w.__plays++;
        return play.call(this);
      };
    });
    const page = await context.newPage();
    await page.goto(`${app.server.url}/#/`);
    await page.getByTestId('learner-tiles').waitFor({ timeout: 30_000 });
    await waitForServiceWorkerControl(page);
    await signIn(page, learner!.firstName, learner!.pin);
    const lesson = app.pack.modules[0]?.lessons[0];
    await page.goto(`${app.server.url}/#/lesson/${lesson?.id}`);
    const listen = page.getByTestId('lesson').getByTestId('listen');
    await listen.click();
    // No file and no French voice in headless Chromium: the reading ends at once, with no error shown.
    await expect.poll(() => listen.getAttribute('data-playing')).toBe('false');
    expect(await listen.textContent()).toContain('Écouter');
    expect(await page.evaluate(() => (window as unknown as { __plays: number }).__plays)).toBe(0);
    expect(await page.locator('.banner-error').count()).toBe(0);

    await openStaffArea(page, app.server);
    await page.getByTestId('audio-none').waitFor();
    expect(await page.locator('.banner-error').count()).toBe(0);
    await context.close();
  });
});
