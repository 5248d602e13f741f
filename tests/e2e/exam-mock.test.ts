import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS, DEMO_TRAINER } from '../../src/domain/demo/demo-site';
import { seriousA11yViolations } from '../support/axe';
import { useAppSuite } from '../support/e2e-suite';
import { playRoleplayToDebrief, signIn, storedEvents } from '../support/learner-e2e';
import { signInTrainer } from '../support/trainer-e2e';

const app = useAppSuite();
const [marius] = DEMO_LEARNERS;

/** Every trainer document stored on this terminal (real IndexedDB). */
function storedTrainerWork(page: Page): Promise<{ type: string; learnerId: string; [k: string]: unknown }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('trainerWork').objectStore('trainerWork').getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

describe('the mock exam of CCP 1, in the app', () => {
  it('a learner opens it, starts the clock and plays its call; the trainer sees the run, scores the call and signs the grid', async () => {
    const mock = app.pack.exam?.find((e) => e.kind === 'mock' && e.ccpId === 'ccp1');
    if (!mock) throw new Error('the built pack needs the mock exam of CCP 1');
    const call = mock.parts.find((p) => p.kind === 'call');
    if (call?.kind !== 'call') throw new Error('the mock exam of CCP 1 needs a call');
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/#/`);
    await signIn(page, marius.firstName, marius.pin);

    // The learner finds it from the programme, with its subject, its steps and the timing marked unconfirmed.
    await page.evaluate(() => (location.hash = '#/programme'));
    await page.getByTestId('exam-link').click();
    await page.getByTestId('exam-mock').locator(`a[data-exam-id="${mock.id}"]`).click();
    const section = page.getByTestId('exam-section');
    await section.waitFor();
    expect(await section.locator('h1').textContent()).toBe(mock.title);
    expect(await page.getByTestId('exam-steps').locator(':scope > li').count()).toBe(mock.parts.length);
    const timing = page.getByTestId('exam-timing');
    expect(await timing.textContent()).toContain('Non confirmé');
    await timing.getByRole('button', { name: 'Lancer le chronomètre' }).click();
    await expect.poll(() => page.getByTestId('exam-clock').textContent()).toMatch(/Temps passé : 0 minute sur \d+ minutes/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The call is a role-play played to its debrief; the run is recorded like any other.
    await page.getByTestId('exam-play-call').first().click();
    await playRoleplayToDebrief(page);
    const finished = (await storedEvents(page)).find(
      (e) => e.name === 'roleplay.finished' && e.data.roleplayId === call.roleplayId && e.learnerId === marius.learnerId,
    );
    expect(finished?.data).toMatchObject({ moduleId: mock.id, run: 1 });
    // Back on the exam's steps, the clock is still running (kept as the learner's draft).
    await page.getByTestId('exam-call-back').click();
    await expect.poll(() => page.getByTestId('exam-clock').textContent()).toMatch(/Temps passé : \d+ minutes? sur/);
    await page.getByRole('button', { name: 'Me déconnecter' }).click();
    await page.getByTestId('learner-tiles').waitFor();

    // The trainer opens the learner's mock exam from his report: the run is there, not yet scored.
    await page.evaluate(() => (location.hash = '#/formateur'));
    await signInTrainer(page);
    await page.getByRole('link', { name: `Ouvrir la fiche de ${marius.firstName}` }).click();
    await page.getByRole('link', { name: /Voir son rapport/ }).click();
    await page.getByRole('link', { name: 'Examens blancs et ECF' }).click();
    await page.getByTestId('trainer-exams').locator(`a[data-exam-id="${mock.id}"]`).click();
    const run = page.getByTestId('exam-calls').locator(`li[data-roleplay-id="${call.roleplayId}"] li[data-run="1"]`);
    await run.waitFor();
    expect(await run.textContent()).toContain(`${Math.round(Number(finished?.data.ratio) * 100)} % (note automatique)`);
    expect(await run.textContent()).not.toContain('noté');

    // The call is scored on the run scoring screen, signed.
    await run.getByRole('link', { name: 'Noter cet appel' }).click();
    const grid = page.getByTestId('scoring-grid');
    await grid.waitFor();
    const radios = grid.getByRole('radio', { name: 'Maîtrisé' });
    for (let i = 0; i < (await radios.count()); i++) await radios.nth(i).check();
    await grid.getByRole('button', { name: 'Signer et enregistrer la note' }).click();
    await grid.getByText('La note est signée et enregistrée.').waitFor();

    // Back on the mock exam: the run shows the trainer's score; the grid is filled and signed.
    await page.evaluate(
      ([learner, exam]) => (location.hash = `#/formateur/stagiaire/${learner}/examen/${exam}`),
      [marius.learnerId, mock.id],
    );
    await expect.poll(() => run.textContent()).toContain('noté 100 % par le formateur');
    const examGrid = page.getByTestId('exam-scoring-grid');
    expect(await examGrid.locator('fieldset').count()).toBe(mock.grid.length);
    expect(await seriousA11yViolations(page)).toEqual([]);
    const [first, ...others] = mock.grid;
    await examGrid.locator(`fieldset[data-competency-id="${first?.competencyId}"]`).getByLabel('Acquis', { exact: true }).check();
    await examGrid.locator(`fieldset[data-competency-id="${first?.competencyId}"]`).getByLabel('Commentaire').fill('Diagnostic clair.');
    for (const row of others) await examGrid.locator(`fieldset[data-competency-id="${row.competencyId}"]`).getByLabel('Non acquis').check();
    await examGrid.getByRole('button', { name: 'Signer et enregistrer le résultat' }).click();
    await examGrid.getByText('Le résultat est signé et enregistré').waitFor();
    expect(await page.getByTestId('exam-previous').textContent()).toContain('Acquis');

    // Stored as a signed ECF of the learner, on the section's CCP and criteria, beside the signed run score.
    const work = (await storedTrainerWork(page)).filter((d) => d.learnerId === marius.learnerId);
    expect(work.find((d) => d.type === 'roleplay-score')).toMatchObject({
      source: { kind: 'run', roleplayId: call.roleplayId, run: 1 },
      ratio: 1,
      signedBy: DEMO_TRAINER.keyId,
    });
    const ecf = work.find((d) => d.type === 'ecf');
    expect(ecf).toMatchObject({ ccpId: 'ccp1', basis: { kind: 'exercise', title: mock.title }, signedBy: DEMO_TRAINER.keyId, version: 1 });
    expect(typeof ecf?.signature).toBe('string');
    expect(ecf?.results).toEqual([
      { competencyId: first?.competencyId, result: 'acquired', comment: 'Diagnostic clair.' },
      ...others.map((row) => ({ competencyId: row.competencyId, result: 'not-acquired', comment: '' })),
    ]);
    await page.context().close();
  });
});
