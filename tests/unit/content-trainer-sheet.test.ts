import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content-build/compile-content';
import { compileInk } from '../../src/content-build/ink';
import { criteriaInScript, sheetHours } from '../../src/domain/content/teaching-sheet.schema';
import { checkPack } from '../../src/domain/content/pack-validate';
import { packToRows } from '../../src/storage/content-import';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function sample(): Promise<{ dir: string; moduleDir: string; hours: number; roleplay: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'relais-sheet-'));
  dirs.push(dir);
  await cp('tests/fixtures/content', dir, { recursive: true });
  const first = await compileContent(dir);
  if (!first.ok) throw new Error(JSON.stringify(first.errors));
  const module = first.pack.modules.find((m) => m.roleplays.length)!;
  const moduleDir = (await readdir(join(dir, 'modules'))).sort()[first.pack.modules.indexOf(module)]!;
  return { dir, moduleDir, hours: module.hours, roleplay: module.roleplays[0]!.id };
}

/** A plan of days of at most 7 h that adds up to `hours`. */
const split = (hours: number) => {
  const n = Math.ceil(hours / 7);
  return Array.from({ length: n }, (_, i) => (i < n - 1 ? 7 : hours - 7 * (n - 1)));
};

const sheet = (hours: number[], roleplay: string) => `schema: 1
objectives: [saluer le client]
sequences:
${hours.map((h, i) => `  - { title: "Séance ${i + 1}", hours: ${h}, kind: pratique, steps: ["Un pas"] }`).join('\n')}
drills:
  - { title: Dictée, minutes: 10, instructions: Dictez, answers: [Relire] }
callerBriefs:
  - { roleplay: ${roleplay}, brief: Vous êtes pressé., hidden: [Un secret], reactions: [Vous vous calmez] }
`;

describe('trainer sheets in the content build', () => {
  it('puts the sheet in its module, and in its own rows on the terminal', async () => {
    const { dir, moduleDir, hours, roleplay } = await sample();
    await writeFile(join(dir, 'modules', moduleDir, 'trainer-sheet.yaml'), sheet(split(hours), roleplay));
    const result = await compileContent(dir);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const module = result.pack.modules.find((m) => m.trainerSheet)!;
    expect(sheetHours(module.trainerSheet!)).toBe(hours);
    expect(module.trainerSheet?.callerBriefs[0]?.hidden).toEqual(['Un secret']);
    expect(module.trainerSheet).not.toHaveProperty('schema');
    expect((await checkPack(JSON.parse(JSON.stringify(result.pack)))).ok).toBe(true);
    const rows = packToRows(result.pack);
    expect(rows.trainerSheets).toEqual([{ packHash: result.pack.hash, moduleId: module.id, sheet: module.trainerSheet }]);
    expect(rows.modules.find((m) => m.id === module.id)).not.toHaveProperty('trainerSheet');
  });

  it('refuses a plan that does not add up to the module’s hours and a brief for a role-play of another module', async () => {
    const { dir, moduleDir, hours } = await sample();
    await writeFile(join(dir, 'modules', moduleDir, 'trainer-sheet.yaml'), sheet([...split(hours), 1], 'rp-inconnu'));
    const result = await compileContent(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.message}`);
    expect(messages).toContainEqual(
      `modules/${moduleDir}/trainer-sheet.yaml:4 le déroulé compte ${hours + 1} h, le module en a ${hours} dans le programme : ajustez les heures des séquences`,
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/trainer-sheet\.yaml:\d+ le jeu de rôle « rp-inconnu » n’est pas dans ce module/),
    );
  });

  it('reports a sheet that breaks the schema at its file', async () => {
    const { dir, moduleDir } = await sample();
    await writeFile(join(dir, 'modules', moduleDir, 'trainer-sheet.yaml'), 'schema: 1\nobjectives: []\nsequences: []\ndrills: []\n');
    const result = await compileContent(dir);
    expect(!result.ok && result.errors.filter((e) => e.file.endsWith('trainer-sheet.yaml')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('sheet helpers', () => {
  it('adds quarter hours exactly', () => {
    expect(
      sheetHours({ sequences: [0.25, 0.5, 0.25, 3.5].map((hours) => ({ title: 'x', hours, kind: 'apport', steps: ['x'], material: [] })) }),
    ).toBe(4.5);
  });

  it('reads the criteria a script scores, in the grid’s order', () => {
    const { json } = compileInk(
      'Bonjour.\n* [Saluer] #tone:1 #greeting:2\n  Merci. -> END\n* [Couper] #greeting:0 #closing:-1\n  -> END\n',
    );
    expect(criteriaInScript(json!)).toEqual(['greeting', 'tone', 'closing']);
  });
});
