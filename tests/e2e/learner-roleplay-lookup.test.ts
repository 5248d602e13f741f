import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { seriousA11yViolations } from '../support/axe';
import { signIn, storedEvents } from '../support/learner-e2e';
import { useAppSuite } from '../support/e2e-suite';

const app = useAppSuite();
const [, josephine] = DEMO_LEARNERS;
const ROLEPLAY = 'rp-rappel-remboursement';

async function expectNoSeriousA11y(page: Page, where: string) {
  const violations = await seriousA11yViolations(page);
  expect(violations.map((v) => `${where}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const choices = (page: Page) => page.locator('[data-testid=roleplay-choices] button');
const choiceTexts = async (page: Page) => (await choices(page).allTextContents()).map((s) => s.trim());

/** Clicks the enabled choice starting with `start` (or the first one), then waits for the call to move on. */
async function choose(page: Page, start?: string): Promise<void> {
  const enabled = page.locator('[data-testid=roleplay-choices] button:enabled');
  await enabled.first().waitFor();
  const said = await page.locator('[data-testid=transcript] li').count();
  const pick = start ? enabled.filter({ hasText: start }) : enabled.first();
  await pick.first().click();
  await page.waitForFunction(
    (n) =>
      !!document.querySelector('[data-testid=roleplay-debrief]') || document.querySelectorAll('[data-testid=transcript] li').length > n,
    said,
  );
}

/** Plays the first option at each choice point until the debrief. */
async function playFirstToEnd(page: Page): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.getByTestId('roleplay-debrief').or(page.locator('[data-testid=roleplay-choices] button:enabled').first()).first().waitFor();
    if (await page.getByTestId('roleplay-debrief').isVisible()) return;
    await choose(page);
  }
  throw new Error('the call never ended');
}

describe('role-play with the customer file and the knowledge base', () => {
  it('opens the file and an article mid-call (keyboard included), the choices and the ending follow, reload keeps it, the debrief says so', async () => {
    const roleplay = app.pack.modules.flatMap((m) => m.roleplays).find((r) => r.id === ROLEPLAY);
    if (!roleplay?.customerFile || !roleplay.knowledge) throw new Error(`the built pack needs ${ROLEPLAY} with a file and articles`);
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.server.url}/#/`);
    await page.getByTestId('learner-tiles').waitFor({ timeout: 30_000 });
    await signIn(page, josephine!.firstName, josephine!.pin);
    await page.goto(`${app.server.url}/#/roleplay/${ROLEPLAY}`);
    await page.getByTestId('lookup-tools').waitFor();
    await page.getByTestId('roleplay-practice').waitFor();
    await expectNoSeriousA11y(page, 'call with tools');

    await choose(page, 'Bonjour, je suis bien avec Mme Bellay');
    // Without the file, the precise answer is not on offer.
    expect((await choiceTexts(page)).some((t) => t.startsWith('Parti lundi'))).toBe(false);

    // Keyboard: the file opens on Enter, its heading takes the focus, Escape closes it and gives the focus back.
    const fileButton = page.getByRole('button', { name: 'Fiche client' });
    await fileButton.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('customer-file').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('lookup-title');
    expect(await fileButton.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('customer-file').textContent()).toContain('KE-52310');
    await expect.poll(() => page.getByTestId('transcript').textContent()).toContain('La fiche montre');
    await expectNoSeriousA11y(page, 'customer file open');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('lookup-panel').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Fiche client');
    // The file alone gives the date it left, not when it arrives.
    await expect.poll(() => choiceTexts(page)).toContain('89 € partis lundi sur votre carte. Ça arrive dans quelques jours.');

    await page.getByRole('button', { name: 'Base de connaissances' }).click();
    await page.getByRole('button', { name: 'Délais de remboursement' }).click();
    await expect.poll(() => page.getByTestId('knowledge-article').textContent()).toContain('3 à 5 jours ouvrés');
    await expectNoSeriousA11y(page, 'article open');
    await expect.poll(async () => (await choiceTexts(page))[0]).toMatch(/^Parti lundi sur votre carte/);

    // A reload mid-call keeps what was opened, and the choices it unlocked.
    await page.reload();
    await page.getByTestId('roleplay-choices').waitFor();
    await expect.poll(async () => (await choiceTexts(page))[0]).toMatch(/^Parti lundi sur votre carte/);

    await choose(page, 'Parti lundi sur votre carte');
    await playFirstToEnd(page);
    const debrief = page.getByTestId('roleplay-debrief');
    expect(await debrief.getAttribute('data-passed')).toBe('true');
    const withLookups = Number(await debrief.getAttribute('data-ratio'));
    expect(withLookups).toBe(1);
    expect(await debrief.getByTestId('transcript').textContent()).toContain('Bilan : une date vérifiée');
    const looked = page.getByTestId('lookup-debrief');
    expect(await looked.locator('[data-resource=fiche]').getAttribute('data-consulted')).toBe('true');
    expect(await looked.locator('[data-resource=delais_remboursement]').getAttribute('data-consulted')).toBe('true');
    expect(await looked.locator('[data-resource=geste_commercial]').getAttribute('data-consulted')).toBe('false');
    expect(await looked.textContent()).toContain('Vous avez ouvert la fiche client.');
    await expectNoSeriousA11y(page, 'debrief with lookups');

    // Played again without opening anything: the same first choices score less and end on the unchecked answer.
    await page.getByRole('button', { name: 'Rejouer' }).click();
    await page.getByTestId('roleplay-choices').waitFor();
    await playFirstToEnd(page);
    expect(await page.getByTestId('roleplay-debrief').getByTestId('transcript').textContent()).toContain('sans la fiche');
    expect(await page.getByTestId('lookup-debrief').textContent()).toContain('Vous n’avez pas ouvert la fiche client.');
    expect(Number(await page.getByTestId('roleplay-debrief').getAttribute('data-ratio'))).toBeLessThan(withLookups);

    // The call's module is still locked for a new learner: both runs were practice, and neither was recorded.
    const finished = (await storedEvents(page)).filter((e) => e.name.startsWith('roleplay.') && e.data.roleplayId === ROLEPLAY);
    expect(finished).toEqual([]);
    await context.close();
  });
});
