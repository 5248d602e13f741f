import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import type { WrittenItem } from '../../src/domain/content/quiz.schema';
import { DEMO_SITE_ID, DEMO_TRAINER } from '../../src/domain/demo/demo-site';
import { seedDemoSite } from '../../sync-server/src/demo-seed';
import { BUILT_APP } from '../support/app-server';
import { useAppSuite } from '../support/e2e-suite';
import { itemOf, signIn, storedEvents } from '../support/learner-e2e';
import { openStaffArea } from '../support/staff-e2e';
import { enrolAs, signInTrainer, syncFromStaff } from '../support/trainer-e2e';

const app = useAppSuite();

describe('written replies, on two terminals of one site', () => {
  it('the learner writes an e-mail, sees the hints and spelling, keeps the draft across a reload, sends it; the trainer scores it on the grid after sync', async () => {
    const { admin, backend } = app.server.app.relais;
    await seedDemoSite(admin);
    await admin.publishPack(JSON.parse(await readFile(`${BUILT_APP}/content/pack.json`, 'utf8')) as ContentPack);
    const siteDocs = () => backend.service.dbOf({ kind: 'site', siteId: DEMO_SITE_ID }).allDocs();
    const item = itemOf(app.pack, 'q08-w01') as WrittenItem;
    const module = app.pack.modules.find((m) => m.items.some((i) => i.id === item.id));
    if (!module) throw new Error('q08-w01 is not in a module');
    // Every module before it is exempted in the bilan, so that the module of the e-mail is open.
    const before = app.pack.modules.slice(0, app.pack.modules.indexOf(module)).map((m) => m.id);

    // Terminal A, the trainer's: add Noémie, exempt her from the modules before.
    const a = await (await app.browser.newContext()).newPage();
    await a.goto(`${app.server.url}/#/`);
    await enrolAs(a, app.server, DEMO_SITE_ID, 'trainer');
    await a.evaluate(() => (location.hash = '#/formateur'));
    await signInTrainer(a);
    await a.getByLabel('Prénom (pas de nom de famille)').fill('Noémie');
    await a.getByLabel('Code secret (6 chiffres)').fill('135792');
    await a.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const row = a.getByTestId('trainer-learners').locator('li', { hasText: 'Noémie' });
    await row.waitFor();
    const learnerId = (await row.getAttribute('data-learner-id')) as string;
    await a.getByRole('link', { name: 'Ouvrir la fiche de Noémie' }).click();
    await a.getByRole('link', { name: 'Faire un bilan' }).click();
    await a.getByTestId('bilan-form').waitFor();
    for (const id of before) await a.locator(`tr[data-module-id="${id}"] input`).nth(0).check();
    await a.getByLabel('Décisions, en mots simples pour l’apprenant').fill('Vous commencez par l’écrit et le SAV.');
    await a.getByRole('button', { name: 'Signer et enregistrer le bilan' }).click();
    await a.getByTestId('bilan-saved').waitFor();
    await openStaffArea(a, app.server);
    expect(await syncFromStaff(a)).toBe('true');

    // Terminal B: Noémie opens the module and its e-mail.
    const b = await (await app.browser.newContext()).newPage();
    await b.goto(`${app.server.url}/#/`);
    await enrolAs(b, app.server, DEMO_SITE_ID, 'terminal');
    expect(await syncFromStaff(b)).toBe('true');
    await b.getByRole('button', { name: 'Quitter l’espace personnel' }).click();
    await b.evaluate(() => (location.hash = '#/'));
    await signIn(b, 'Noémie', '135792');
    await b.evaluate((id) => (location.hash = `#/module/${id}`), module.id);
    await b
      .getByTestId('written-list')
      .getByRole('link', { name: new RegExp(item.customer.name) })
      .click();
    const message = b.getByTestId('customer-message');
    await message.waitFor();
    expect(await message.getAttribute('data-channel')).toBe('mail');
    expect(await message.textContent()).toContain(item.customer.subject as string);

    // A first draft without greeting or closing, one misspelt word, and one of the three points.
    const draft = 'Un technicien passera chez vous jeudi matin pour regarder la ligne, le voyant rouge montre une panne dans le quartié.';
    await b.getByTestId('written-text').fill(draft);
    await b.getByTestId('written-show-hints').click();
    const hints = b.getByTestId('written-hints');
    await hints.waitFor();
    expect(await hints.locator('[data-hint=greeting]').getAttribute('data-ok')).toBe('false');
    expect(await hints.locator('[data-hint=closing]').getAttribute('data-ok')).toBe('false');
    expect(await hints.locator('[data-hint=point][data-ok=true]').count()).toBe(1);
    expect(await hints.locator('[data-hint=point][data-ok=false]').count()).toBe(2);
    expect(await hints.textContent()).toContain('Ce sont des conseils, pas une note.');
    // The dictionary loads in its worker: the misspelt word comes back, and only it.
    await b.getByTestId('spelling-words').waitFor({ timeout: 120_000 });
    expect(await b.getByTestId('spelling-words').textContent()).toBe('quartié');

    // A reload keeps the draft (IndexedDB), then the learner completes the reply.
    await b.reload();
    await expect.poll(() => b.getByTestId('written-text').inputValue(), { timeout: 30_000 }).toBe(draft);
    const reply = [
      'Bonjour Madame Célestine,',
      'Merci d’avoir déjà débranché et rebranché votre box.',
      draft.replace('quartié', 'quartier'),
      'Si jeudi ne vous convient pas, répondez à ce message et nous changerons le rendez-vous.',
      'Les jours sans internet seront déduits de votre facture.',
      'Cordialement,',
      'Noémie, service client',
    ].join('\n');
    await b.getByTestId('written-text').fill(reply);
    await b.getByTestId('written-show-hints').click();
    await b.getByTestId('spelling-none').waitFor({ timeout: 120_000 });
    expect(await b.locator('[data-testid=written-hints] [data-ok=false]').count()).toBe(0);
    await b.getByTestId('written-send').click();
    await b.getByTestId('written-sent').waitFor();
    expect(await b.getByTestId('written-own').textContent()).toBe(reply);
    expect(await b.getByTestId('written-model').textContent()).toBe(item.model);
    const sent = (await storedEvents(b)).filter((e) => e.learnerId === learnerId && e.name === 'written.submitted');
    expect(sent.map((e) => e.data)).toEqual([
      { quizId: module.quiz?.id, moduleId: module.id, itemId: item.id, attempt: 1, text: reply, hintsSeen: true },
    ]);
    // After a reload the screen shows the reply as sent, not an empty page.
    await b.reload();
    await b.getByTestId('written-sent').waitFor();
    await b.getByRole('button', { name: 'Me déconnecter' }).click();
    await b.getByTestId('learner-tiles').waitFor();
    await openStaffArea(b, app.server);
    expect(await syncFromStaff(b)).toBe('true');

    // Terminal A pulls the reply; the trainer scores it on the item's grid.
    expect(await syncFromStaff(a)).toBe('true');
    await a.evaluate(() => (location.hash = '#/formateur'));
    await signInTrainer(a);
    await a.getByRole('link', { name: 'Ouvrir la fiche de Noémie' }).click();
    await a.getByRole('link', { name: /Voir son rapport/ }).click();
    await a.getByTestId('trainer-written-link').click();
    const replies = a.getByTestId('written-replies');
    await replies.waitFor();
    expect(await replies.locator('li').first().getAttribute('data-scored')).toBe('false');
    await replies.getByRole('link', { name: 'Évaluer' }).first().click();
    await a.getByTestId('scoring-reply').waitFor();
    expect(await a.getByTestId('scoring-reply').textContent()).toBe(reply);
    const grid = a.getByTestId('written-grid');
    expect(await grid.locator('fieldset').count()).toBe(item.grid.length);
    const radios = grid.getByRole('radio', { name: 'Maîtrisé' });
    for (let i = 0; i < (await radios.count()); i++) await radios.nth(i).check();
    await grid.getByLabel('Commentaire (facultatif)').first().fill('Très bon accueil.');
    await grid.getByTestId('written-save').click();
    expect(await a.getByTestId('written-outcome').textContent()).toContain('100 %');
    await a.getByRole('link', { name: /Réponses écrites à évaluer/ }).click();
    await expect.poll(() => replies.locator('li').first().getAttribute('data-scored')).toBe('true');
    // The learner's report lists the reply with the trainer's score, and its table exports as CSV.
    await a.evaluate((id) => (location.hash = `#/formateur/stagiaire/${id}/rapport`), learnerId);
    const reportWritten = a.getByTestId('report-written');
    await reportWritten.locator('tbody tr').first().waitFor();
    expect(await reportWritten.locator('tbody tr').count()).toBe(1);
    expect(await reportWritten.locator('tbody tr').first().textContent()).toContain('100 %');
    const [download] = await Promise.all([a.waitForEvent('download'), reportWritten.getByRole('button', { name: /CSV/ }).click()]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    expect(csv.split('\r\n')[1]).toMatch(/;1;1$/);

    // The signed score goes up at the next sync, on the same grid criteria.
    await openStaffArea(a, app.server);
    expect(await syncFromStaff(a)).toBe('true');
    const score = (await siteDocs()).find((d) => d.type === 'roleplay-score' && d.learnerId === learnerId);
    expect(score).toMatchObject({
      signedBy: DEMO_TRAINER.keyId,
      version: 1,
      ratio: 1,
      passed: true,
      competencies: [item.competency],
      source: { kind: 'written', itemId: item.id, attempt: 1 },
    });
    expect(Object.keys((score as unknown as { grades: object }).grades).sort()).toEqual(item.grid.map((g) => g.criterion).sort());
    await a.context().close();
    await b.context().close();
    // Two terminals, two syncs each, and the dictionary parsed in a worker on a shared 2-core machine.
  }, 300_000);
});
