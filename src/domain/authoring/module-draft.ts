import * as v from 'valibot';
import { LessonFrontMatter, ModuleSource } from '../content/module.schema';
import { ModuleRef } from '../content/programme.schema';
import { QuizItem, QuizSource, type QuizItemType } from '../content/quiz.schema';
import { RoleplaySource } from '../content/roleplay.schema';
import type { AuthoredModule } from './module-export';
import { slug } from './slug';

/** A module being written in the trainer space, kept on the device until it is published. */
export interface ModuleDraft {
  moduleId: string;
  siteId: string;
  module: AuthoredModule;
  /** The published version this draft started from (0: never published). */
  basedOn: number;
  /**
   * The signature of that version. Another trainer's version with the same number (his publish reached
   * the server first, this one was refused) is then told apart, and the trainer chooses.
   */
  basedOnSignature?: string;
  /** Its rank among the site's own modules placed at the same spot (0 when not chosen). */
  order?: number;
  /** The national module it comes right after in the programme; absent: after the whole national programme. */
  after?: string;
  updatedAt: string;
}

/** The draft once a version is signed from it: the same text, based on that version. */
export function draftAfterPublish(draft: ModuleDraft, published: { version: number; signature: string }): ModuleDraft {
  return { ...draft, basedOn: published.version, basedOnSignature: published.signature };
}

/**
 * Whether the latest version this device holds is not the one the draft started from: a later one, or
 * another trainer's version of the same number that the server took instead of this device's.
 */
export function isBehind(draft: ModuleDraft, latest: { version: number; signature: string } | undefined): boolean {
  if (!latest) return false;
  if (draft.basedOn !== latest.version) return draft.basedOn < latest.version;
  return draft.basedOnSignature !== undefined && draft.basedOnSignature !== latest.signature;
}

/** Where a problem is, so the editor can show it beside its field (and at its line for text). */
export interface AuthoringProblem {
  part: 'module' | 'lesson' | 'quiz' | 'item' | 'roleplay';
  index?: number;
  line?: number;
  message: string;
}

/** A site's own module id starts with the site id, so it can never replace a national module. */
export function siteModuleId(siteId: string, title: string): string {
  return `${siteId}-${slug(title, 30) || 'module'}`;
}

/** A new, empty module of a site, ready to be filled in. */
export function newModuleDraft(siteId: string, title: string, competency: string, now: string): ModuleDraft {
  const id = siteModuleId(siteId, title);
  return {
    moduleId: id,
    siteId,
    basedOn: 0,
    updatedAt: now,
    module: {
      ref: { id, dir: id, hours: 1, prerequisites: [] },
      meta: { id, schema: 1, title, summary: title, competencies: [competency], sources: '' },
      lessons: [],
      quiz: null,
      roleplays: [],
    },
  };
}

/** A blank item of each type, valid once its texts are written. */
export function blankItem(type: QuizItemType, id: string, competency: string): QuizItem {
  const base = { id, schema: 1 as const, competency, prompt: '', explanation: '' };
  switch (type) {
    case 'single':
      return { ...base, type, choices: ['', ''], answer: 0 };
    case 'multiple':
      return { ...base, type, choices: ['', '', ''], answers: [0] };
    case 'truefalse':
      return { ...base, type, answer: true };
    case 'ordering':
      return { ...base, type, steps: ['', '', ''] };
    case 'matching':
      return {
        ...base,
        type,
        pairs: [
          { left: '', right: '' },
          { left: '', right: '' },
        ],
      };
    case 'short':
      return { ...base, type, accepted: [''] };
    case 'written':
      return {
        ...base,
        type,
        channel: 'mail',
        customer: { name: '', message: '' },
        points: [{ label: '', words: [''] }],
        greeting: ['bonjour'],
        closing: ['cordialement'],
        length: { unit: 'words', min: 40, max: 150 },
        model: '',
        grid: [{ criterion: 'solution', label: '' }],
      };
  }
}

const issuesOf = (issues: readonly v.BaseIssue<unknown>[]) =>
  issues.map((i) => `${v.getDotPath(i) ? `${v.getDotPath(i)} : ` : ''}${i.message}`);

/** Tags a lesson must not hold: raw HTML is never rendered, so it would show as text (or hide a form). */
const RAW_HTML = /<\/?[a-zA-Z][^>]*>/;

/** The build's checks of one lesson, in French, the body's at their line (from 1, in the body). */
export function lessonProblems(lesson: AuthoredModule['lessons'][number], index: number): AuthoringProblem[] {
  const out: AuthoringProblem[] = [];
  const front = v.safeParse(LessonFrontMatter, { ...lesson, schema: 1 });
  if (!front.success) for (const message of issuesOf(front.issues)) out.push({ part: 'lesson', index, message });
  if (!lesson.body.trim()) out.push({ part: 'lesson', index, message: 'la leçon est vide' });
  let open: { name: string; line: number } | undefined;
  lesson.body.split('\n').forEach((text, i) => {
    const line = i + 1;
    if (RAW_HTML.test(text)) out.push({ part: 'lesson', index, line, message: 'HTML brut refusé : écrivez le texte en Markdown' });
    const box = /^:::\s*([a-z]*)\s*$/.exec(text.trim());
    if (!box) return;
    if (box[1]) {
      if (!BOXES.includes(box[1]))
        out.push({ part: 'lesson', index, line, message: `encadré inconnu « ${box[1]} » (${BOXES.join(', ')})` });
      if (open)
        out.push({ part: 'lesson', index, line, message: `l’encadré « ${open.name} » (ligne ${open.line}) n’est pas fermé par « ::: »` });
      open = { name: box[1], line };
    } else open = undefined;
  });
  if (open) out.push({ part: 'lesson', index, line: open.line, message: `l’encadré « ${open.name} » n’est pas fermé par « ::: »` });
  return out;
}

/** The content format's boxes (content/README.md). */
export const BOXES = ['retenir', 'exemple', 'dialogue', 'attention', 'checklist', 'source'];

/**
 * The build's checks of one quiz item: the shared schema and the options that repeat (grading
 * compares positions). `optionProblems` is the build's own duplicate check, passed in.
 */
export function itemProblems(item: QuizItem, index: number, optionProblems: (item: QuizItem) => string[]): AuthoringProblem[] {
  // Both run on every keystroke: a repeated option is shown while other fields are still empty.
  const parsed = v.safeParse(QuizItem, item);
  const schema = parsed.success ? [] : issuesOf(parsed.issues);
  return [...schema, ...optionProblems(item)].map((message) => ({ part: 'item', index, message }));
}

/** Every check of a module draft but the ink ones (those run in the worker). */
export function draftProblems(draft: ModuleDraft, optionProblems: (item: QuizItem) => string[]): AuthoringProblem[] {
  const m = draft.module;
  const out: AuthoringProblem[] = [];
  const meta = v.safeParse(ModuleSource, m.meta);
  if (!meta.success) for (const message of issuesOf(meta.issues)) out.push({ part: 'module', message });
  const ref = v.safeParse(ModuleRef, m.ref);
  if (!ref.success) for (const message of issuesOf(ref.issues)) out.push({ part: 'module', message });
  if (!m.meta.id.startsWith(`${draft.siteId}-`))
    out.push({ part: 'module', message: `l’identifiant d’un module du site commence par « ${draft.siteId}- »` });
  if (!m.lessons.length) out.push({ part: 'module', message: 'le module n’a aucune leçon' });
  m.lessons.forEach((l, i) => out.push(...lessonProblems(l, i)));
  const ids = new Set<string>();
  for (const l of m.lessons) {
    if (ids.has(l.id)) out.push({ part: 'lesson', message: `deux leçons ont l’identifiant « ${l.id} »` });
    ids.add(l.id);
  }
  if (m.quiz) {
    const quiz = v.safeParse(QuizSource, m.quiz);
    if (!quiz.success) for (const message of issuesOf(quiz.issues)) out.push({ part: 'quiz', message });
    m.quiz.items.forEach((item, i) => {
      out.push(...itemProblems(item, i, optionProblems));
      if (ids.has(item.id)) out.push({ part: 'item', index: i, message: `identifiant « ${item.id} » déjà pris` });
      ids.add(item.id);
    });
  }
  m.roleplays.forEach((r, i) => {
    const sheet = v.safeParse(RoleplaySource, r.sheet);
    if (!sheet.success) for (const message of issuesOf(sheet.issues)) out.push({ part: 'roleplay', index: i, message });
    if (!/^[a-z0-9][a-z0-9-]*$/.test(r.name)) out.push({ part: 'roleplay', index: i, message: 'nom de fichier invalide' });
  });
  return out;
}
