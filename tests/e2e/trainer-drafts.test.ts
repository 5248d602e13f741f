import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS, DEMO_TRAINER } from '../../src/domain/demo/demo-site';
import { useAppSuite } from '../support/e2e-suite';
import { signInTrainer } from '../support/trainer-e2e';

const app = useAppSuite();
const [marius] = DEMO_LEARNERS;

/** A trainer form's draft, as stored in the page's IndexedDB. */
function storedDraft(page: Page, key: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    (k) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('drafts').objectStore('drafts').get(k);
          req.onsuccess = () => resolve(req.result?.value);
          req.onerror = () => reject(req.error);
        };
      }),
    key,
  );
}

/** After a reload the report screens ask for the passphrase again (the key stays in memory only). */
async function signInAgain(page: Page): Promise<void> {
  await page.getByLabel('Votre phrase secrète').fill(DEMO_TRAINER.passphrase);
  await page.getByRole('button', { name: 'Me connecter' }).click();
}

describe('drafts of the trainer forms', () => {
  it('a half-filled live role-play score survives a reload, and is dropped once signed', async () => {
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/#/formateur`);
    await signInTrainer(page);
    await page.evaluate((id) => (location.hash = `#/formateur/stagiaire/${id}/jeu-en-classe`), marius.learnerId);
    const key = `trainer-score:${marius.learnerId}:live`;
    await page.getByLabel('La situation jouée').fill('Réclamation sur une facture');
    const competency = page.getByRole('group', { name: 'Compétences évaluées' }).getByRole('checkbox').first();
    await competency.check();
    const grid = page.getByTestId('scoring-grid');
    await grid.getByRole('checkbox', { name: 'Écoute' }).check();
    await grid.getByRole('radio', { name: 'Maîtrisé' }).check();
    await grid.getByLabel('Commentaire').fill('Laisse parler le client.');
    await expect
      .poll(async () => (await storedDraft(page, key))?.grades)
      .toEqual({ listening: { level: 3, comment: 'Laisse parler le client.' } });

    await page.reload();
    await signInAgain(page);
    await expect.poll(() => page.getByLabel('La situation jouée').inputValue()).toBe('Réclamation sur une facture');
    expect(await competency.isChecked()).toBe(true);
    expect(await grid.getByRole('radio', { name: 'Maîtrisé' }).isChecked()).toBe(true);
    expect(await grid.getByLabel('Commentaire').inputValue()).toBe('Laisse parler le client.');

    await grid.getByRole('button', { name: 'Signer et enregistrer la note' }).click();
    await grid.getByText('La note est signée et enregistrée.').waitFor();
    await expect.poll(() => storedDraft(page, key)).toBeUndefined();
    await page.context().close();
  });

  it('a half-filled ECF survives a reload, and is dropped once signed', async () => {
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/#/formateur`);
    await signInTrainer(page);
    await page.evaluate((id) => (location.hash = `#/formateur/stagiaire/${id}/ecf`), marius.learnerId);
    const key = `trainer-ecf:${marius.learnerId}`;
    await page.getByLabel('Intitulé de l’exercice').fill('Mise en situation : appel sortant');
    const firstResult = page.locator('fieldset.grade').nth(1);
    await firstResult.getByRole('radio', { name: 'Acquis', exact: true }).check();
    await page.getByLabel('Remarques').fill('À refaire sur la conclusion.');
    await expect.poll(async () => (await storedDraft(page, key))?.notes).toBe('À refaire sur la conclusion.');

    await page.reload();
    await signInAgain(page);
    await expect.poll(() => page.getByLabel('Intitulé de l’exercice').inputValue()).toBe('Mise en situation : appel sortant');
    expect(await firstResult.getByRole('radio', { name: 'Acquis', exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Remarques').inputValue()).toBe('À refaire sur la conclusion.');

    await page.getByRole('button', { name: 'Signer et enregistrer l’ECF' }).click();
    await page.getByText('L’ECF est signée et enregistrée.').waitFor();
    await expect.poll(() => storedDraft(page, key)).toBeUndefined();
    await page.context().close();
  });
});
