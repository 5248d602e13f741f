import { stringify } from 'yaml';
import type { ModuleSource } from '../content/module.schema';
import type { ModuleRef } from '../content/programme.schema';
import type { QuizItem, QuizSource } from '../content/quiz.schema';
import type { RoleplaySource } from '../content/roleplay.schema';

/** A module as the authoring space holds it: sources, not the compiled bundle. */
export interface AuthoredModule {
  /** Its line in programme.yaml (folder, hours, prerequisites). */
  ref: ModuleRef;
  meta: ModuleSource;
  lessons: AuthoredLesson[];
  quiz: (Omit<QuizSource, 'items'> & { items: QuizItem[] }) | null;
  roleplays: AuthoredRoleplay[];
}

interface AuthoredLesson {
  id: string;
  title: string;
  competency: string;
  minutes: number;
  /** Markdown with the content format's boxes. */
  body: string;
}

interface AuthoredRoleplay {
  /** File name without extension, e.g. `premier-appel`. */
  name: string;
  sheet: RoleplaySource;
  /** The ink source. */
  ink: string;
}

/** One file of an export, its path relative to the export folder (always with `/`). */
export interface ExportFile {
  path: string;
  text: string;
}

/** The programme line travels beside the module folder: the import merges it into programme.yaml. */
export const PROGRAMME_ENTRY_FILE = 'programme-entry.yaml';

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

function fileSlug(id: string): string {
  return id.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Lessons are compiled in file-name order, so the number prefix keeps the authored order. */
function lessonFileName(lesson: AuthoredLesson, index: number): string {
  return `${String(index + 1).padStart(2, '0')}-${fileSlug(lesson.id)}.md`;
}

/**
 * Writes a module in the `content/` file format (see content/README.md), byte for byte what a
 * trainer would find in the repository: `npm run content:build` reads it unchanged. Its place in the
 * programme (`after`: the module it comes right after) goes in the programme entry.
 */
export function exportModule(m: AuthoredModule, place: { after?: string } = {}): ExportFile[] {
  const dir = `modules/${m.ref.dir}`;
  const files: ExportFile[] = [
    { path: PROGRAMME_ENTRY_FILE, text: yaml(place.after ? { ...m.ref, after: place.after } : m.ref) },
    { path: `${dir}/module.yaml`, text: yaml(m.meta) },
  ];
  m.lessons.forEach((lesson, i) => {
    const front = yaml({ id: lesson.id, schema: 1, title: lesson.title, competency: lesson.competency, minutes: lesson.minutes });
    const body = lesson.body.endsWith('\n') ? lesson.body : `${lesson.body}\n`;
    files.push({ path: `${dir}/lessons/${lessonFileName(lesson, i)}`, text: `---\n${front}---\n\n${body.replace(/^\n+/, '')}` });
  });
  if (m.quiz) files.push({ path: `${dir}/quiz.yaml`, text: yaml(m.quiz) });
  for (const r of m.roleplays) {
    files.push({ path: `${dir}/roleplays/${r.name}.ink`, text: r.ink.endsWith('\n') ? r.ink : `${r.ink}\n` });
    files.push({ path: `${dir}/roleplays/${r.name}.yaml`, text: yaml(r.sheet) });
  }
  return files;
}
