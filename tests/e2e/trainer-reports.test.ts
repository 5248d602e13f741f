import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir } from '../../bench/static-server';
import { fromBase64Url, toBase64Url, utf8 } from '../../src/domain/trainer/base64url';
import { seriousA11yViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';

const OUT = resolve('.tmp/trainer-harness');
let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(() => {
  const built = spawnSync('npx', ['vite', 'build', '--config', 'tests/e2e/trainer-harness/vite.config.ts'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('trainer harness build failed');
});
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDir(OUT)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh terminal (its own IndexedDB) with the seeded class, and the CSP violations it reports. */
async function open(hash: string): Promise<{ page: Page; cspErrors: string[] }> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await page.goto(`${server.url}/index.html#${hash}`);
  await page.waitForFunction(() => document.title === 'ready');
  return { page, cspErrors };
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile((await d.path()) as string, 'utf8');
}

describe('trainer reports in Chromium', () => {
  it('shows the learner report with its SVG chart under the strict CSP, exports CSV and xAPI, and passes axe', async () => {
    const { page, cspErrors } = await open('/formateur/stagiaire/demo-marius/rapport');
    const roleplays = page.getByTestId('report-roleplays');
    await roleplays.getByRole('table').waitFor();
    await expect(roleplays.textContent()).resolves.toContain('Pas encore noté');
    expect(await page.getByTestId('report-results').locator('svg[role=img] rect').count()).toBeGreaterThan(0);
    const csv = await download(page, () => roleplays.getByRole('button', { name: /CSV/ }).click());
    expect(csv.split('\r\n')[0]).toBe('\uFEFFDate;Jeu de rôle;Essai;Note automatique;Note du formateur');
    const xapi = JSON.parse(await download(page, () => page.getByRole('button', { name: /xAPI/ }).click())) as {
      verb: { id: string };
      actor: unknown;
      timestamp: string;
    }[];
    expect(xapi.map((s) => s.verb.id)).toContain('http://adlnet.gov/expapi/verbs/answered');
    expect(xapi[0]?.actor).toMatchObject({ account: { name: 'demo-marius' } });
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(cspErrors).toEqual([]);
  });

  it('scores the run on the named criteria beside the automatic score; the report then shows both', async () => {
    const { page } = await open('/formateur/stagiaire/demo-marius/rapport');
    await page.getByTestId('report-roleplays').getByRole('link', { name: 'Noter' }).click();
    const transcript = page.getByTestId('scoring-transcript');
    await transcript.waitFor();
    expect(await transcript.locator('.options li').count()).toBeGreaterThan(1);
    const grid = page.getByTestId('scoring-grid');
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Every graded criterion set to « Maîtrisé »: the trainer's score is 100 %.
    const radios = grid.getByRole('radio', { name: 'Maîtrisé' });
    for (let i = 0; i < (await radios.count()); i++) await radios.nth(i).check();
    await grid.getByRole('button', { name: 'Signer et enregistrer la note' }).click();
    await grid.getByText('La note est signée et enregistrée.').waitFor();
    await page.goto(`${server.url}/index.html#/formateur/stagiaire/demo-marius/rapport`);
    await page.waitForFunction(() => document.title === 'ready');
    const row = page.getByTestId('report-roleplays').getByRole('row').nth(1);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('100 %');
  });

  it('shows the class grid, who is stuck on which question, and passes axe', async () => {
    const { page } = await open('/formateur/rapports');
    await page.getByTestId('class-grid').locator('svg rect').first().waitFor();
    await expect(page.getByTestId('class-stuck').textContent()).resolves.toMatch(/Marius.*3 erreurs de suite/s);
    await expect(page.getByTestId('class-failed').getByRole('row').count()).resolves.toBe(2);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('exports the record as a signed file; a tampered copy is refused with a French message; the intact one merges (same history: nothing new)', async () => {
    const { page } = await open('/formateur/dossier-transfert?learner=demo-marius');
    const file = await download(page, async () => {
      await page.getByRole('button', { name: 'Créer le fichier signé' }).click();
      await page.getByRole('button', { name: 'Télécharger le fichier' }).click();
    });
    const [h, p, s] = file.split('.') as [string, string, string];
    const tampered = `${h}.${toBase64Url(utf8(new TextDecoder().decode(fromBase64Url(p)).replace('"activeSeconds":1800', '"activeSeconds":99999')))}.${s}`;
    const input = page.getByLabel('Fichier du dossier (.jwt)');
    await input.setInputFiles({ name: 'dossier.jwt', mimeType: 'application/jwt', buffer: Buffer.from(tampered) });
    await expect(page.getByTestId('record-refused').textContent()).resolves.toContain('modifié après sa signature');
    await input.setInputFiles({ name: 'dossier.jwt', mimeType: 'application/jwt', buffer: Buffer.from(file) });
    await page.getByTestId('record-preview').waitFor();
    await page.getByLabel(/Nouveau code secret/).fill('4321');
    await page.getByRole('button', { name: 'Ajouter ce dossier à ce site' }).click();
    await expect(page.getByTestId('record-imported').textContent()).resolves.toContain('0 événement');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
