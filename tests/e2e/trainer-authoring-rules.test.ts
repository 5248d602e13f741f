import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { DEMO_SITE_ID, DEMO_TRAINER } from '../../src/domain/demo/demo-site';
import { seedDemoSite } from '../../sync-server/src/demo-seed';
import { BUILT_APP } from '../support/app-server';
import { useAppSuite } from '../support/e2e-suite';
import { openStaffArea } from '../support/staff-e2e';
import { enrolAs, signInTrainer, syncFromStaff } from '../support/trainer-e2e';

const app = useAppSuite();
/** Compiles and checks run in a worker on a shared 2-core machine: polls get room. */
const SLOW = { timeout: 20_000 };

let seeded: Promise<void> | undefined;
/** The demo site and the national pack on the server, once for the file. */
function seedServer(): Promise<void> {
  seeded ??= (async () => {
    const { admin } = app.server.app.relais;
    await seedDemoSite(admin);
    await admin.publishPack(JSON.parse(await readFile(`${BUILT_APP}/content/pack.json`, 'utf8')) as ContentPack);
  })();
  return seeded;
}

/** A new trainer terminal of the demo site, synced, with the demo trainer signed in. */
async function trainerTerminal(): Promise<Page> {
  await seedServer();
  const page = await (await app.browser.newContext()).newPage();
  await page.goto(`${app.server.url}/#/`);
  await enrolAs(page, app.server, DEMO_SITE_ID, 'trainer');
  expect(await syncFromStaff(page)).toBe('true');
  await page.getByRole('button', { name: 'Quitter l’espace personnel' }).click();
  return page;
}

/** Leaves the trainer space and syncs from the staff screen; returns how many documents the server refused. */
async function syncTerminal(page: Page): Promise<number> {
  await page.evaluate(() => (location.hash = '#/'));
  await openStaffArea(page, app.server);
  await syncFromStaff(page);
  const refused = Number(await page.getByTestId('sync-refused').textContent());
  await page.getByRole('button', { name: 'Quitter l’espace personnel' }).click();
  return refused;
}

async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('button', { name: tab, exact: true }).click();
}

/** Creates a site module with one lesson through the editor; returns its id. */
async function newModule(page: Page, title: string): Promise<string> {
  await page.evaluate(() => (location.hash = '#/formateur/modules'));
  await page.getByLabel('Titre du module').fill(title);
  await page.getByRole('button', { name: 'Créer le module' }).click();
  await page.getByTestId('module-form').waitFor();
  await page.getByLabel('Résumé').fill(`Résumé de ${title}.`);
  await openTab(page, 'Leçons');
  await page.getByRole('button', { name: 'Ajouter une leçon' }).click();
  await page.getByLabel('Titre de la leçon').fill(`Leçon de ${title}`);
  await page.getByLabel('Texte de la leçon (Markdown)').fill(`On apprend **${title}**.\n`);
  await openTab(page, 'Module');
  return decodeURIComponent(new URL(page.url()).hash.split('/').at(-1) as string);
}

async function openModule(page: Page, moduleId: string): Promise<void> {
  await page.evaluate((id) => (location.hash = `#/formateur/modules/${id}`), moduleId);
}

/** Publishes from the « Publier » tab and waits for the version signed. */
async function publish(page: Page, version: number): Promise<void> {
  await openTab(page, 'Publier');
  await page.getByRole('button', { name: 'Vérifier et publier' }).click();
  await expect.poll(() => page.getByTestId('publish-done').textContent(), SLOW).toContain(`Version ${version} signée`);
}

/** A module draft as stored in the page's IndexedDB. */
function storedDraft(
  page: Page,
  moduleId: string,
): Promise<{ module: { ref: { prerequisites: string[] }; meta: Record<string, string> } } | undefined> {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('drafts').objectStore('drafts').get(key);
          req.onsuccess = () => resolve(req.result?.value);
          req.onerror = () => reject(req.error);
        };
      }),
    `authoring:${moduleId}`,
  );
}

/** The module's document on the server. */
async function onServer(moduleId: string): Promise<Record<string, unknown> | undefined> {
  const docs = await app.server.app.relais.backend.service.dbOf({ kind: 'content' }).allDocs();
  return docs.find((d) => d._id === `site-module:${moduleId}`) as Record<string, unknown> | undefined;
}

describe('the module editor’s rules', () => {
  it('refuses a prerequisite that would make a loop (A needs B, or through a third module) at the field, in French, and keeps the draft', async () => {
    const page = await trainerTerminal();
    await page.evaluate(() => (location.hash = '#/formateur'));
    await signInTrainer(page);
    const national = app.pack.modules[0] as { id: string; title: string };

    // B, then A that needs B, then C that needs A: all published on this terminal.
    const b = await newModule(page, 'Module Bêta');
    await publish(page, 1);
    await newModule(page, 'Module Alpha');
    await page.getByTestId('module-prerequisites').getByRole('checkbox', { name: 'Module Bêta', exact: true }).check();
    await publish(page, 1);
    await newModule(page, 'Module Gamma');
    await page.getByTestId('module-prerequisites').getByRole('checkbox', { name: 'Module Alpha', exact: true }).check();
    await publish(page, 1);

    // Back in B, the trainer changes its summary, then tries to make it wait for A, then for C.
    await openModule(page, b);
    await page.getByLabel('Résumé').fill('Un résumé que l’on garde.');
    const field = page.getByTestId('module-prerequisites');
    const refused = field.getByTestId('prerequisite-refused');
    const alpha = field.getByRole('checkbox', { name: 'Module Alpha', exact: true });
    await alpha.click();
    await expect
      .poll(() => refused.textContent())
      .toBe(
        'Ce choix n’est pas pris : prérequis en boucle : Module Bêta → Module Alpha → Module Bêta. Un module ne peut pas attendre un module qui l’attend.',
      );
    expect(await alpha.isChecked()).toBe(false);
    const gamma = field.getByRole('checkbox', { name: 'Module Gamma', exact: true });
    await gamma.click();
    await expect.poll(() => refused.textContent()).toContain('Module Bêta → Module Gamma → Module Alpha → Module Bêta');
    expect(await gamma.isChecked()).toBe(false);
    // The field says why to a screen reader too.
    expect(await field.getAttribute('aria-describedby')).toBe(await refused.getAttribute('id'));

    // A national module is a fine prerequisite: taken, and the message goes.
    await field.getByRole('checkbox', { name: national.title, exact: true }).check();
    await refused.waitFor({ state: 'detached' });
    expect(await page.getByTestId('problem-count').textContent()).toBe('Aucun point à corriger.');

    // The draft holds the summary and only the prerequisite that was taken, and survives a reload.
    await expect.poll(async () => (await storedDraft(page, b))?.module.ref.prerequisites).toEqual([national.id]);
    expect((await storedDraft(page, b))?.module.meta.summary).toBe('Un résumé que l’on garde.');
    await page.reload();
    await signInTrainer(page);
    await expect.poll(() => page.getByLabel('Résumé').inputValue()).toBe('Un résumé que l’on garde.');
    expect(await page.getByTestId('module-prerequisites').getByRole('checkbox', { name: 'Module Alpha', exact: true }).isChecked()).toBe(
      false,
    );
    expect(await page.getByTestId('module-prerequisites').getByRole('checkbox', { name: national.title, exact: true }).isChecked()).toBe(
      true,
    );
    await publish(page, 2);
    await page.context().close();
  });

  it('two trainers edit one module offline; the second publish is based on an older version: the app says so, shows both, and each choice (keep mine, take theirs) is the trainer’s; nothing is overwritten silently', async () => {
    // Terminal A: the demo trainer writes the module and publishes version 1.
    const a = await trainerTerminal();
    await a.evaluate(() => (location.hash = '#/formateur'));
    await signInTrainer(a);
    const id = await newModule(a, 'Accueil partagé');
    await publish(a, 1);
    expect(await syncTerminal(a)).toBe(0);

    // Terminal B: Léa makes her key there; the operator registers it; her sync brings version 1 and her key.
    const b = await trainerTerminal();
    await b.evaluate(() => (location.hash = '#/formateur'));
    await b.getByText('Première fois sur ce poste : créer ma clé').click();
    const form = b.getByTestId('new-key-form');
    await form.getByLabel('Identifiant de la clé (lettres minuscules, chiffres, tirets)').fill('lea-martin');
    await form.getByLabel('Votre nom, tel que l’opérateur l’enregistre').fill('Léa Martin');
    await form.getByLabel('Phrase secrète (12 caractères au moins)').fill('le train part à midi');
    await form.getByLabel('La même phrase secrète, encore').fill('le train part à midi');
    await form.getByRole('button', { name: 'Créer ma clé' }).click();
    const publicKey = (await b.getByTestId('trainer-public-key').textContent()) as string;
    await app.server.app.relais.admin.registerTrainerKey({
      siteId: DEMO_SITE_ID,
      keyId: 'lea-martin',
      trainerName: 'Léa Martin',
      publicKey,
    });
    expect(await syncTerminal(b)).toBe(0);
    const signInLea = async () => {
      await b.getByLabel('Votre clé').selectOption('lea-martin');
      await signInTrainer(b, 'le train part à midi');
    };
    await openModule(b, id);
    await signInLea();
    await expect.poll(() => b.getByTestId('module-version').textContent()).toContain('version 1');

    // Both terminals go offline; each trainer changes the title and publishes a version 2 on the terminal.
    await a.context().setOffline(true);
    await b.context().setOffline(true);
    await openModule(a, id);
    await signInTrainer(a);
    await a.getByLabel('Titre', { exact: true }).fill('Accueil partagé au guichet');
    await publish(a, 2);
    await b.getByLabel('Titre', { exact: true }).fill('Accueil partagé au téléphone');
    await publish(b, 2);

    // A syncs first: the server takes A's version 2. B's sync is refused for it and brings A's instead.
    await a.context().setOffline(false);
    expect(await syncTerminal(a)).toBe(0);
    expect(await onServer(id)).toMatchObject({ version: 2, signedBy: DEMO_TRAINER.keyId, module: { title: 'Accueil partagé au guichet' } });
    await b.context().setOffline(false);
    expect(await syncTerminal(b)).toBe(1);
    expect(await onServer(id)).toMatchObject({ version: 2, signedBy: DEMO_TRAINER.keyId });

    // B's editor says so at once; her draft is kept.
    await openModule(b, id);
    await signInLea();
    await b.getByTestId('module-overtaken').waitFor();
    expect(await b.getByTestId('module-overtaken').textContent()).toContain(`(${DEMO_TRAINER.keyId}) a publié la version 2`);
    expect(await b.getByLabel('Titre', { exact: true }).inputValue()).toBe('Accueil partagé au téléphone');
    // Her publish shows both versions and signs nothing until she chooses.
    await openTab(b, 'Publier');
    await b.getByRole('button', { name: 'Vérifier et publier' }).click();
    const behind = b.getByTestId('publish-behind');
    await behind.waitFor(SLOW);
    expect(await behind.textContent()).toContain('Un autre formateur a publié sa version 2 avant la vôtre');
    expect(await behind.getByTestId('version-theirs').textContent()).toContain('Accueil partagé au guichet');
    expect(await behind.getByTestId('version-mine').textContent()).toContain('Accueil partagé au téléphone');
    expect(await b.getByTestId('version-history').locator('li').count()).toBe(2);
    expect(await syncTerminal(b)).toBe(0);
    expect(await onServer(id)).toMatchObject({ version: 2, signedBy: DEMO_TRAINER.keyId });

    // She keeps hers: it becomes version 3, after A's, and reaches the server.
    await openModule(b, id);
    await signInLea();
    await openTab(b, 'Publier');
    await b.getByRole('button', { name: 'Vérifier et publier' }).click();
    await b.getByRole('button', { name: 'Publier mon brouillon par-dessus' }).click();
    await expect.poll(() => b.getByTestId('publish-done').textContent(), SLOW).toContain('Version 3 signée');
    expect(await syncTerminal(b)).toBe(0);
    expect(await onServer(id)).toMatchObject({ version: 3, signedBy: 'lea-martin', module: { title: 'Accueil partagé au téléphone' } });

    // Meanwhile A changed the summary on version 2. After A's sync, A is told, sees both, and takes Léa's.
    await openModule(a, id);
    await signInTrainer(a);
    await a.getByLabel('Résumé').fill('Le résumé de A, pas encore publié.');
    expect(await syncTerminal(a)).toBe(0);
    await openModule(a, id);
    await signInTrainer(a);
    await a.getByTestId('module-overtaken').waitFor();
    expect(await a.getByLabel('Résumé').inputValue()).toBe('Le résumé de A, pas encore publié.');
    await openTab(a, 'Publier');
    await a.getByRole('button', { name: 'Vérifier et publier' }).click();
    const told = a.getByTestId('publish-behind');
    await told.waitFor(SLOW);
    expect(await told.textContent()).toContain('a publié la version 3 pendant que vous travailliez sur la version 2');
    expect(await told.getByTestId('version-theirs').textContent()).toContain('Accueil partagé au téléphone');
    expect(await told.getByTestId('version-mine').textContent()).toContain('Le résumé de A, pas encore publié.');
    await told.getByRole('button', { name: 'Reprendre sa version' }).click();
    await a.getByText('Le brouillon reprend la version 3.').waitFor();
    await expect.poll(async () => (await storedDraft(a, id))?.module.meta.title).toBe('Accueil partagé au téléphone');
    await openTab(a, 'Module');
    expect(await a.getByLabel('Résumé').inputValue()).toBe('Résumé de Accueil partagé.');
    expect(await a.getByTestId('module-overtaken').count()).toBe(0);
    expect(await syncTerminal(a)).toBe(0);
    expect(await onServer(id)).toMatchObject({ version: 3, signedBy: 'lea-martin' });
    await a.context().close();
    await b.context().close();
  });
});
