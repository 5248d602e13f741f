import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { useAppSuite } from '../support/e2e-suite';
import { signIn } from '../support/learner-e2e';
import { signInTrainer } from '../support/trainer-e2e';

const app = useAppSuite();
const [marius, , kevin] = DEMO_LEARNERS;

describe('the trainer manages learners on a terminal', () => {
  it('resets a PIN, archives a learner and a group is made; the trainer session ends on idle', async () => {
    const page = await (await app.browser.newContext()).newPage();
    // A short idle timeout (the test parameter the learner session reads too).
    await page.goto(`${app.server.url}/?idle=8#/formateur`);
    await signInTrainer(page);

    await page.getByLabel('Nom du groupe (une classe, une session du matin…)').fill('Groupe du matin');
    await page.getByTestId('trainer-groups').getByLabel(marius.firstName).check();
    await page.getByRole('button', { name: 'Créer le groupe' }).click();
    await page.getByTestId('trainer-learners').locator('li', { hasText: marius.firstName }).getByText('Groupe du matin').waitFor();

    await page.getByRole('link', { name: `Ouvrir la fiche de ${marius.firstName}` }).click();
    await page.getByLabel('Nouveau code secret (6 chiffres)').fill('975310');
    await page.getByRole('button', { name: 'Changer le code secret' }).click();
    await page.getByText('Le code secret est changé.').waitFor();
    await page.getByRole('link', { name: 'Retour à la liste' }).click();
    await page.getByRole('link', { name: `Ouvrir la fiche de ${kevin.firstName}` }).click();
    await page.getByRole('button', { name: 'Archiver' }).click();
    await expect.poll(() => page.getByTestId('learner-status').textContent()).toContain('Archivé');

    // No activity: the warning, then the trainer space closes by itself.
    await page.getByTestId('trainer-idle-warning').waitFor({ timeout: 20_000 });
    await page.getByTestId('trainer-signin').waitFor({ timeout: 20_000 });

    await page.evaluate(() => (location.hash = '#/'));
    const tiles = page.getByTestId('learner-tiles');
    await expect.poll(() => tiles.textContent()).toContain(marius.firstName);
    expect(await tiles.textContent()).not.toContain(kevin.firstName);
    await signIn(page, marius.firstName, '975310');
    await page.context().close();
  });
});
