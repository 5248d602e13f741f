import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content-build/compile-content';
import { checkPack } from '../../src/domain/content/pack-validate';

const dirs: string[] = [];
async function copyOfSample(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'relais-content-'));
  dirs.push(dir);
  await cp('tests/fixtures/content', dir, { recursive: true });
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('content build', () => {
  it('builds the fixture programme into a pack whose hash checks out', async () => {
    const result = await compileContent(await copyOfSample());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.modules.map((m) => m.id)).toEqual(['m-accueil', 'm-ecoute']);
    expect((await checkPack(JSON.parse(JSON.stringify(result.pack)))).ok).toBe(true);
  });

  it('gives the same hash for the same content', async () => {
    const dir = await copyOfSample();
    const a = await compileContent(dir, new Date(0));
    const b = await compileContent(dir, new Date(1e12));
    expect(a.ok && b.ok && a.pack.hash === b.pack.hash).toBe(true);
  });

  it('renders lessons with raw HTML escaped and boxes as asides', async () => {
    const dir = await copyOfSample();
    const lesson = join(dir, 'modules/01-accueil/lessons/01-saluer.md');
    await writeFile(lesson, `${await readFile(lesson, 'utf8')}\n<script>alert(1)</script>\n[lien](https://example.com)\n`);
    const result = await compileContent(dir);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const html = result.pack.modules[0]?.lessons[0]?.html ?? '';
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('href="https://example.com"');
    expect(html).toContain('<aside class="box box-retenir"');
  });

  it('keeps each line of a dialogue box on its own line, and joins wrapped lines elsewhere', async () => {
    const dir = await copyOfSample();
    const lesson = join(dir, 'modules/01-accueil/lessons/02-identifier.md');
    await writeFile(lesson, (await readFile(lesson, 'utf8')).replace('Avant de donner', 'Avant\nde donner'));
    const result = await compileContent(dir);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const html = result.pack.modules[0]?.lessons.find((l) => l.id === 'l-identifier')?.html ?? '';
    expect(html).toContain('<p>— Pouvez-vous me donner votre numéro client ?<br>\n— Oui, c’est le 45 12 88.</p>');
    expect(html).toContain('<p>Avant\nde donner');
  });

  it('lists every error with its file and line, not just the first', async () => {
    const dir = await copyOfSample();
    await writeFile(
      join(dir, 'modules/01-accueil/quiz.yaml'),
      [
        'id: q-accueil',
        'schema: 1',
        'title: Quiz',
        'passMark: 0.7',
        'items:',
        '  - id: qa-001',
        '    schema: 1',
        '    type: single',
        '    competency: ccp1.accueil',
        '    prompt: Question ?',
        '    choices: [a, b]',
        '    answer: 5',
        '    explanation: x',
        '  - id: qa-002',
        '    schema: 1',
        '    type: truefalse',
        '    competency: ccp1.accueil',
        '    prompt: Vrai ?',
        '    answer: "oui"',
        '    explanation: y',
      ].join('\n'),
    );
    await writeFile(join(dir, 'modules/02-ecoute/lessons/01-reformuler.md'), 'Pas d’en-tête ici.\n');
    await writeFile(join(dir, 'modules/01-accueil/roleplays/premier-appel.ink'), 'Début\n-> nulle_part\n');
    const result = await compileContent(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byFile = (f: string) => result.errors.filter((e) => e.file === f);
    expect(byFile('modules/01-accueil/quiz.yaml').map((e) => e.line)).toEqual([6, 19]);
    expect(byFile('modules/02-ecoute/lessons/01-reformuler.md')[0]?.message).toMatch(/en-tête manquant/);
    const ink = byFile('modules/01-accueil/roleplays/premier-appel.ink');
    expect(ink[0]?.line).toBe(2);
    expect(ink[0]?.message).toMatch(/nulle_part/);
  });

  it('reports YAML syntax errors and unknown competencies', async () => {
    const dir = await copyOfSample();
    await writeFile(join(dir, 'modules/02-ecoute/module.yaml'), 'id: m-ecoute\nschema: 1\ntitle: [oops\n');
    const mod = join(dir, 'modules/01-accueil/module.yaml');
    await writeFile(mod, (await readFile(mod, 'utf8')).replace('tr.rgpd', 'tr.inconnue'));
    const result = await compileContent(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map((e) => `${e.file}: ${e.message}`);
    expect(messages.some((m) => m.startsWith('modules/02-ecoute/module.yaml: YAML invalide'))).toBe(true);
    // References are checked once every file parses; the syntax error comes first.
    expect(result.errors.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses a role-play choice without a scoring tag and an unreachable knot', async () => {
    const dir = await copyOfSample();
    await writeFile(
      join(dir, 'modules/01-accueil/roleplays/premier-appel.ink'),
      'Bonjour.\n* [Répondre] -> END\n=== perdu ===\nJamais lu.\n-> END\n',
    );
    const result = await compileContent(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map((e) => e.message).join('\n');
    expect(messages).toMatch(/aucune étiquette de score/);
    expect(messages).toMatch(/« perdu » n’est jamais atteint/);
  });
});

describe('pack references', () => {
  it('refuses a placement role-play tied to a competency the programme does not have', async () => {
    const dir = await copyOfSample();
    await mkdir(join(dir, 'placement/roleplays'), { recursive: true });
    await cp(join(dir, 'modules/01-accueil/roleplays/premier-appel.ink'), join(dir, 'placement/roleplays/court.ink'));
    const sheet = await readFile(join(dir, 'modules/01-accueil/roleplays/premier-appel.yaml'), 'utf8');
    await writeFile(
      join(dir, 'placement/roleplays/court.yaml'),
      sheet.replace('id: rp-premier-appel', 'id: rp-court').replace('[ccp1.accueil]', '[ccp9.inconnue]'),
    );
    const result = await compileContent(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toContain(
      'positionnement, jeu de rôle rp-court : la compétence « ccp9.inconnue » n’existe pas dans le programme',
    );
  });
});
