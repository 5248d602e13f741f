import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { useAppSuite } from '../support/e2e-suite';
import { signIn } from '../support/learner-e2e';
import { seriousA11yViolations } from '../support/axe';
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

  it('a trainer makes his own key on the device: it shows the public key, a fingerprint and the operator’s command, and opens with his passphrase only', async () => {
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/#/formateur`);
    await page.getByTestId('trainer-signin').waitFor();
    await page.getByText('Première fois sur ce poste : créer ma clé').click();
    const form = page.getByTestId('new-key-form');
    await form.getByLabel('Identifiant de la clé (lettres minuscules, chiffres, tirets)').fill('lea-martin');
    await form.getByLabel('Votre nom, tel que l’opérateur l’enregistre').fill('Léa Martin');
    await form.getByLabel('Phrase secrète (12 caractères au moins)').fill('le bateau rouge part');
    await form.getByLabel('La même phrase secrète, encore').fill('le bateau bleu part');
    await form.getByRole('button', { name: 'Créer ma clé' }).click();
    await page.getByText('Les deux phrases ne sont pas les mêmes.').waitFor();
    await form.getByLabel('Phrase secrète (12 caractères au moins)').fill('le bateau rouge part');
    await form.getByLabel('La même phrase secrète, encore').fill('le bateau rouge part');
    await form.getByRole('button', { name: 'Créer ma clé' }).click();
    const key = page.getByTestId('trainer-key');
    await key.waitFor();
    expect(await key.getByTestId('trainer-fingerprint').textContent()).toMatch(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/);
    const publicKey = (await key.getByTestId('trainer-public-key').textContent()) as string;
    expect(atob(publicKey)).toHaveLength(32);
    expect(await page.locator('pre.command').textContent()).toBe(
      `npm run sync-server -- trainer-key --site demo --key-id lea-martin --name "Léa Martin" --public-key ${publicKey}`,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Votre clé').selectOption('lea-martin');
    await page.getByLabel('Votre phrase secrète').fill('le bateau bleu part');
    await page.getByRole('button', { name: 'Me connecter' }).click();
    await page.getByText('Cette phrase secrète n’est pas la bonne.').waitFor();
    await page.getByLabel('Votre clé').selectOption('lea-martin');
    await signInTrainer(page, 'le bateau rouge part');
    expect(await page.getByTestId('trainer-signed-in').textContent()).toContain('Léa Martin');
    await page.context().close();
  });
});
