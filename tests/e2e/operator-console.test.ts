import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyFingerprint } from '../../src/domain/trainer/trainer-vault';
import { bundleFactory } from '../factories/bundle.factory';
import { type ConsoleUnderTest, startConsoleServer, TEST_PASSPHRASE } from '../integration/helpers/console-client';
import { enrol, seedSite } from '../integration/helpers/sync-server';
import { seriousA11yViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';

let browser: Browser;
let c: ConsoleUnderTest;
beforeAll(async () => {
  [browser, c] = await Promise.all([launchBrowser(), startConsoleServer()]);
  await seedSite(c.server.admin, 'cp-e2e', ['ana']);
});
afterAll(async () => {
  await browser?.close();
  await c?.stop();
});

const noSeriousViolations = async (page: Page) => expect(await seriousA11yViolations(page, ['page-has-heading-one', 'label'])).toEqual([]);

describe('the operator console in Chromium', () => {
  it('an operator signs in, makes a code and prints its sheet, registers a trainer key, imports a bundle and reads the audit log filtered', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const nav = (name: string) =>
      page.getByRole('navigation', { name: 'Menu de la console' }).getByRole('link', { name, exact: true }).click();

    await page.goto(`${c.url}/`);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await noSeriousViolations(page);
    await page.getByLabel('Phrase de passe de l’exploitant').fill('ce n’est pas elle');
    await page.getByRole('button', { name: 'Entrer' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Phrase de passe incorrecte');
    await page.getByLabel('Phrase de passe de l’exploitant').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Entrer' }).click();
    await page.getByRole('heading', { name: 'Accueil' }).waitFor();
    await noSeriousViolations(page);

    // An enrolment code and its printable sheet.
    await nav('Codes d’enrôlement');
    await page.getByLabel('Identifiant du site').fill('cp-e2e');
    await page.getByLabel('Poste de la salle (stagiaires)').check();
    await noSeriousViolations(page);
    await page.getByRole('button', { name: 'Faire le code' }).click();
    // No device on this site yet: the console asks whether it is a new site or a typo, keeping the form.
    await page.getByLabel('Oui, « cp-e2e » est un nouveau site').check();
    expect(await page.getByLabel('Identifiant du site').inputValue()).toBe('cp-e2e');
    await noSeriousViolations(page);
    await page.getByRole('button', { name: 'Faire le code' }).click();
    await page.getByRole('heading', { name: 'Code fait' }).waitFor();
    const code = (await page.locator('[data-code]').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await noSeriousViolations(page);
    await page.getByRole('link', { name: 'Ouvrir la fiche à imprimer' }).click();
    await page.getByRole('heading', { name: 'Fiche d’enrôlement' }).waitFor();
    expect(await page.locator('.sheet [data-code]').textContent()).toBe(code);
    expect(await page.locator('.sheet').textContent()).toContain('cp-e2e');
    // The print button is shown by the console's own script (the CSP allows no other).
    await page.getByRole('button', { name: 'Imprimer' }).waitFor();
    await noSeriousViolations(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
    expect(await page.locator('.sheet [data-code]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // A trainer key, with the fingerprint to read over the phone.
    const publicKey = Buffer.alloc(32, 5).toString('base64');
    await nav('Clés des formateurs');
    await page.getByLabel('Identifiant du site').fill('cp-e2e');
    await page.getByLabel('Identifiant de la clé').fill('k-lea');
    await page.getByLabel('Nom du formateur').fill('Léa');
    await page.getByLabel('Clé publique (texte en base64)').fill(publicKey);
    await noSeriousViolations(page);
    await page.getByRole('button', { name: 'Enregistrer la clé' }).click();
    await page.getByLabel('Oui, « cp-e2e » est un nouveau site').check();
    expect(await page.getByLabel('Clé publique (texte en base64)').inputValue()).toBe(publicKey);
    await page.getByRole('button', { name: 'Enregistrer la clé' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Clé « k-lea » enregistrée');
    expect(await page.locator('[data-fingerprint]').textContent()).toBe(await keyFingerprint(publicKey));
    await noSeriousViolations(page);

    // A USB bundle from a terminal of the site.
    const device = await enrol(c.server, 'cp-e2e', 'poste-e2e');
    const bundle = await bundleFactory({ siteId: 'cp-e2e', device, learners: ['ana', 'personne'], count: 3 });
    await nav('Charger un lot');
    await noSeriousViolations(page);
    await page
      .getByLabel('Fichier du lot (.json)')
      .setInputFiles({ name: 'lot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundle)) });
    await page.getByRole('button', { name: 'Charger le lot' }).click();
    await page.getByRole('heading', { name: 'Compte rendu du chargement' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('3 événement(s) accepté(s). 3 refusé(s).');
    expect(await page.getByRole('table', { name: 'Refusés, et pourquoi' }).textContent()).toContain('apprenant inconnu');
    await noSeriousViolations(page);

    // The audit log, filtered on this import.
    await nav('Journal');
    await page.getByLabel('Site').fill('cp-e2e');
    await page.getByLabel('Action').selectOption('import');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('1 ligne(s)');
    const row = page.locator('tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('poste-e2e');
    expect(page.url()).toContain('action=import');
    await noSeriousViolations(page);

    for (const name of ['Postes', 'Synchros par site', 'Contenu']) {
      await nav(name);
      await page.getByRole('heading', { name, exact: true, level: 1 }).waitFor();
      await noSeriousViolations(page);
    }
    expect(await page.locator('main').textContent()).toContain('Exporter le contenu');
    await context.close();
  });
});
