import { basename, join } from 'node:path';
import * as v from 'valibot';
import type { ModuleBundle, Lesson } from '../domain/content/module.schema';
import { LessonFrontMatter, ModuleSource } from '../domain/content/module.schema';
import { PACK_FORMAT, PlacementSource, type ContentPack, type PackBody, type Placement } from '../domain/content/pack.schema';
import { packHash } from '../domain/content/pack-hash';
import { packReferenceErrors } from '../domain/content/pack-validate';
import { ProgrammeSource, type ExamRef, type ModuleRef } from '../domain/content/programme.schema';
import { ExamSource, type ExamSection } from '../domain/exam/exam.schema';
import { QuizItem, QuizSource, type Quiz } from '../domain/content/quiz.schema';
import { RoleplaySource, type Roleplay } from '../domain/content/roleplay.schema';
import { lookupProblems } from '../domain/roleplay/roleplay-lookup';
import { lintBreaches, lintModule, type ModuleLint } from './content-lint';
import { Diagnostics, lineOfPath, reportIssues, type Diagnostic, type YamlSource } from './diagnostics';
import { checkGlossaryLinks, compileGlossary } from './glossary';
import type { InkChoicePoint } from './ink-check';
import { checkInkCached } from './ink-cache';
import { duplicateOptions } from './option-duplicates';
import { writtenItemProblems } from './written-checks';
import { createLessonRenderer } from './markdown';
import { SourceReader, splitFrontMatter } from './source-files';
import { compileTrainerSheet } from './trainer-sheet';

/** `lint` holds the figures of every module that compiled, even when the build fails. */
type BuildResult = { ok: true; pack: ContentPack; lint: ModuleLint[] } | { ok: false; errors: Diagnostic[]; lint: ModuleLint[] };

/** Reads content/, validates every file and returns the pack, or every error found. */
export async function compileContent(root: string, now = new Date()): Promise<BuildResult> {
  const diags = new Diagnostics();
  const reader = new SourceReader(root, diags);

  const lint: ModuleLint[] = [];
  const programme = await readChecked(reader, diags, join(root, 'programme.yaml'), ProgrammeSource);
  if (!programme) return { ok: false, errors: diags.list, lint };
  const prog = programme.value;
  const glossary = await compileGlossary(reader, diags, root, new Set(prog.modules.map((m) => m.id)));
  const md = createLessonRenderer(glossary);

  const modules: ModuleBundle[] = [];
  for (const [order, ref] of prog.modules.entries()) {
    const bundle = await compileModule(reader, diags, md, root, ref, order, lint);
    if (!bundle) continue;
    const trainerSheet = await compileTrainerSheet(reader, diags, root, ref, bundle);
    modules.push(trainerSheet ? { ...bundle, trainerSheet } : bundle);
  }
  checkGlossaryLinks(diags, modules, glossary);
  const placement = prog.placement ? await compilePlacement(reader, diags, join(root, prog.placement), lint) : null;
  const exam: ExamSection[] = [];
  for (const [order, ref] of prog.exam.entries()) {
    const section = await compileExamSection(reader, diags, md, root, ref, order, lint);
    if (section) exam.push(section);
  }
  for (const l of lint) for (const b of lintBreaches(l)) diags.add(b.file, `lint : ${b.message}`);

  // The exam sections' hours are part of the announced total, like the modules'.
  const moduleHours = prog.modules.reduce((s, m) => s + m.hours, 0);
  const examHours = prog.exam.reduce((s, e) => s + e.hours, 0);
  if (Math.abs(moduleHours + examHours - prog.totalHours) > 1e-6) {
    const parts = prog.exam.length
      ? `les heures des modules (${moduleHours} h) et des épreuves (${examHours} h)`
      : `les heures des modules (${moduleHours} h)`;
    diags.add('programme.yaml', `${parts} ne font pas le total annoncé (${prog.totalHours} h)`);
  }

  const body: PackBody = {
    programme: {
      id: prog.id,
      schema: prog.schema,
      title: prog.title,
      level: prog.level,
      identifiers: prog.identifiers,
      totalHours: prog.totalHours,
      hoursNote: prog.hoursNote,
      blocks: prog.blocks,
      moduleOrder: prog.modules.map((m) => m.id),
      ...(glossary ? { glossary: glossary.map(({ autolink: _, ...entry }) => entry) } : {}),
    },
    modules,
    placement,
    ...(exam.length ? { exam } : {}),
  };
  if (diags.count) return { ok: false, errors: diags.list, lint };
  for (const message of packReferenceErrors(body)) diags.add('(références)', message);
  if (diags.count) return { ok: false, errors: diags.list, lint };

  const hash = await packHash(body);
  return { ok: true, pack: { kind: 'relais.content-pack', format: PACK_FORMAT, hash, builtAt: now.toISOString(), ...body }, lint };
}

/** Reads a YAML file and checks it against its schema; every issue is reported at its line. */
async function readChecked<S extends v.GenericSchema>(
  reader: SourceReader,
  diags: Diagnostics,
  file: string,
  schema: S,
): Promise<{ value: v.InferOutput<S>; src: YamlSource; rel: string } | undefined> {
  const yaml = await reader.yaml(file);
  if (!yaml) return undefined;
  const rel = reader.rel(file);
  const parsed = v.safeParse(schema, yaml.value);
  if (!parsed.success) {
    reportIssues(diags, rel, parsed.issues, yaml.src);
    return undefined;
  }
  return { value: parsed.output, src: yaml.src, rel };
}

async function compileModule(
  reader: SourceReader,
  diags: Diagnostics,
  md: ReturnType<typeof createLessonRenderer>,
  root: string,
  ref: ModuleRef,
  order: number,
  lint: ModuleLint[],
): Promise<ModuleBundle | undefined> {
  const dir = join(root, 'modules', ref.dir);
  const file = join(dir, 'module.yaml');
  const meta = await readChecked(reader, diags, file, ModuleSource);
  if (!meta) return undefined;
  if (meta.value.id !== ref.id) {
    diags.add(reader.rel(file), `l’id « ${meta.value.id} » ne correspond pas à celui du programme (« ${ref.id} »)`);
  }
  const moduleId = ref.id;

  const lessons: Lesson[] = [];
  for (const [i, lessonFile] of (await reader.list(join(dir, 'lessons'), '.md')).entries()) {
    const lesson = await compileLesson(reader, diags, md, lessonFile, moduleId, i);
    if (lesson) lessons.push(lesson);
  }
  if (!lessons.length) diags.add(reader.rel(dir), 'le module n’a aucune leçon (dossier lessons/ vide)');

  const quizPart = await compileQuiz(reader, diags, join(dir, 'quiz.yaml'), moduleId);
  const { roleplays, choicePoints } = await compileRoleplays(reader, diags, join(dir, 'roleplays'), moduleId);
  const files = { quiz: reader.rel(join(dir, 'quiz.yaml')), roleplays: reader.rel(join(dir, 'roleplays')) };
  lint.push(lintModule(moduleId, files, quizPart?.items ?? [], choicePoints));

  return {
    id: moduleId,
    schema: 1,
    title: meta.value.title,
    summary: meta.value.summary,
    competencies: meta.value.competencies,
    hours: ref.hours,
    prerequisites: ref.prerequisites,
    order,
    sourcesHtml: md.render(meta.value.sources),
    lessons,
    quiz: quizPart?.quiz ?? null,
    items: quizPart?.items ?? [],
    roleplays,
    roleplayThreshold: 0.6,
  };
}

async function compileLesson(
  reader: SourceReader,
  diags: Diagnostics,
  md: ReturnType<typeof createLessonRenderer>,
  file: string,
  moduleId: string,
  order: number,
): Promise<Lesson | undefined> {
  const text = await reader.text(file);
  if (text === undefined) return undefined;
  const parts = splitFrontMatter(text);
  if (!parts) {
    diags.add(reader.rel(file), 'en-tête manquant : le fichier doit commencer par « --- », l’en-tête YAML, puis « --- »', 1);
    return undefined;
  }
  const yaml = reader.yamlText(file, parts.front, 1);
  if (!yaml) return undefined;
  const front = v.safeParse(LessonFrontMatter, yaml.value);
  if (!front.success) {
    // Front matter starts on line 2 of the file.
    for (const issue of front.issues) {
      const key = issue.path?.[0]?.key;
      diags.add(reader.rel(file), `${key ? `${String(key)} : ` : ''}${issue.message}`, 2);
    }
    return undefined;
  }
  if (!parts.body.trim()) diags.add(reader.rel(file), 'la leçon est vide', parts.bodyLine);
  return { ...front.output, moduleId, order, html: md.render(parts.body) };
}

async function compileQuiz(
  reader: SourceReader,
  diags: Diagnostics,
  file: string,
  moduleId: string,
): Promise<{ quiz: Quiz; items: QuizItem[] } | undefined> {
  const checked = await readChecked(reader, diags, file, QuizSource);
  if (!checked) return undefined;
  const { value: src, rel } = checked;
  const items = parseItems(diags, rel, src.items, checked.src, ['items']);
  const quiz: Quiz = {
    id: src.id,
    schema: 1,
    moduleId,
    title: src.title,
    passMark: src.passMark,
    retry: src.retry,
    itemsPerAttempt: src.itemsPerAttempt,
    itemIds: items.map((i) => i.id),
  };
  return { quiz, items };
}

function parseItems(
  diags: Diagnostics,
  rel: string,
  raw: unknown[],
  src: Parameters<typeof reportIssues>[3],
  base: (string | number)[],
): QuizItem[] {
  const items: QuizItem[] = [];
  raw.forEach((candidate, index) => {
    const parsed = v.safeParse(QuizItem, candidate);
    if (!parsed.success) return reportIssues(diags, rel, parsed.issues, src, [...base, index]);
    items.push(parsed.output);
    for (const message of [...duplicateOptions(parsed.output), ...writtenItemProblems(parsed.output)])
      diags.add(rel, message, src ? lineOfPath(src, [...base, index]) : undefined);
  });
  return items;
}

async function compileRoleplays(
  reader: SourceReader,
  diags: Diagnostics,
  dir: string,
  moduleId: string,
): Promise<{ roleplays: Roleplay[]; choicePoints: (InkChoicePoint & { script: string })[] }> {
  const roleplays: Roleplay[] = [];
  const choicePoints: (InkChoicePoint & { script: string })[] = [];
  const md = createLessonRenderer();
  for (const inkFile of await reader.list(dir, '.ink')) {
    const metaFile = inkFile.replace(/\.ink$/, '.yaml');
    const meta = await readChecked(reader, diags, metaFile, RoleplaySource);
    const source = await reader.text(inkFile);
    if (!meta || source === undefined) continue;
    const compiled = await checkInkCached(source);
    for (const e of compiled.errors) diags.add(reader.rel(inkFile), e.message, e.line);
    if (!compiled.json) continue;
    for (const p of compiled.problems) diags.add(reader.rel(inkFile), p.message, p.line);
    for (const p of lookupProblems(compiled.json, meta.value)) {
      const line = source.split('\n').findIndex((l) => new RegExp(`^\\s*VAR\\s+${p.variable}\\b`).test(l)) + 1;
      diags.add(reader.rel(inkFile), p.message, line || undefined);
    }
    const script = basename(inkFile);
    choicePoints.push(...compiled.choicePoints.map((p) => ({ ...p, script })));
    const { knowledge, ...sheet } = meta.value;
    const articles = knowledge?.map((a) => ({ id: a.id, title: a.title, html: md.render(a.body) }));
    roleplays.push({ ...sheet, ...(articles ? { knowledge: articles } : {}), moduleId, ink: compiled.json });
  }
  return { roleplays, choicePoints };
}

async function compilePlacement(reader: SourceReader, diags: Diagnostics, dir: string, lint: ModuleLint[]): Promise<Placement | null> {
  const placement = await readChecked(reader, diags, join(dir, 'placement.yaml'), PlacementSource);
  if (!placement) return null;
  const src = placement.value;
  const items = parseItems(diags, placement.rel, src.items, placement.src, ['items']);
  const { roleplays, choicePoints } = await compileRoleplays(reader, diags, join(dir, 'roleplays'), 'placement');
  lint.push(lintModule('placement', { quiz: placement.rel, roleplays: reader.rel(join(dir, 'roleplays')) }, items, choicePoints));
  return { id: src.id, schema: 1, title: src.title, intro: src.intro, items, roleplays };
}

/** One section of content/exam/: its exam.yaml, lessons and role-plays, checked like a module's. */
async function compileExamSection(
  reader: SourceReader,
  diags: Diagnostics,
  md: ReturnType<typeof createLessonRenderer>,
  root: string,
  ref: ExamRef,
  order: number,
  lint: ModuleLint[],
): Promise<ExamSection | undefined> {
  const dir = join(root, 'exam', ref.dir);
  const file = join(dir, 'exam.yaml');
  const meta = await readChecked(reader, diags, file, ExamSource);
  if (!meta) return undefined;
  const src = meta.value;
  if (src.id !== ref.id) diags.add(meta.rel, `l’id « ${src.id} » ne correspond pas à celui du programme (« ${ref.id} »)`);
  const lessons: Lesson[] = [];
  for (const [i, lessonFile] of (await reader.list(join(dir, 'lessons'), '.md')).entries()) {
    const lesson = await compileLesson(reader, diags, md, lessonFile, ref.id, i);
    if (lesson) lessons.push(lesson);
  }
  const { roleplays, choicePoints } = await compileRoleplays(reader, diags, join(dir, 'roleplays'), ref.id);
  lint.push(lintModule(ref.id, { quiz: meta.rel, roleplays: reader.rel(join(dir, 'roleplays')) }, [], choicePoints));
  return {
    id: ref.id,
    schema: 1,
    kind: src.kind,
    ccpId: src.ccp ?? null,
    title: src.title,
    summary: src.summary,
    hours: ref.hours,
    order,
    subjectHtml: md.render(src.subject),
    sourcesHtml: md.render(src.sources),
    durationConfirmed: src.durationConfirmed,
    parts: src.parts.map((p) =>
      p.kind === 'call'
        ? { kind: p.kind, roleplayId: p.roleplay, minutes: p.minutes }
        : p.kind === 'written'
          ? { kind: p.kind, lessonId: p.lesson, minutes: p.minutes }
          : { kind: p.kind, lessonId: p.lesson },
    ),
    grid: src.grid.map((row) => ({ competencyId: row.competency, criteria: row.criteria })),
    lessons,
    roleplays,
  };
}
