import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { DEMO_SITE_ID, DEMO_TRAINER, demoLearnerDocs, demoTrainerKeys } from '../../src/domain/demo/demo-site';
import { BUILT_APP } from '../support/app-server';
import { useAppSuite } from '../support/e2e-suite';
import { signIn, storedEvents } from '../support/learner-e2e';
import { openStaffArea } from '../support/staff-e2e';
import { enrolAs, signInTrainer, syncFromStaff } from '../support/trainer-e2e';

const app = useAppSuite();
const SITE_B = 'kourou';

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile((await d.path()) as string, 'utf8');
}

describe('a learner record that follows the learner to another site', () => {
  it('exported at site A with its events, a bilan and a score, imported at site B, goes up at the next sync: a second terminal of B sees the learner and the plan', async () => {
    const { admin, backend } = app.server.app.relais;
    await admin.seedLearners(await demoLearnerDocs());
    await admin.publishPack(JSON.parse(await readFile(`${BUILT_APP}/content/pack.json`, 'utf8')) as ContentPack);
    const demoKey = {
      siteId: DEMO_SITE_ID,
      keyId: DEMO_TRAINER.keyId,
      trainerName: DEMO_TRAINER.name,
      publicKey: (await demoTrainerKeys()).publicKey,
    };
    await admin.registerTrainerKey(demoKey);
    const exempted = app.pack.modules.at(-1)?.id as string;
    const title = app.pack.modules.at(-1)?.title as string;

    // Site A: the trainer adds Inès, records a bilan that exempts a module and a live role-play score; Inès works once.
    const a = await (await app.browser.newContext({ acceptDownloads: true })).newPage();
    await a.goto(`${app.server.url}/#/`);
    await enrolAs(a, app.server, DEMO_SITE_ID, 'trainer');
    await a.evaluate(() => (location.hash = '#/formateur'));
    await signInTrainer(a);
    await a.getByLabel('Prénom (pas de nom de famille)').fill('Inès');
    await a.getByLabel('Code secret (6 chiffres)').fill('314159');
    await a.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const row = a.getByTestId('trainer-learners').locator('li', { hasText: 'Inès' });
    await row.waitFor();
    const learnerId = (await row.getAttribute('data-learner-id')) as string;
    await a.evaluate((id) => (location.hash = `#/formateur/bilan/${id}`), learnerId);
    await a.getByTestId('bilan-form').waitFor();
    await a.locator(`tr[data-module-id="${exempted}"] input`).nth(0).check();
    await a.getByRole('button', { name: 'Signer et enregistrer le bilan' }).click();
    await a.getByTestId('bilan-saved').waitFor();
    await a.evaluate((id) => (location.hash = `#/formateur/stagiaire/${id}/jeu-en-classe`), learnerId);
    await a.getByLabel('La situation jouée').fill('Appel d’un client mécontent');
    await a.getByRole('group', { name: 'Compétences évaluées' }).getByRole('checkbox').first().check();
    const grid = a.getByTestId('scoring-grid');
    await grid.getByRole('checkbox').first().check();
    await grid.getByRole('button', { name: 'Signer et enregistrer la note' }).click();
    await grid.getByText('La note est signée et enregistrée.').waitFor();
    await a.evaluate(() => (location.hash = '#/'));
    await signIn(a, 'Inès', '314159');
    await a.getByRole('button', { name: 'Me déconnecter' }).click();
    // The sign-out returns to the tiles once session.ended is written.
    await expect.poll(async () => (await storedEvents(a)).some((e) => e.name === 'session.ended')).toBe(true);
    await a.getByTestId('learner-tiles').waitFor();
    await a.evaluate(() => (location.hash = '#/formateur'));
    await signInTrainer(a);
    await a.getByRole('link', { name: 'Envoyer ou recevoir le dossier d’un stagiaire' }).click();
    await a.getByRole('textbox', { name: 'Stagiaire' }).fill(learnerId);
    const file = await download(a, async () => {
      await a.getByRole('button', { name: 'Créer le fichier signé' }).click();
      await a.getByRole('button', { name: 'Télécharger le fichier' }).click();
    });

    // Site B: its own trainer makes a key there; the operator registers it, and makes site A's key known at B.
    const b1 = await (await app.browser.newContext()).newPage();
    await b1.goto(`${app.server.url}/#/`);
    await enrolAs(b1, app.server, SITE_B, 'trainer');
    await b1.evaluate(() => (location.hash = '#/formateur'));
    // No key on this terminal yet: the key form is open already.
    const form = b1.getByTestId('new-key-form');
    await b1.getByText('Première fois sur ce poste : créer ma clé').waitFor();
    await form.getByLabel('Identifiant de la clé (lettres minuscules, chiffres, tirets)').fill('noe-kourou');
    await form.getByLabel('Votre nom, tel que l’opérateur l’enregistre').fill('Noé Kourou');
    await form.getByLabel('Phrase secrète (12 caractères au moins)').fill('la pirogue remonte le fleuve');
    await form.getByLabel('La même phrase secrète, encore').fill('la pirogue remonte le fleuve');
    await form.getByRole('button', { name: 'Créer ma clé' }).click();
    const publicKey = (await b1.getByTestId('trainer-public-key').textContent()) as string;
    await admin.registerTrainerKey({ siteId: SITE_B, keyId: 'noe-kourou', trainerName: 'Noé Kourou', publicKey });
    const fileInput = () => b1.getByLabel('Fichier du dossier (.jwt)');
    const openRecordScreen = async () => {
      await openStaffArea(b1, app.server);
      expect(await syncFromStaff(b1)).toBe('true');
      await b1.evaluate(() => (location.hash = '#/formateur'));
      await b1.getByLabel('Votre clé').selectOption('noe-kourou');
      await signInTrainer(b1, 'la pirogue remonte le fleuve');
      await b1.getByRole('link', { name: 'Envoyer ou recevoir le dossier d’un stagiaire' }).click();
    };
    // Site A's key is not known at B yet: the file is refused, with the reason in French, and nothing is written.
    await openRecordScreen();
    await fileInput().setInputFiles({ name: 'dossier.jwt', mimeType: 'application/jwt', buffer: Buffer.from(file) });
    await expect(b1.getByTestId('record-refused').textContent()).resolves.toContain('n’est pas connue sur ce site');
    expect((await storedEvents(b1)).filter((e) => e.learnerId === learnerId)).toEqual([]);
    // The operator makes it known at B (trainer-key --known-at); the next sync brings it.
    await admin.registerTrainerKey({ ...demoKey, knownAt: SITE_B });
    await openRecordScreen();
    await fileInput().setInputFiles({ name: 'dossier.jwt', mimeType: 'application/jwt', buffer: Buffer.from(file) });
    await b1.getByTestId('record-preview').waitFor();
    await b1.getByLabel(/Nouveau code secret/).fill('8642');
    await b1.getByRole('button', { name: 'Ajouter ce dossier à ce site' }).click();
    await expect(b1.getByTestId('record-imported').textContent()).resolves.toContain('2 événements');

    // The next sync sends it all up: the learner, his events with their original times, the bilan and the score.
    await openStaffArea(b1, app.server);
    expect(await syncFromStaff(b1)).toBe('true');
    expect(await b1.getByTestId('sync-refused').textContent()).toBe('0');
    const atB = await backend.service.dbOf({ kind: 'site', siteId: SITE_B }).allDocs();
    expect(atB.find((d) => d._id === `learner:${learnerId}`)).toMatchObject({ siteId: SITE_B, signedBy: 'noe-kourou', version: 1 });
    const atA = (await storedEvents(a)).filter((e) => e.learnerId === learnerId) as unknown as Record<string, unknown>[];
    const times = (docs: Record<string, unknown>[]) =>
      docs
        .filter((d) => d.type === 'event' && d.learnerId === learnerId)
        .map((d) => `${String(d.name)}@${String(d.at)}`)
        .sort();
    expect(times(atB)).toHaveLength(2);
    expect(times(atB)).toEqual(times(atA));
    expect(atB.find((d) => d.type === 'bilan' && d.learnerId === learnerId)).toMatchObject({
      siteId: SITE_B,
      signedBy: 'noe-kourou',
      plan: { exempt: [exempted] },
    });
    expect(atB.find((d) => d.type === 'roleplay-score' && d.learnerId === learnerId)).toMatchObject({
      siteId: SITE_B,
      signedBy: 'noe-kourou',
      source: { kind: 'live', situation: 'Appel d’un client mécontent' },
    });

    // A second terminal of site B: Marius is there, signs in with his new code and sees his plan.
    const b2 = await (await app.browser.newContext()).newPage();
    await b2.goto(`${app.server.url}/#/`);
    await enrolAs(b2, app.server, SITE_B, 'terminal');
    expect(await syncFromStaff(b2)).toBe('true');
    await b2.getByRole('button', { name: 'Quitter l’espace personnel' }).click();
    await b2.evaluate(() => (location.hash = '#/'));
    await signIn(b2, 'Inès', '8642');
    await expect.poll(() => b2.getByTestId('plan-exempt').textContent(), { timeout: 30_000 }).toContain(title);
    for (const p of [a, b1, b2]) await p.context().close();
  });
});
