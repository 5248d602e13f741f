import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { isMap, isSeq, parseDocument, parse } from 'yaml';
import { PROGRAMME_ENTRY_FILE } from '../domain/authoring/module-export';
import { ProgrammeEntry } from '../domain/content/programme.schema';
import { compileContent } from './compile-content';
import type { Diagnostic } from './diagnostics';

type ModuleImportResult =
  | { ok: true; moduleId: string; dir: string; created: boolean }
  | { ok: false; reason: 'bad-export'; message: string }
  | { ok: false; reason: 'other-module'; dir: string; existingId: string; moduleId: string }
  | { ok: false; reason: 'invalid'; errors: Diagnostic[] };

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    // A missing path is the answer, not a failure.
    return false;
  }
}

async function moduleIdAt(dir: string): Promise<string | undefined> {
  if (!(await exists(join(dir, 'module.yaml')))) return undefined;
  const meta = parse(await readFile(join(dir, 'module.yaml'), 'utf8')) as { id?: unknown } | null;
  return typeof meta?.id === 'string' ? meta.id : undefined;
}

/**
 * Adds or updates the module's line in programme.yaml, keeping the file's comments and layout. With
 * `after`, the line goes right after that module's (moved there if it was elsewhere); without, a new line
 * goes at the end and a known one stays where it is.
 */
function mergeProgrammeEntry(programmeYaml: string, ref: ProgrammeEntry): string {
  const doc = parseDocument(programmeYaml);
  const modules = doc.get('modules', true);
  const entry: Record<string, unknown> = { id: ref.id, dir: ref.dir, hours: ref.hours };
  if (ref.prerequisites.length) entry.prerequisites = ref.prerequisites;
  if (isSeq(modules)) {
    // A replaced module gives its folder up: its line goes (its id would point to the new module's files).
    modules.items = modules.items.filter((n) => !(isMap(n) && n.get('dir') === ref.dir && n.get('id') !== ref.id));
    const indexOf = (id: string) => modules.items.findIndex((n) => isMap(n) && n.get('id') === id);
    const at = indexOf(ref.id);
    const node = doc.createNode(entry);
    if (ref.after !== undefined && indexOf(ref.after) >= 0) {
      if (at >= 0) modules.items.splice(at, 1);
      modules.items.splice(indexOf(ref.after) + 1, 0, node);
    } else if (at >= 0) modules.set(at, node);
    else modules.add(node);
  } else doc.set('modules', [entry]);
  return doc.toString({ lineWidth: 0 });
}

/**
 * Copies an export (programme-entry.yaml + modules/<dir>/) into a content/ folder. The result is built
 * in a scratch copy first: content/ is only changed when the whole programme still builds.
 */
export async function importModuleExport(
  exportDir: string,
  contentRoot: string,
  options: { replace?: boolean } = {},
): Promise<ModuleImportResult> {
  const entryFile = join(exportDir, PROGRAMME_ENTRY_FILE);
  if (!(await exists(entryFile)))
    return {
      ok: false,
      reason: 'bad-export',
      message: `${PROGRAMME_ENTRY_FILE} manquant : ce dossier n’est pas un export de module Relais`,
    };
  const ref = v.safeParse(ProgrammeEntry, parse(await readFile(entryFile, 'utf8')));
  if (!ref.success)
    return {
      ok: false,
      reason: 'bad-export',
      message: `${PROGRAMME_ENTRY_FILE} invalide : ${ref.issues.map((i) => i.message).join(' ; ')}`,
    };
  const { id, dir } = ref.output;
  const source = join(exportDir, 'modules', dir);
  const exportedId = await moduleIdAt(source);
  if (exportedId !== id)
    return { ok: false, reason: 'bad-export', message: `modules/${dir}/module.yaml manquant ou d’un autre id que « ${id} »` };

  const target = join(contentRoot, 'modules', dir);
  const existingId = await moduleIdAt(target);
  if (existingId !== undefined && existingId !== id && !options.replace)
    return { ok: false, reason: 'other-module', dir, existingId, moduleId: id };

  const programmeYaml = await readFile(join(contentRoot, 'programme.yaml'), 'utf8');
  const after = ref.output.after;
  const listed = (parse(programmeYaml) as { modules?: { id?: unknown }[] } | null)?.modules ?? [];
  if (after !== undefined && !listed.some((m) => m.id === after))
    return {
      ok: false,
      reason: 'bad-export',
      message: `${PROGRAMME_ENTRY_FILE} : le module « ${after} », après lequel il se place, n’est pas dans programme.yaml`,
    };
  const programme = mergeProgrammeEntry(programmeYaml, ref.output);
  const scratch = await mkdtemp(join(tmpdir(), 'relais-import-'));
  try {
    await cp(contentRoot, scratch, { recursive: true });
    await rm(join(scratch, 'modules', dir), { recursive: true, force: true });
    await cp(source, join(scratch, 'modules', dir), { recursive: true });
    await writeFile(join(scratch, 'programme.yaml'), programme);
    const built = await compileContent(scratch);
    if (!built.ok) return { ok: false, reason: 'invalid', errors: built.errors };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  await rm(target, { recursive: true, force: true });
  await cp(source, target, { recursive: true });
  await writeFile(join(contentRoot, 'programme.yaml'), programme);
  return { ok: true, moduleId: id, dir, created: existingId === undefined };
}
