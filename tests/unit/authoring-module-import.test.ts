import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileContent } from '../../src/content-build/compile-content';
import { importModuleExport } from '../../src/content-build/module-import';
import { exportModule, type AuthoredModule } from '../../src/domain/authoring/module-export';
import { authoredModule } from '../support/authored-module-factory';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'relais-import-test-'));
  dirs.push(dir);
  return dir;
}
async function exportFolder(m: AuthoredModule, place: { after?: string } = {}): Promise<string> {
  const dir = await tempDir();
  for (const f of exportModule(m, place)) {
    await mkdir(dirname(join(dir, f.path)), { recursive: true });
    await writeFile(join(dir, f.path), f.text);
  }
  return dir;
}
async function contentCopy(): Promise<string> {
  const dir = await tempDir();
  await cp('tests/fixtures/content', dir, { recursive: true });
  return dir;
}
const programmeModules = async (root: string) =>
  (parse(await readFile(join(root, 'programme.yaml'), 'utf8')) as { modules: { id: string; dir: string; hours: number }[] }).modules;

/** A copy of a module with ids of its own (ids are unique across the programme) in another folder. */
function copyOf(m: AuthoredModule, suffix: string, dir: string): AuthoredModule {
  const id = `${m.ref.id}-${suffix}`;
  return {
    ...m,
    ref: { ...m.ref, id, dir, hours: 0 },
    meta: { ...m.meta, id },
    lessons: m.lessons.map((l) => ({ ...l, id: `${l.id}-${suffix}` })),
    quiz: m.quiz && { ...m.quiz, id: `q-${id}`, items: m.quiz.items.map((i) => ({ ...i, id: `${i.id}-${suffix}` })) },
    roleplays: m.roleplays.map((r) => ({ ...r, sheet: { ...r.sheet, id: `rp-${id}` } })),
  };
}

describe('import of a module export into content/', () => {
  it('adds a new module folder and its programme line, keeping programme.yaml comments', async () => {
    const root = await contentCopy();
    const m = authoredModule();
    const fresh = {
      ...m,
      ref: { ...m.ref, id: 'm-accueil-bis', dir: '03-accueil-bis', hours: 0 },
      meta: { ...m.meta, id: 'm-accueil-bis' },
    };
    // Ids are unique across the programme: the copy gets its own.
    fresh.lessons = m.lessons.map((l) => ({ ...l, id: `${l.id}-bis` }));
    fresh.quiz = m.quiz && { ...m.quiz, id: 'q-accueil-bis', items: m.quiz.items.map((i) => ({ ...i, id: `${i.id}-bis` })) };
    fresh.roleplays = m.roleplays.map((r) => ({ ...r, sheet: { ...r.sheet, id: 'rp-premier-appel-bis' } }));
    const r = await importModuleExport(await exportFolder(fresh), root);
    expect(r).toEqual({ ok: true, moduleId: 'm-accueil-bis', dir: '03-accueil-bis', created: true });
    expect((await programmeModules(root)).map((x) => x.id)).toEqual(['m-accueil', 'm-ecoute', 'm-accueil-bis']);
    expect(await readFile(join(root, 'programme.yaml'), 'utf8')).toMatch(/^# Programme du titre professionnel/);
    expect(await readFile(join(root, 'modules/03-accueil-bis/roleplays/premier-appel.ink'), 'utf8')).toBe(fresh.roleplays[0]?.ink);
  });

  it('puts a module exported with its place right after the module it names, and content:build teaches it there', async () => {
    const root = await contentCopy();
    const fresh = copyOf(authoredModule(), 'bis', '03-accueil-bis');
    const folder = await exportFolder(fresh, { after: 'm-accueil' });
    expect(parse(await readFile(join(folder, 'programme-entry.yaml'), 'utf8'))).toMatchObject({ id: 'm-accueil-bis', after: 'm-accueil' });
    expect(await importModuleExport(folder, root)).toMatchObject({ ok: true, created: true });
    expect((await programmeModules(root)).map((x) => x.id)).toEqual(['m-accueil', 'm-accueil-bis', 'm-ecoute']);
    // programme.yaml orders by position: `after` itself is not written there.
    expect(await readFile(join(root, 'programme.yaml'), 'utf8')).not.toContain('after');
    const built = await compileContent(root);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.pack.programme.moduleOrder).toEqual(['m-accueil', 'm-accueil-bis', 'm-ecoute']);
    expect(built.pack.modules.map((m) => [m.id, m.order])).toEqual([
      ['m-accueil', 0],
      ['m-accueil-bis', 1],
      ['m-ecoute', 2],
    ]);
    // Exported again with another place, the same module moves there.
    expect(await importModuleExport(await exportFolder(fresh, { after: 'm-ecoute' }), root)).toMatchObject({ ok: true, created: false });
    expect((await programmeModules(root)).map((x) => x.id)).toEqual(['m-accueil', 'm-ecoute', 'm-accueil-bis']);
  });

  it('refuses a place after a module that programme.yaml does not have, and changes nothing', async () => {
    const root = await contentCopy();
    const before = await readFile(join(root, 'programme.yaml'), 'utf8');
    const r = await importModuleExport(await exportFolder(copyOf(authoredModule(), 'bis', '03-accueil-bis'), { after: 'm-absent' }), root);
    expect(r).toEqual({
      ok: false,
      reason: 'bad-export',
      message: 'programme-entry.yaml : le module « m-absent », après lequel il se place, n’est pas dans programme.yaml',
    });
    expect(await readFile(join(root, 'programme.yaml'), 'utf8')).toBe(before);
  });

  it('updates the same module in place, removing files the export no longer has', async () => {
    const root = await contentCopy();
    const r = await importModuleExport(await exportFolder(authoredModule()), root);
    expect(r).toMatchObject({ ok: true, created: false });
    const lessons = await readFile(join(root, 'modules/01-accueil/lessons/01-l-saluer.md'), 'utf8');
    expect(lessons).toContain('**avant**');
    await expect(readFile(join(root, 'modules/01-accueil/lessons/01-saluer.md'), 'utf8')).rejects.toThrow();
  });

  it('refuses to overwrite a different module in the same folder unless asked to replace it', async () => {
    const root = await contentCopy();
    const m = authoredModule();
    const other = { ...m, ref: { ...m.ref, id: 'm-autre' }, meta: { ...m.meta, id: 'm-autre' } };
    const before = await readFile(join(root, 'modules/01-accueil/module.yaml'), 'utf8');
    expect(await importModuleExport(await exportFolder(other), root)).toEqual({
      ok: false,
      reason: 'other-module',
      dir: '01-accueil',
      existingId: 'm-accueil',
      moduleId: 'm-autre',
    });
    expect(await readFile(join(root, 'modules/01-accueil/module.yaml'), 'utf8')).toBe(before);
  });

  it('with replace, puts a different module in the folder and drops the old one from the programme', async () => {
    const root = await contentCopy();
    const m = authoredModule();
    const other: AuthoredModule = {
      ...m,
      ref: { id: 'm-autre', dir: '02-ecoute', hours: 200, prerequisites: ['m-accueil'] },
      meta: { ...m.meta, id: 'm-autre' },
      lessons: m.lessons.map((l) => ({ ...l, id: `${l.id}-autre` })),
      quiz: m.quiz && { ...m.quiz, id: 'q-autre', items: m.quiz.items.map((i) => ({ ...i, id: `${i.id}-autre` })) },
      roleplays: m.roleplays.map((r) => ({ ...r, sheet: { ...r.sheet, id: 'rp-autre' } })),
    };
    const r = await importModuleExport(await exportFolder(other), root, { replace: true });
    expect(r).toEqual({ ok: true, moduleId: 'm-autre', dir: '02-ecoute', created: false });
    expect((await programmeModules(root)).map((x) => [x.id, x.dir])).toEqual([
      ['m-accueil', '01-accueil'],
      ['m-autre', '02-ecoute'],
    ]);
  });

  it('changes nothing when the programme would no longer build with the module', async () => {
    const root = await contentCopy();
    const m = authoredModule();
    const broken = { ...m, roleplays: m.roleplays.map((r) => ({ ...r, ink: `${r.ink}=== oubli ===\nRien.\n-> END\n` })) };
    const before = await readFile(join(root, 'programme.yaml'), 'utf8');
    const r = await importModuleExport(await exportFolder(broken), root);
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === 'invalid') expect(r.errors.map((e) => e.message)).toContain('le nœud « oubli » n’est jamais atteint');
    else throw new Error(`expected an invalid import, got ${JSON.stringify(r)}`);
    expect(await readFile(join(root, 'programme.yaml'), 'utf8')).toBe(before);
    expect(await readFile(join(root, 'modules/01-accueil/lessons/01-saluer.md'), 'utf8')).toMatch(/premières secondes/);
  });

  it('runs as npm run content:import, with --into content/modules and --replace', async () => {
    const root = await contentCopy();
    const m = authoredModule();
    const folder = await exportFolder({ ...m, ref: { ...m.ref, id: 'm-autre' }, meta: { ...m.meta, id: 'm-autre' } });
    const run = (args: string[]) =>
      promisify(execFile)('npx', ['tsx', 'src/content-build/import-cli.ts', folder, '--into', join(root, 'modules'), ...args]);
    await expect(run([])).rejects.toMatchObject({ stderr: expect.stringContaining('contient déjà un autre module') });
    // m-ecoute's prerequisite m-accueil disappears with the replaced module, so the build (and the import) refuse.
    await expect(run(['--replace'])).rejects.toMatchObject({ stderr: expect.stringContaining('le contenu ne se construit plus') });
  }, 60_000);
});
