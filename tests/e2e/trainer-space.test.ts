import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { DEMO_SITE_ID, DEMO_TRAINER } from '../../src/domain/demo/demo-site';
import { BUILT_APP } from '../support/app-server';
import { seriousA11yViolations } from '../support/axe';
import { useAppSuite } from '../support/e2e-suite';
import { signIn } from '../support/learner-e2e';
import { enrolAs, signInTrainer, storedBilanDraft, syncFromStaff } from '../support/trainer-e2e';
import { openStaffArea } from '../support/staff-e2e';
import { seedDemoSite } from '../../sync-server/src/demo-seed';

const app = useAppSuite();

describe('the trainer space, on two terminals of one site', () => {
  it('a trainer adds a learner and records a bilan initial (its draft survives a reload); after a sync the learner sees the plan on the other terminal', async () => {
    const { admin } = app.server.app.relais;
    await seedDemoSite(admin);
    await admin.publishPack(JSON.parse(await readFile(`${BUILT_APP}/content/pack.json`, 'utf8')) as ContentPack);
    const [exempted, extra] = app.pack.modules.map((m) => m.id).slice(-2) as [string, string];

    // Terminal A, where the trainer works.
    const a = await (await app.browser.newContext()).newPage();
    await a.goto(`${app.server.url}/#/`);
    await enrolAs(a, app.server, DEMO_SITE_ID, 'trainer');
    await a.evaluate(() => (location.hash = '#/formateur'));
    await a.getByTestId('trainer-signin').waitFor();
    expect(await seriousA11yViolations(a)).toEqual([]);
    await signInTrainer(a);
    expect(await seriousA11yViolations(a)).toEqual([]);

    await a.getByLabel('Prénom (pas de nom de famille)').fill('Lucie');
    await a.getByLabel('Code secret (6 chiffres)').fill('135790');
    await a.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const row = a.getByTestId('trainer-learners').locator('li', { hasText: 'Lucie' });
    await row.waitFor();
    const learnerId = (await row.getAttribute('data-learner-id')) as string;

    await a.getByRole('link', { name: 'Ouvrir la fiche de Lucie' }).click();
    await a.getByRole('heading', { name: /Lucie/ }).waitFor();
    expect(await seriousA11yViolations(a)).toEqual([]);
    await a.getByRole('link', { name: 'Faire un bilan' }).click();
    await a.getByTestId('bilan-form').waitFor();
    expect(await seriousA11yViolations(a)).toEqual([]);

    // The draft is written as the trainer types, and a reload (a power cut) keeps it.
    await a.getByLabel('Notes de l’entretien').fill('À l’aise au téléphone, a déjà travaillé en boutique.');
    await expect
      .poll(async () => (await storedBilanDraft(a, learnerId))?.notes)
      .toBe('À l’aise au téléphone, a déjà travaillé en boutique.');
    await a.reload();
    await signInTrainer(a);
    await expect.poll(() => a.getByLabel('Notes de l’entretien').inputValue()).toBe('À l’aise au téléphone, a déjà travaillé en boutique.');

    await a.locator(`tr[data-module-id="${exempted}"] input`).nth(0).check();
    await a.locator(`tr[data-module-id="${extra}"] input`).nth(1).check();
    await a.getByLabel('Décisions, en mots simples pour l’apprenant').fill('Vous commencez lundi.');
    await a.getByRole('button', { name: 'Signer et enregistrer le bilan' }).click();
    await a.getByTestId('bilan-saved').waitFor();

    // Leaving the trainer space closes it; the staff sync sends the signed learner and bilan.
    await openStaffArea(a, app.server);
    expect(await syncFromStaff(a)).toBe('true');
    const siteDocs = await app.server.app.relais.backend.service.dbOf({ kind: 'site', siteId: DEMO_SITE_ID }).allDocs();
    const bilan = siteDocs.find((d) => d.type === 'bilan');
    expect(bilan).toMatchObject({
      learnerId,
      signedBy: DEMO_TRAINER.keyId,
      version: 1,
      plan: { exempt: [exempted], extra: [extra], decisions: 'Vous commencez lundi.' },
    });
    expect(siteDocs.find((d) => d._id === `learner:${learnerId}`)).toMatchObject({
      firstName: 'Lucie',
      schema: 2,
      signedBy: DEMO_TRAINER.keyId,
    });
    await a.evaluate(() => (location.hash = '#/formateur'));
    await a.getByTestId('trainer-signin').waitFor();

    // Terminal B, a classroom terminal: after its sync, Lucie signs in and sees her plan.
    const b = await (await app.browser.newContext()).newPage();
    await b.goto(`${app.server.url}/#/`);
    await enrolAs(b, app.server, DEMO_SITE_ID, 'terminal');
    expect(await syncFromStaff(b)).toBe('true');
    await b.getByRole('button', { name: 'Quitter l’espace personnel' }).click();
    await b.evaluate(() => (location.hash = '#/'));
    await signIn(b, 'Lucie', '135790');
    const title = (id: string) => app.pack.modules.find((m) => m.id === id)?.title as string;
    await expect.poll(() => b.getByTestId('plan-exempt').textContent(), { timeout: 30_000 }).toContain(title(exempted));
    expect(await b.getByTestId('plan-extra').textContent()).toContain(title(extra));
    expect(await b.locator(`[data-testid=path-module][data-module-id="${exempted}"]`).getAttribute('data-status')).toBe('exempted');
    // The whole path is folded under the current step: the learner opens it to see every module.
    await b.getByTestId('path-details').locator('summary').click();
    await b.locator(`[data-testid=path-module][data-module-id="${extra}"] [data-testid=module-added]`).waitFor();
    expect(await b.getByTestId('learner-plan').textContent()).toContain('Vous commencez lundi.');

    // A learner's session never reaches the trainer space.
    await b.evaluate(() => (location.hash = '#/formateur'));
    await b.getByTestId('trainer-blocked').waitFor();
    expect(await b.getByTestId('trainer-signin').count()).toBe(0);
    await a.context().close();
    await b.context().close();
  });
});
