import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { seriousA11yViolations } from '../support/axe';
import { useAppSuite } from '../support/e2e-suite';
import { signIn } from '../support/learner-e2e';
import { openStaffArea } from '../support/staff-e2e';
import { signInTrainer } from '../support/trainer-e2e';

const app = useAppSuite();
const [marius] = DEMO_LEARNERS;

describe('the learner’s self-assessment and the staff storage panel', () => {
  it('a learner rates himself on his own screen; the trainer sees it beside the placement in the bilan', async () => {
    const page = await (await app.browser.newContext({ serviceWorkers: 'block' })).newPage();
    const scripts: string[] = [];
    page.on('response', (r) => void (r.url().endsWith('.js') && scripts.push(r.url())));
    await page.goto(`${app.server.url}/#/`);
    await signIn(page, marius.firstName, marius.pin);
    // The trainer space is its own chunks: a learner's screens never load them.
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((u) => /Trainer|trainer-|Bilan/.test(u))).toEqual([]);
    await page.getByTestId('self-assessment-link').click();
    const form = page.getByTestId('self-assessment');
    await form.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    const groups = form.locator('fieldset');
    const count = await groups.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await groups.nth(i).getByLabel('Assez bien').check();
    await page.getByRole('button', { name: 'Envoyer à mon formateur' }).click();
    await page.getByTestId('self-assessment-saved').waitFor();
    await page.getByRole('button', { name: 'Me déconnecter' }).click();
    // The sign-out ends by going home: wait for it, so that it does not undo the next navigation.
    await page.getByTestId('learner-tiles').waitFor();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/');

    await page.evaluate(() => (location.hash = '#/formateur'));
    await signInTrainer(page);
    await page.getByRole('link', { name: `Ouvrir la fiche de ${marius.firstName}` }).click();
    await page.getByRole('link', { name: 'Faire un bilan' }).click();
    const evidence = page.getByTestId('bilan-evidence');
    await evidence.waitFor();
    expect(await evidence.locator('tbody tr').count()).toBe(count);
    expect(await evidence.locator('tbody tr td:nth-child(3)').allTextContents()).toEqual(Array(count).fill('Assez bien'));
    await page.context().close();
  });

  it('staff see the storage use and whether the browser granted persistent storage', async () => {
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/#/`);
    await openStaffArea(page, app.server);
    const panel = page.getByTestId('storage-panel');
    await panel.waitFor();
    await expect.poll(() => page.getByTestId('storage-usage').textContent()).toMatch(/Utilisé : .+ sur .+ disponibles/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    const persist = page.getByTestId('storage-persist');
    if ((await persist.getAttribute('data-state')) !== 'persisted') await page.getByTestId('storage-persist-request').click();
    await expect.poll(() => persist.getAttribute('data-state')).toMatch(/^(persisted|denied)$/);
    await page.context().close();
  });
});
