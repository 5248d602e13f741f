import { mkdir, mkdtemp, cp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content-build/compile-content';
import { compileInk } from '../../src/content-build/ink';
import { exploreInk } from '../../src/domain/authoring/ink-explore';
import { RoleplaySource } from '../../src/domain/content/roleplay.schema';
import { declaredLookups, lookupProblems } from '../../src/domain/roleplay/roleplay-lookup';
import { RoleplayRun } from '../../src/domain/roleplay/roleplay-run';
import { reviewRun } from '../../src/domain/trainer/roleplay-transcript';
import { lookupInk, lookupSheet } from '../factories/roleplay-lookup.factory';

const json = (src = lookupInk()) => {
  const { json, errors } = compileInk(src);
  if (!json) throw new Error(errors.map((e) => e.message).join('\n'));
  return json;
};
const texts = (run: RoleplayRun) => run.options.map((o) => o.text);

describe('role-play sheet: customer file and knowledge base', () => {
  it('accepts a file and articles, and refuses bad article ids, « fiche » as an id, and duplicate ids', () => {
    expect(v.safeParse(RoleplaySource, lookupSheet()).success).toBe(true);
    expect(v.safeParse(RoleplaySource, lookupSheet({ customerFile: undefined, knowledge: undefined })).success).toBe(true);
    const bad = (knowledge: unknown) => v.safeParse(RoleplaySource, lookupSheet({ knowledge })).success;
    expect(bad([{ id: 'Délais', title: 'x', body: 'y' }])).toBe(false);
    expect(bad([{ id: 'fiche', title: 'x', body: 'y' }])).toBe(false);
    expect(
      bad([
        { id: 'a', title: 'x', body: 'y' },
        { id: 'a', title: 'z', body: 'w' },
      ]),
    ).toBe(false);
    expect(bad([])).toBe(false);
    expect(v.safeParse(RoleplaySource, lookupSheet({ customerFile: [{ label: 'Nom', value: ' ' }] })).success).toBe(false);
  });

  it('finds the consulte_* variables a script declares, and the ones its sheet does not back', () => {
    expect(declaredLookups(json())).toEqual([
      { variable: 'consulte_fiche', resource: 'fiche', initial: false },
      { variable: 'consulte_delais', resource: 'delais', initial: false },
    ]);
    expect(lookupProblems(json(), lookupSheet())).toEqual([]);
    const problems = lookupProblems(json(), lookupSheet({ customerFile: undefined, knowledge: [{ id: 'offres', title: 'O', body: 'b' }] }));
    expect(problems.map((p) => p.variable)).toEqual(['consulte_fiche', 'consulte_delais']);
    const started = lookupProblems(json(lookupInk().replace('VAR consulte_delais = false', 'VAR consulte_delais = 1')), lookupSheet());
    expect(started).toEqual([{ variable: 'consulte_delais', message: expect.stringContaining('false au départ') }]);
  });
});

describe('role-play run: opening the file or an article', () => {
  it('sets the script’s variable and replays the stretch on screen, so the choices shown now depend on it', () => {
    const run = new RoleplayRun(json());
    expect(texts(run)).toEqual(["Je crois qu'il finit bientôt.", 'Je ne sais pas du tout, désolé, monsieur.']);
    const before = run.transcript.length;
    expect(run.consult('fiche')).toBe(true);
    expect(texts(run)).toEqual(['Le 14 mars.', 'Je ne sais pas du tout, désolé, monsieur.']);
    // Replayed, not appended twice: the opening lines once, then the line that depends on the file.
    expect(run.transcript.length).toBe(before + 1);
    expect(run.transcript.at(-1)).toEqual({ speaker: 'narrator', text: '(La fiche est ouverte : fin le 14 mars.)' });
    expect(run.consult('fiche')).toBe(false);
    expect(run.consulted).toEqual(['fiche']);
  });

  it('keeps what was opened across a save, and scores the better answer it unlocked', () => {
    const run = new RoleplayRun(json());
    run.consult('fiche');
    run.choose(0);
    const resumed = new RoleplayRun(json(), JSON.parse(JSON.stringify(run.save())));
    expect(resumed.consulted).toEqual(['fiche']);
    expect(texts(resumed)).toEqual(['Quelques jours, je pense.']);
    resumed.consult('delais');
    expect(texts(resumed)).toEqual(['Sept jours ouvrés.', 'Quelques jours, je pense.']);
    resumed.choose(0);
    expect(resumed.finished).toBe(true);
    expect(resumed.transcript.at(-1)?.text).toBe('Parfait, merci.');
    expect(resumed.consulted).toEqual(['fiche', 'delais']);
  });

  it('records a resource the script does not read without changing the story, and nothing once the call is over', () => {
    const run = new RoleplayRun(json());
    const shown = run.transcript.slice();
    expect(run.consult('tarifs')).toBe(true);
    expect(run.transcript).toEqual(shown);
    run.choose(1);
    run.choose(0);
    expect(run.finished).toBe(true);
    expect(run.consult('fiche')).toBe(false);
    expect(run.consulted).toEqual(['tarifs']);
  });

  it('explores the branches only a lookup opens, so their knots and choices are checked', () => {
    const ex = exploreInk(json());
    expect(ex.visitedKnots.has('fin_lu')).toBe(true);
    expect(ex.choicePoints.map((p) => p.options.map((o) => o.text))).toContainEqual([
      'Le 14 mars.',
      'Je ne sais pas du tout, désolé, monsieur.',
    ]);
    expect(ex.choicePoints.map((p) => p.options.map((o) => o.text))).toContainEqual(['Sept jours ouvrés.', 'Quelques jours, je pense.']);
  });
});

describe('trainer review of a run with lookups', () => {
  /** What the learner's terminal records: the choices only, not what he opened. */
  const recorded = (run: RoleplayRun) =>
    run.points.map((p, step) => ({
      roleplayId: 'rp-lookup-test',
      run: 1,
      step,
      choiceIndex: p.chosen,
      text: p.options[p.chosen]?.text ?? '',
    }));

  it('replays the recorded choices by finding what was opened, with the same score and lines as the learner saw', () => {
    const run = new RoleplayRun(json());
    run.consult('fiche');
    run.choose(0);
    run.consult('delais');
    run.choose(0);
    const review = reviewRun(json(), recorded(run), 0.6);
    expect(review.complete).toBe(true);
    expect(review.ratio).toBe(1);
    expect(review.lines.map((l) => l.text)).toEqual(run.transcript.map((l) => l.text));
    expect(review.lines.filter((l) => l.choice).map((l) => l.choice?.chosen)).toEqual([0, 0]);
    expect(review.lines.find((l) => l.choice)?.choice?.options.map((o) => o.text)).toEqual([
      'Le 14 mars.',
      'Je ne sais pas du tout, désolé, monsieur.',
    ]);
  });

  it('stays incomplete when a recorded choice matches nothing, opened or not', () => {
    const review = reviewRun(json(), [{ roleplayId: 'rp-lookup-test', run: 1, step: 0, choiceIndex: 0, text: 'Autre chose' }], 0.6);
    expect(review.complete).toBe(false);
    expect(review.lines.at(-1)).toEqual({ speaker: 'advisor', text: 'Autre chose' });
  });
});

describe('content build with a customer file and articles', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });
  async function sampleWith(sheet: Record<string, unknown>, ink = lookupInk()): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'relais-lookup-'));
    dirs.push(dir);
    await cp('tests/fixtures/content', dir, { recursive: true });
    const rp = join(dir, 'modules/01-accueil/roleplays');
    await mkdir(rp, { recursive: true });
    await writeFile(join(rp, 'fiche-test.ink'), ink);
    await writeFile(join(rp, 'fiche-test.yaml'), stringify({ ...sheet, competencies: ['ccp1.accueil'] }));
    return dir;
  }

  it('ships the file and the articles rendered with raw HTML off', async () => {
    const result = await compileContent(await sampleWith(lookupSheet()));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const rp = result.pack.modules.flatMap((m) => m.roleplays).find((r) => r.id === 'rp-lookup-test');
    expect(rp?.customerFile).toEqual([
      { label: 'Client', value: 'M. Nadeau' },
      { label: 'Fin du contrat', value: '14 mars' },
    ]);
    const html = rp?.knowledge?.[0]?.html ?? '';
    expect(html).toContain('<strong>sept jours ouvrés</strong>');
    expect(html).toContain('&lt;b&gt;brut&lt;/b&gt;');
    expect(rp?.knowledge?.[0]).not.toHaveProperty('body');
  });

  it('refuses a consulte_* variable its sheet does not back, at the VAR line', async () => {
    const result = await compileContent(await sampleWith(lookupSheet({ knowledge: undefined })));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({
        file: expect.stringContaining('fiche-test.ink'),
        line: 2,
        message: expect.stringContaining('consulte_delais'),
      }),
    );
  });
});
