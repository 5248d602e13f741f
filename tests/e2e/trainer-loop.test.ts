import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { DEMO_SITE_ID, DEMO_TRAINER } from '../../src/domain/demo/demo-site';
import { BUILT_APP } from '../support/app-server';
import { useAppSuite } from '../support/e2e-suite';
import { signIn, storedEvents } from '../support/learner-e2e';
import { openStaffArea } from '../support/staff-e2e';
import { enrolAs, signInTrainer, syncFromStaff } from '../support/trainer-e2e';
import { seedDemoSite } from '../../sync-server/src/demo-seed';

const app = useAppSuite();

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile((await d.path()) as string, 'utf8');
}

/** Plays the role-play on screen to its debrief, alternating choices. */
async function playToDebrief(page: Page): Promise<void> {
  await page.getByTestId('roleplay-choices').waitFor();
  for (let i = 0; i < 60; i++) {
    // Each choice is saved before the next ones are enabled: wait for those, or for the debrief.
    const choices = page.locator('[data-testid=roleplay-choices] button:enabled');
    await page.getByTestId('roleplay-debrief').or(choices.first()).first().waitFor();
    if (await page.getByTestId('roleplay-debrief').isVisible()) return;
    const said = await page.locator('[data-testid=transcript] li').count();
    await choices.nth(i % (await choices.count())).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=transcript] li').length > n, said);
  }
  throw new Error('the role-play never reached its debrief');
}

interface Statement {
  actor: { account: { homePage: string; name: string } };
  verb: { id: string };
  object: { id: string };
  result?: { score?: { scaled: number } };
  context: { extensions?: Record<string, unknown> };
  timestamp: string;
}

describe('the whole trainer loop, on two terminals of one site', () => {
  it('enrol, bilan and plan, sync, the learner sees the plan and plays a role-play, sync, the trainer scores it; report, print view, CSV and xAPI show it', async () => {
    const { admin, backend } = app.server.app.relais;
    await seedDemoSite(admin);
    await admin.publishPack(JSON.parse(await readFile(`${BUILT_APP}/content/pack.json`, 'utf8')) as ContentPack);
    const siteDocs = () => backend.service.dbOf({ kind: 'site', siteId: DEMO_SITE_ID }).allDocs();
    // The first module is exempted: the next one, which needs only it, opens, and its role-play is recorded.
    const ids = app.pack.modules.map((m) => m.id);
    const [exempted, extra] = [ids[0], ids[ids.length - 1]] as [string, string];
    const played = app.pack.modules.find((m) => m.roleplays.length > 0 && m.id !== exempted && m.prerequisites.every((p) => p === exempted))
      ?.roleplays[0];
    if (!played) throw new Error('the built pack needs a role-play outside the exempted module');
    const title = (id: string) => app.pack.modules.find((m) => m.id === id)?.title as string;

    // Terminal A, the trainer's: sign in, add Lucie, record her bilan initial.
    const a = await (await app.browser.newContext({ acceptDownloads: true })).newPage();
    await a.goto(`${app.server.url}/#/`);
    await enrolAs(a, app.server, DEMO_SITE_ID, 'trainer');
    await a.evaluate(() => (location.hash = '#/formateur'));
    await signInTrainer(a);
    await a.getByLabel('Prénom (pas de nom de famille)').fill('Lucie');
    await a.getByLabel('Code secret (6 chiffres)').fill('246813');
    await a.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const row = a.getByTestId('trainer-learners').locator('li', { hasText: 'Lucie' });
    await row.waitFor();
    const learnerId = (await row.getAttribute('data-learner-id')) as string;
    await a.getByRole('link', { name: 'Ouvrir la fiche de Lucie' }).click();
    await a.getByRole('link', { name: 'Faire un bilan' }).click();
    await a.getByTestId('bilan-form').waitFor();
    await a.getByLabel('Notes de l’entretien').fill('Calme, écoute bien.');
    await a.locator(`tr[data-module-id="${exempted}"] input`).nth(0).check();
    await a.locator(`tr[data-module-id="${extra}"] input`).nth(1).check();
    await a.getByLabel('Décisions, en mots simples pour l’apprenant').fill('Vous faites le module en plus.');
    await a.getByRole('button', { name: 'Signer et enregistrer le bilan' }).click();
    await a.getByTestId('bilan-saved').waitFor();
    await openStaffArea(a, app.server);
    expect(await syncFromStaff(a)).toBe('true');

    // Terminal B, a classroom terminal: Lucie sees her plan, then plays a role-play to its debrief.
    const b = await (await app.browser.newContext()).newPage();
    await b.goto(`${app.server.url}/#/`);
    await enrolAs(b, app.server, DEMO_SITE_ID, 'terminal');
    expect(await syncFromStaff(b)).toBe('true');
    await b.getByRole('button', { name: 'Quitter l’espace personnel' }).click();
    await b.evaluate(() => (location.hash = '#/'));
    await signIn(b, 'Lucie', '246813');
    await expect.poll(() => b.getByTestId('plan-exempt').textContent(), { timeout: 30_000 }).toContain(title(exempted));
    expect(await b.getByTestId('plan-extra').textContent()).toContain(title(extra));
    expect(await b.locator(`[data-testid=path-module][data-module-id="${exempted}"]`).getAttribute('data-status')).toBe('exempted');
    await b.getByTestId('path-details').locator('summary').click();
    await b.locator(`[data-testid=path-module][data-module-id="${extra}"] [data-testid=module-added]`).waitFor();
    await b.evaluate((id) => (location.hash = `#/roleplay/${id}`), played.id);
    await playToDebrief(b);
    const finished = (await storedEvents(b)).find((e) => e.learnerId === learnerId && e.name === 'roleplay.finished') as
      | { at: string; data: { run: number; ratio: number } }
      | undefined;
    expect(finished).toBeDefined();
    await b.getByRole('button', { name: 'Me déconnecter' }).click();
    await b.getByTestId('learner-tiles').waitFor();
    await openStaffArea(b, app.server);
    expect(await syncFromStaff(b)).toBe('true');
    expect((await siteDocs()).some((d) => d.type === 'event' && d.name === 'roleplay.finished' && d.learnerId === learnerId)).toBe(true);

    // Terminal A pulls Lucie's run; the trainer opens it from her sheet and scores it.
    expect(await syncFromStaff(a)).toBe('true');
    await a.evaluate(() => (location.hash = '#/formateur'));
    await signInTrainer(a);
    await a.getByRole('link', { name: 'Ouvrir la fiche de Lucie' }).click();
    await a.getByRole('link', { name: /Voir son rapport/ }).click();
    const roleplays = a.getByTestId('report-roleplays');
    await roleplays.getByRole('table').waitFor();
    expect(await roleplays.textContent()).toContain('Pas encore noté');
    await roleplays.getByRole('link', { name: 'Noter' }).click();
    await a.getByTestId('scoring-transcript').waitFor();
    const grid = a.getByTestId('scoring-grid');
    // Every criterion the script grades is set to « Maîtrisé », with a comment on the first one.
    const radios = grid.getByRole('radio', { name: 'Maîtrisé' });
    expect(await radios.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await radios.count()); i++) await radios.nth(i).check();
    await grid.getByLabel('Commentaire').first().fill('Très bonne reformulation.');
    await grid.getByRole('button', { name: 'Signer et enregistrer la note' }).click();
    await grid.getByText('La note est signée et enregistrée.').waitFor();

    // The report shows the trainer's score beside the automatic one.
    await a.getByRole('link', { name: /Dossier de/ }).click();
    const scoredRow = roleplays.getByRole('row').nth(1);
    await expect.poll(() => scoredRow.textContent()).toContain('100 %');
    expect(await scoredRow.textContent()).toContain(`${Math.round(finished!.data.ratio * 100)} %`);

    // The print view: the same row, without the buttons and links that are not for paper.
    await a.emulateMedia({ media: 'print' });
    const printed = await a.locator('main').innerText();
    expect(printed).toContain(played.title);
    expect(printed).toContain('100 %');
    expect(printed).not.toContain('Imprimer');
    expect(await roleplays.getByRole('link', { name: 'Noter' }).isVisible()).toBe(false);
    await a.emulateMedia({ media: 'screen' });

    // CSV of the role-plays table.
    const csv = await download(a, () => roleplays.getByRole('button', { name: /CSV/ }).click());
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Date;Jeu de rôle;Essai;Note automatique;Note du formateur');
    // Ratios as numbers with a decimal comma (the French spreadsheet's), the trainer's last.
    const auto = String(Math.round(finished!.data.ratio * 100) / 100).replace('.', ',');
    expect(lines.find((l) => l.includes(played.title))).toMatch(new RegExp(`;1;${auto};1$`));

    // xAPI: the run with its original time, and the trainer's score, for Lucie's pseudonymous account.
    const xapi = JSON.parse(await download(a, () => a.getByRole('button', { name: /xAPI/ }).click())) as Statement[];
    const simulation = xapi.filter((s) => s.object.id.endsWith(`/simulation/${encodeURIComponent(played.id)}`));
    expect(simulation).toHaveLength(2);
    for (const s of xapi) expect(s.actor.account).toEqual({ homePage: `${app.server.url}/relais/sites/${DEMO_SITE_ID}`, name: learnerId });
    const [run, score] = simulation as [Statement, Statement];
    expect(run.timestamp).toBe(finished!.at);
    expect(run.verb.id).toMatch(/^http:\/\/adlnet\.gov\/expapi\/verbs\/(passed|failed)$/);
    expect(score.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(score.result?.score?.scaled).toBe(1);
    expect(score.context.extensions?.['https://relais.example/xapi/trainer-score']).toBe(DEMO_TRAINER.keyId);
    expect(Date.parse(score.timestamp)).toBeGreaterThan(Date.parse(run.timestamp));

    // The signed score goes up at the next sync.
    await openStaffArea(a, app.server);
    expect(await syncFromStaff(a)).toBe('true');
    expect((await siteDocs()).find((d) => d.type === 'roleplay-score' && d.learnerId === learnerId)).toMatchObject({
      signedBy: DEMO_TRAINER.keyId,
      version: 1,
      ratio: 1,
      source: { kind: 'run', roleplayId: played.id, run: finished!.data.run },
    });
    await a.context().close();
    await b.context().close();
  });
});
