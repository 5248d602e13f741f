import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content-build/compile-content';
import { createLessonRenderer } from '../../src/content-build/markdown';
import { compileInk } from '../../src/domain/authoring/ink-compile';
import { exportModule, PROGRAMME_ENTRY_FILE, type ExportFile } from '../../src/domain/authoring/module-export';
import { authoredModule } from '../support/authored-module-factory';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** The fixture programme with its first module replaced by the export's files, written unchanged. */
async function contentWith(files: ExportFile[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'relais-export-'));
  dirs.push(dir);
  await cp('tests/fixtures/content', dir, { recursive: true });
  await rm(join(dir, 'modules/01-accueil'), { recursive: true });
  for (const f of files.filter((f) => f.path !== PROGRAMME_ENTRY_FILE)) {
    await mkdir(dirname(join(dir, f.path)), { recursive: true });
    await writeFile(join(dir, f.path), f.text);
  }
  return dir;
}

describe('export to the content/ file format', () => {
  it('writes module.yaml, numbered lessons, quiz.yaml, and each .ink with its sheet', () => {
    const paths = exportModule(authoredModule()).map((f) => f.path);
    expect(paths).toEqual([
      'programme-entry.yaml',
      'modules/01-accueil/module.yaml',
      'modules/01-accueil/lessons/01-l-saluer.md',
      'modules/01-accueil/lessons/02-l-identifier.md',
      'modules/01-accueil/quiz.yaml',
      'modules/01-accueil/roleplays/premier-appel.ink',
      'modules/01-accueil/roleplays/premier-appel.yaml',
    ]);
  });

  it('is accepted unchanged by content:build, and the built module is the authored one', async () => {
    const input = authoredModule();
    const result = await compileContent(await contentWith(exportModule(input)));
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
    const built = result.pack.modules.find((m) => m.id === 'm-accueil');
    const md = createLessonRenderer();
    expect(built).toMatchObject({
      title: input.meta.title,
      summary: input.meta.summary,
      competencies: input.meta.competencies,
      sourcesHtml: md.render(input.meta.sources),
    });
    expect(built?.lessons).toEqual(
      input.lessons.map((l, order) => ({
        id: l.id,
        schema: 1,
        title: l.title,
        competency: l.competency,
        minutes: l.minutes,
        moduleId: 'm-accueil',
        order,
        html: md.render(l.body),
      })),
    );
    const { items, ...quiz } = input.quiz ?? { items: [] };
    expect(built?.items).toEqual(items);
    expect(built?.quiz).toEqual({ ...quiz, moduleId: 'm-accueil', itemIds: items.map((i) => i.id) });
    const [rp] = input.roleplays;
    expect(built?.roleplays).toEqual([{ ...rp?.sheet, moduleId: 'm-accueil', ink: compileInk(rp?.ink ?? '').json }]);
  });

  it('keeps an ink script that fails the checks failing after export (nothing is smoothed over)', async () => {
    const input = authoredModule();
    const broken = { ...input, roleplays: input.roleplays.map((r) => ({ ...r, ink: `${r.ink}=== oubli ===\nRien.\n-> END\n` })) };
    const result = await compileContent(await contentWith(exportModule(broken)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message)).toContain('le nœud « oubli » n’est jamais atteint');
  });
});
