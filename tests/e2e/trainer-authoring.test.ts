import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import type { QuizItem } from '../../src/domain/content/quiz.schema';
import { DEMO_SITE_ID, DEMO_TRAINER } from '../../src/domain/demo/demo-site';
import { BUILT_APP } from '../support/app-server';
import { useAppSuite } from '../support/e2e-suite';
import { playQuiz, signIn } from '../support/learner-e2e';
import { openStaffArea } from '../support/staff-e2e';
import { enrolAs, signInTrainer, syncFromStaff } from '../support/trainer-e2e';
import { seedDemoSite } from '../../sync-server/src/demo-seed';

const app = useAppSuite();

const MODULE_ID = `${DEMO_SITE_ID}-accueil-au-guichet`;
const LESSON_ID = `${MODULE_ID}.l1`;
const ITEM_ID = `${MODULE_ID}.q1`;
const ROLEPLAY_ID = `${MODULE_ID}.jeu-1`;
/** Compiles and checks run in a worker on a shared 2-core machine: polls get room. */
const SLOW = { timeout: 20_000 };

/** Leaves the trainer space and syncs from the staff screen. */
async function syncTerminal(page: Page): Promise<void> {
  await page.evaluate(() => (location.hash = '#/'));
  await openStaffArea(page, app.server);
  expect(await syncFromStaff(page)).toBe('true');
  await page.getByRole('button', { name: 'Quitter l’espace personnel' }).click();
}

/** The role-play script of the module's draft, as stored in the page's IndexedDB. */
function storedInk(page: Page): Promise<string | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('drafts').objectStore('drafts').get(key);
          req.onsuccess = () => resolve(req.result?.value?.module?.roleplays?.[0]?.ink);
          req.onerror = () => reject(req.error);
        };
      }),
    `authoring:${MODULE_ID}`,
  );
}

async function openEditorTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('button', { name: tab, exact: true }).click();
}

describe('authoring in the trainer space, published to another terminal', () => {
  it('a trainer writes a module (lesson, quiz, ink role-play), sees a compile error at its line, publishes; a learner plays it after a sync; a fixed quiz item and a changed script are republished twice before one sync; the learner keeps the finished lesson, finishes the quiz attempt on its version and restarts the changed role-play with a message', async () => {
    const { admin } = app.server.app.relais;
    await seedDemoSite(admin);
    await admin.publishPack(JSON.parse(await readFile(`${BUILT_APP}/content/pack.json`, 'utf8')) as ContentPack);

    // Terminal A, the trainer's.
    const a = await (await app.browser.newContext()).newPage();
    await a.goto(`${app.server.url}/#/`);
    await enrolAs(a, app.server, DEMO_SITE_ID, 'trainer');
    await a.evaluate(() => (location.hash = '#/formateur'));
    await signInTrainer(a);
    await a.getByRole('link', { name: 'Écrire des modules' }).click();
    await a.getByLabel('Titre du module').fill('Accueil au guichet');
    await a.getByRole('button', { name: 'Créer le module' }).click();
    await a.getByTestId('module-form').waitFor();
    await a.getByLabel('Résumé').fill('Accueillir une personne au guichet du service client.');
    // Its place: right after the first national module, not at the end of the programme.
    const first = app.pack.modules[0] as { id: string; title: string };
    await a.getByLabel('Place dans le programme').selectOption({ label: `Après « ${first.title} »` });

    // Lesson: the preview is the build's markdown-it; raw HTML is refused at its line.
    await openEditorTab(a, 'Leçons');
    await a.getByRole('button', { name: 'Ajouter une leçon' }).click();
    await a.getByLabel('Titre de la leçon').fill('Saluer en premier');
    const body = a.getByLabel('Texte de la leçon (Markdown)');
    await body.fill('On salue **avant** tout.\n\n<form>piège</form>\n\n::: retenir\nBonjour, prénom, service.\n:::\n');
    await expect.poll(() => a.getByTestId('lesson-problems').locator('li[data-line="3"]').textContent(), SLOW).toContain('HTML brut');
    expect(await a.getByTestId('lesson-preview').locator('form').count()).toBe(0);
    await body.fill('On salue **avant** tout.\n\n::: retenir\nBonjour, prénom, service.\n:::\n');
    await a.getByTestId('lesson-preview').locator('aside.box-retenir').waitFor();
    await expect.poll(() => a.getByTestId('lesson-problems').count(), SLOW).toBe(0);

    // Quiz: two identical options are refused as you type.
    await openEditorTab(a, 'Quiz');
    await a.getByRole('button', { name: 'Créer le quiz' }).click();
    await a.getByRole('button', { name: 'Ajouter une question' }).click();
    const item = a.getByTestId('quiz-item');
    await item.getByLabel('Question').fill('Que dit-on en premier ?');
    await item.getByLabel('Choix 1', { exact: true }).fill('Bonjour');
    await item.getByLabel('Choix 2', { exact: true }).fill('bonjour !');
    await expect.poll(() => item.getByTestId('item-problems').textContent(), SLOW).toContain('même texte');
    await item.getByLabel('Choix 2', { exact: true }).fill('Votre numéro ?');
    await item.getByLabel('Explication (montrée après la réponse)').fill('On salue avant de demander quoi que ce soit.');
    await expect.poll(() => item.getByTestId('item-problems').count(), SLOW).toBe(0);

    // Role-play: compiled in the worker as the trainer types; an error shows at its line.
    await openEditorTab(a, 'Jeux de rôle');
    await a.getByRole('button', { name: 'Ajouter un jeu de rôle' }).click();
    const rp = a.getByTestId('roleplay-editor');
    await rp.getByTestId('ink-knots').getByText('accueil').waitFor();
    const source = rp.getByLabel('Script ink');
    const good = await source.inputValue();
    await source.fill(good.replace('    -> besoin\n* [Oui, allô', '    -> nulle_part\n* [Oui, allô'));
    await expect.poll(() => rp.getByTestId('ink-errors').locator('li').first().getAttribute('data-line'), SLOW).toBe('5');
    await source.fill(good);
    await expect.poll(() => rp.getByTestId('ink-errors').count(), SLOW).toBe(0);
    // The preview plays the script; after an edit it replays the choice already made.
    const preview = rp.getByTestId('ink-preview');
    await preview.getByRole('button', { name: 'Bonjour, je vous écoute.' }).click();
    await preview.getByText('Elle n’est pas arrivée.').waitFor();
    await source.fill(good.replace('Elle n’est pas arrivée.', 'Elle n’est toujours pas arrivée.'));
    await preview.getByText('Elle n’est toujours pas arrivée.').waitFor();
    expect(await preview.getByTestId('ink-replayed').textContent()).toContain('1 choix rejoué');
    expect(await rp.getByTestId('ink-total').textContent()).toContain('meilleur total 4');

    // The draft is written as the trainer types, and survives a reload.
    await expect.poll(() => storedInk(a), SLOW).toContain('Elle n’est toujours pas arrivée.');
    await a.reload();
    await signInTrainer(a);
    await openEditorTab(a, 'Jeux de rôle');
    await expect.poll(() => a.getByLabel('Script ink').inputValue(), SLOW).toContain('Elle n’est toujours pas arrivée.');

    await openEditorTab(a, 'Publier');
    await a.getByRole('button', { name: 'Vérifier et publier' }).click();
    await expect.poll(() => a.getByTestId('publish-done').textContent(), SLOW).toContain('Version 1');
    await syncTerminal(a);
    const published = await app.server.app.relais.backend.service.dbOf({ kind: 'content' }).allDocs();
    expect(published.find((d) => d._id === `site-module:${MODULE_ID}`)).toMatchObject({
      scope: `site:${DEMO_SITE_ID}`,
      signedBy: DEMO_TRAINER.keyId,
      version: 1,
      schema: 2,
      after: first.id,
    });

    // Terminal B, a classroom terminal: after its sync the learner finds the module and plays it.
    const b = await (await app.browser.newContext()).newPage();
    await b.goto(`${app.server.url}/#/`);
    await enrolAs(b, app.server, DEMO_SITE_ID, 'terminal');
    expect(await syncFromStaff(b)).toBe('true');
    await b.getByRole('button', { name: 'Quitter l’espace personnel' }).click();
    await b.evaluate(() => (location.hash = '#/'));
    await signIn(b, 'Marius', '123456');
    // The learner's path has the module where the trainer placed it.
    await b.getByTestId('path-modules').waitFor({ state: 'attached' });
    const path = await b
      .getByTestId('path-modules')
      .locator('[data-module-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-module-id')));
    expect(path.slice(0, 2)).toEqual([first.id, MODULE_ID]);
    expect(path).toHaveLength(app.pack.modules.length + 1);
    // So has the programme's list of modules.
    await b.evaluate(() => (location.hash = '#/programme'));
    const titles = b.getByTestId('module-list').locator('.card-title');
    await expect.poll(() => titles.count()).toBe(app.pack.modules.length + 1);
    expect((await titles.allTextContents()).slice(0, 3)).toEqual([first.title, 'Accueil au guichet', app.pack.modules[1]?.title]);
    await b.goto(`${app.server.url}/#/lesson/${LESSON_ID}`);
    await b.getByTestId('lesson').getByText('Bonjour, prénom, service.').waitFor();
    await b.getByTestId('lesson-done-button').click();
    await b.getByTestId('lesson-done').waitFor();
    const quizItem: QuizItem = {
      id: ITEM_ID,
      schema: 1,
      competency: 'x',
      type: 'single',
      prompt: '',
      explanation: '',
      choices: ['Bonjour', 'Votre numéro ?'],
      answer: 0,
    };
    const itemsPack = { modules: [{ items: [quizItem] }] } as unknown as ContentPack;
    // The learner answers the question but leaves before the result: an attempt in progress.
    await b.goto(`${app.server.url}/#/quiz/${MODULE_ID}`);
    await b.getByTestId('quiz').getByText('Que dit-on en premier ?').waitFor();
    expect(await playQuiz(b, itemsPack, true, 1)).toBe(false);
    // A role-play in progress too.
    await b.goto(`${app.server.url}/#/roleplay/${ROLEPLAY_ID}`);
    await b
      .getByTestId('roleplay-choices')
      .getByRole('button', { name: /Bonjour, je vous écoute/ })
      .click();
    await b.getByText('Elle n’est toujours pas arrivée.').waitFor();
    await b.getByRole('button', { name: 'Me déconnecter' }).click();

    // Offline, the trainer fixes the quiz item and publishes version 2, then a line of the script: version 3.
    await a.evaluate((id) => (location.hash = `#/formateur/modules/${id}`), MODULE_ID);
    await signInTrainer(a);
    await openEditorTab(a, 'Quiz');
    await a.getByTestId('quiz-item').getByLabel('Question').fill('Que dit-on en tout premier ?');
    await openEditorTab(a, 'Publier');
    expect(await a.getByTestId('learner-rules').textContent()).toContain('Un quiz commencé se termine avec les questions du début.');
    await a.getByRole('button', { name: 'Vérifier et publier' }).click();
    await expect.poll(() => a.getByTestId('publish-done').textContent(), SLOW).toContain('Version 2');
    await openEditorTab(a, 'Jeux de rôle');
    const script = a.getByLabel('Script ink');
    await script.fill((await script.inputValue()).replace('Elle n’est toujours pas arrivée.', 'Elle n’est pas encore arrivée.'));
    await a.getByTestId('ink-preview').getByRole('button', { name: 'Bonjour, je vous écoute.' }).click();
    await a.getByTestId('ink-preview').getByText('Elle n’est pas encore arrivée.').waitFor(SLOW);
    await openEditorTab(a, 'Publier');
    await a.getByRole('button', { name: 'Vérifier et publier' }).click();
    await expect.poll(() => a.getByTestId('publish-done').textContent(), SLOW).toContain('Version 3');
    expect(await a.getByTestId('version-history').locator('li').count()).toBe(3);
    // One sync sends both versions, in order: the server ends on version 3.
    await syncTerminal(a);
    const republished = await app.server.app.relais.backend.service.dbOf({ kind: 'content' }).allDocs();
    expect(republished.find((d) => d._id === `site-module:${MODULE_ID}`)).toMatchObject({ version: 3 });

    // After its next sync the learner keeps what the rules say.
    await b.evaluate(() => (location.hash = '#/'));
    await openStaffArea(b, app.server);
    expect(await syncFromStaff(b)).toBe('true');
    await b.getByRole('button', { name: 'Quitter l’espace personnel' }).click();
    await b.evaluate(() => (location.hash = '#/'));
    await signIn(b, 'Marius', '123456');
    // The finished lesson stays finished.
    await b.goto(`${app.server.url}/#/lesson/${LESSON_ID}`);
    await b.getByTestId('lesson-done').waitFor();
    // The quiz attempt finishes on the question it started with…
    await b.goto(`${app.server.url}/#/quiz/${MODULE_ID}`);
    await b.getByTestId('quiz').getByText('Que dit-on en premier ?').waitFor();
    await b.getByTestId('feedback').waitFor();
    await b.getByRole('button', { name: 'Voir mon résultat' }).click();
    expect(await b.getByTestId('quiz-result').getAttribute('data-passed')).toBe('true');
    // …and the next attempt takes the fixed one.
    await b.goto(`${app.server.url}/#/lesson/${LESSON_ID}`);
    await b.getByTestId('lesson-done').waitFor();
    await b.goto(`${app.server.url}/#/quiz/${MODULE_ID}`);
    await b.getByTestId('quiz').getByText('Que dit-on en tout premier ?').waitFor();
    // The role-play whose script changed starts again, and says so.
    await b.goto(`${app.server.url}/#/roleplay/${ROLEPLAY_ID}`);
    await b.getByTestId('roleplay-restarted').waitFor();
    await b
      .getByTestId('roleplay-choices')
      .getByRole('button', { name: /Bonjour, je vous écoute/ })
      .click();
    await b.getByText('Elle n’est pas encore arrivée.').waitFor();
    await a.context().close();
    await b.context().close();
  });
});
