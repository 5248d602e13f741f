import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { learnerFactory } from '../factories/record.factory';
import { registerTestTrainer } from '../integration/helpers/sync-server';
import { useAppSuite } from '../support/e2e-suite';
import { signIn } from '../support/learner-e2e';
import { enrolThroughStaffScreen } from '../support/staff-e2e';

const app = useAppSuite();
const SITE = 'ca-ducos';

describe('the learners of the terminal’s site', () => {
  it('after enrolment and a sync, the tiles show that site’s learners at once, and one signs in', async () => {
    const { admin } = app.server.app.relais;
    await registerTestTrainer(admin, SITE);
    await admin.seedLearners([await learnerFactory(SITE, 'lucien', { firstName: 'Lucien' })]);
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/#/`);
    const tiles = page.getByTestId('learner-tiles');
    await expect.poll(() => tiles.textContent()).toContain(DEMO_LEARNERS[0].firstName);

    await enrolThroughStaffScreen(page, app.server, SITE);
    await page.getByTestId('sync-start').click();
    await expect.poll(() => page.getByTestId('sync-summary').getAttribute('data-ok'), { timeout: 60_000 }).toBe('true');

    // No reload: the home screen lists the pulled learner, and the demo learners of another site are gone.
    await page.getByRole('button', { name: 'Quitter l’espace personnel' }).click();
    await page.evaluate(() => (location.hash = '#/'));
    await expect.poll(() => tiles.textContent()).toContain('Lucien');
    expect(await tiles.textContent()).not.toContain(DEMO_LEARNERS[0].firstName);
    await signIn(page, 'Lucien', '1234');
    await expect.poll(() => page.getByTestId('signed-in').textContent()).toContain('Lucien');
    await page.context().close();
  });
});
