import type { QuizItem } from '../domain/content/quiz.schema';
import type { InkChoicePoint } from './ink-check';
import { duplicateOptions } from './option-duplicates';

/** Patterns that let a learner pass without knowing: the build fails above these shares, in any module. */
const LINT_THRESHOLDS = {
  longestIsRight: 0.4,
  allButOne: 0.3,
  bestIsLongest: 0.5,
} as const;

/** A count of flagged cases out of the cases measured, with the ids (items) or texts (choices) flagged. */
interface LintShare {
  flagged: number;
  total: number;
  examples: string[];
}

export interface ModuleLint {
  moduleId: string;
  /** Where breaches are reported: the quiz file for items, the role-play folder for choice points. */
  files: { quiz: string; roleplays: string };
  longestIsRight: LintShare;
  allButOne: LintShare;
  bestIsLongest: LintShare;
  duplicates: string[];
}

const len = (s: string) => [...s.trim()].length;
const excerpt = (s: string) => (len(s) > 40 ? `${[...s.trim()].slice(0, 40).join('')}…` : s.trim());

/** True when the option at `index` is strictly longer (in characters) than every other option. */
function isStrictlyLongest(options: readonly string[], index: number): boolean {
  const own = len(options[index] ?? '');
  return options.every((o, i) => i === index || len(o) < own);
}

/** A single-choice item whose right answer is strictly the longest option. */
export function longestIsRight(item: QuizItem): boolean {
  return item.type === 'single' && isStrictlyLongest(item.choices, item.answer);
}

/** A multiple-choice item of 3 options or more whose right set is every option but one. */
export function isAllButOne(item: QuizItem): boolean {
  return item.type === 'multiple' && item.choices.length >= 3 && new Set(item.answers).size === item.choices.length - 1;
}

/**
 * A choice point whose strictly longest option also has the highest score (ties at the top included:
 * picking the longest is then still a best pick). Points where every option scores the same have no best
 * option and are not measured, nor points with a single option.
 */
export function bestIsLongest(point: InkChoicePoint): boolean | undefined {
  const { options } = point;
  if (options.length < 2) return undefined;
  const top = Math.max(...options.map((o) => o.points));
  if (options.every((o) => o.points === top)) return undefined;
  const texts = options.map((o) => o.text);
  const longest = texts.findIndex((_, i) => isStrictlyLongest(texts, i));
  return longest >= 0 && options[longest]?.points === top;
}

function share(): LintShare {
  return { flagged: 0, total: 0, examples: [] };
}

function count(s: LintShare, flagged: boolean, example: string): void {
  s.total++;
  if (!flagged) return;
  s.flagged++;
  s.examples.push(example);
}

/** Measures one module's items and the choice points of its role-plays. */
export function lintModule(
  moduleId: string,
  files: ModuleLint['files'],
  items: readonly QuizItem[],
  choicePoints: readonly (InkChoicePoint & { script?: string })[],
): ModuleLint {
  const lint: ModuleLint = { moduleId, files, longestIsRight: share(), allButOne: share(), bestIsLongest: share(), duplicates: [] };
  for (const item of items) {
    if (item.type === 'single') count(lint.longestIsRight, longestIsRight(item), item.id);
    if (item.type === 'multiple' && item.choices.length >= 3) count(lint.allButOne, isAllButOne(item), item.id);
    lint.duplicates.push(...duplicateOptions(item));
  }
  for (const point of choicePoints) {
    const flagged = bestIsLongest(point);
    if (flagged === undefined) continue;
    const longest = point.options.reduce((a, b) => (len(b.text) > len(a.text) ? b : a));
    count(lint.bestIsLongest, flagged, `${point.script ? `${point.script} ` : ''}« ${excerpt(longest.text)} »`);
  }
  return lint;
}

export const ratio = (s: LintShare): number => (s.total ? s.flagged / s.total : 0);
const percent = (x: number) => `${Math.round(x * 100)} %`;

/** The thresholds a module breaks, as French build messages (duplicates are reported per item, at their line). */
export function lintBreaches(lint: ModuleLint): { file: string; message: string }[] {
  const out: { file: string; message: string }[] = [];
  const check = (s: LintShare, limit: number, file: string, what: string) => {
    if (ratio(s) > limit) {
      const message = `${lint.moduleId} : ${s.flagged} sur ${s.total} ${what} (${percent(ratio(s))}, maximum ${percent(limit)}) : ${s.examples.join(', ')}`;
      out.push({ file, message });
    }
  };
  check(
    lint.longestIsRight,
    LINT_THRESHOLDS.longestIsRight,
    lint.files.quiz,
    'questions à choix unique ont la bonne réponse la plus longue',
  );
  check(lint.allButOne, LINT_THRESHOLDS.allButOne, lint.files.quiz, 'questions à choix multiple ont pour réponse « tout sauf un »');
  check(
    lint.bestIsLongest,
    LINT_THRESHOLDS.bestIsLongest,
    lint.files.roleplays,
    'choix de jeu de rôle ont la meilleure option la plus longue',
  );
  return out;
}

/** One line per module, as printed by `content:report`; a star marks a figure over its threshold. */
export function formatLint(lints: readonly ModuleLint[]): string {
  const cell = (s: LintShare, limit: number) => {
    if (!s.total) return '—'.padStart(14);
    const mark = ratio(s) > limit ? '*' : ' ';
    return `${s.flagged}/${s.total} ${percent(ratio(s)).padStart(5)}${mark}`.padStart(14);
  };
  const lines = [
    `Lint par module (* = au-dessus du seuil : plus longue juste > ${percent(LINT_THRESHOLDS.longestIsRight)}, tout sauf un > ${percent(LINT_THRESHOLDS.allButOne)}, meilleure la plus longue > ${percent(LINT_THRESHOLDS.bestIsLongest)}, doublons > 0) :`,
    `  ${'module'.padEnd(22)}${'plus longue'.padStart(14)}${'tout sauf un'.padStart(14)}${'jeux de rôle'.padStart(14)}${'doublons'.padStart(10)}`,
    ...lints.map(
      (l) =>
        `  ${l.moduleId.padEnd(22)}${cell(l.longestIsRight, LINT_THRESHOLDS.longestIsRight)}${cell(l.allButOne, LINT_THRESHOLDS.allButOne)}${cell(l.bestIsLongest, LINT_THRESHOLDS.bestIsLongest)}${String(l.duplicates.length).padStart(9)}${l.duplicates.length ? '*' : ' '}`,
    ),
  ];
  return lines.join('\n');
}
