import * as v from 'valibot';
import { ModuleBundle } from '../content/module.schema';
import type { QuizItem } from '../content/quiz.schema';
import { draftProblems, type AuthoringProblem, type ModuleDraft } from './module-draft';

/** What the build needs that the domain does not hold: the lesson renderer and the compiled scripts. */
interface BundleTools {
  /** The content build's markdown-it (raw HTML off). */
  render(markdown: string): string;
  optionProblems(item: QuizItem): string[];
  /** Compiled ink JSON of a role-play by file name, or the reasons it cannot be published. */
  ink(name: string): { json: string } | { problems: AuthoringProblem[] };
}

type BundleResult = { ok: true; bundle: ModuleBundle } | { ok: false; problems: AuthoringProblem[] };

/**
 * Compiles a draft into the module bundle the terminals install, as `npm run content:build` would from
 * its exported folder: the same schemas, lesson renderer and checks. Nothing is published with a problem.
 */
export function buildModuleBundle(draft: ModuleDraft, tools: BundleTools, order: number): BundleResult {
  const problems = draftProblems(draft, tools.optionProblems);
  const m = draft.module;
  const roleplays = m.roleplays.flatMap((r, index) => {
    const compiled = tools.ink(r.name);
    if ('problems' in compiled) {
      problems.push(...compiled.problems.map((p) => ({ ...p, part: 'roleplay' as const, index })));
      return [];
    }
    return [{ ...r.sheet, moduleId: m.ref.id, ink: compiled.json }];
  });
  if (problems.length) return { ok: false, problems };
  const items = m.quiz?.items ?? [];
  const bundle = v.safeParse(ModuleBundle, {
    id: m.ref.id,
    schema: 1,
    title: m.meta.title,
    summary: m.meta.summary,
    competencies: m.meta.competencies,
    hours: m.ref.hours,
    prerequisites: m.ref.prerequisites,
    order,
    sourcesHtml: tools.render(m.meta.sources ?? ''),
    lessons: m.lessons.map((l, i) => ({
      id: l.id,
      schema: 1,
      moduleId: m.ref.id,
      title: l.title,
      competency: l.competency,
      minutes: l.minutes,
      order: i,
      html: tools.render(l.body),
    })),
    quiz: m.quiz
      ? {
          id: m.quiz.id,
          schema: 1,
          moduleId: m.ref.id,
          title: m.quiz.title,
          passMark: m.quiz.passMark,
          retry: m.quiz.retry,
          ...(m.quiz.itemsPerAttempt ? { itemsPerAttempt: m.quiz.itemsPerAttempt } : {}),
          itemIds: items.map((i) => i.id),
        }
      : null,
    items,
    roleplays,
    roleplayThreshold: 0.6,
  });
  if (!bundle.success)
    return { ok: false, problems: bundle.issues.map((i) => ({ part: 'module', message: `${v.getDotPath(i) ?? ''} ${i.message}`.trim() })) };
  return { ok: true, bundle: bundle.output };
}
