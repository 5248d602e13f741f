import { compileInk, type InkMessage } from './ink-compile';
import { exploreInk, INK_MAX_STATES, knotNames, type InkExploration } from './ink-explore';
import { inkScoreRanges, type InkScoreRanges } from './ink-score-range';
import { knotLines, scoreTagSites, type ScoreTagSite } from './ink-source-map';

/** The checks the ink compiler does not do, each in French and at its line when it has one. */
export function inkStoryProblems(
  source: string,
  json: string,
  ex: InkExploration = exploreInk(json),
  warnings: readonly InkMessage[] = [],
): InkMessage[] {
  const lines = knotLines(source);
  const at = (message: string, knot?: string): InkMessage => {
    const line = knot ? lines.get(knot) : undefined;
    return line ? { message, line } : { message };
  };
  const problems: InkMessage[] = ex.choiceProblems.map((message) => ({ message }));
  const looseEnds = warnings.filter((w) => /loose end/i.test(w.message) && w.line !== undefined).map((w) => w.line as number);
  for (const d of ex.deadEnds) {
    const spot = deadEndSpot(d.knots, lines, looseEnds);
    const where = spot.knot ? ` dans le nœud « ${spot.knot} »` : '';
    const message = /ran out of content/.test(d.message)
      ? `impasse${where} : le dialogue s’arrête sans choix ni fin (-> END)`
      : `erreur à l’exécution${where} : ${d.message}`;
    problems.push(spot.line ? { message, line: spot.line } : { message });
  }
  if (ex.endings === 0) problems.push({ message: 'aucun chemin n’atteint une fin (-> END)' });
  if (ex.endsWithoutChoice) problems.push({ message: 'impasse : le script se termine sans proposer un seul choix', line: 1 });
  for (const k of knotNames(json)) {
    if (!ex.visitedKnots.has(k)) problems.push(at(`le nœud « ${k} » n’est jamais atteint`, k));
  }
  if (ex.truncated) problems.push({ message: `le script a trop d’états à explorer (> ${INK_MAX_STATES}) : simplifiez les boucles` });
  return problems;
}

/**
 * Among the knots a failing run went through, the one holding a compiler loose end (at that line),
 * else the last one in the source (at its header).
 */
function deadEndSpot(knots: string[], lines: Map<string, number>, looseEnds: number[]): { knot?: string; line?: number } {
  const starts = [...lines.values()].sort((a, b) => a - b);
  const endOf = (start: number) => starts.find((s) => s > start) ?? Infinity;
  const placed = knots.filter((k) => lines.has(k)).sort((a, b) => (lines.get(a) ?? 0) - (lines.get(b) ?? 0));
  for (const k of placed) {
    const start = lines.get(k) as number;
    const loose = looseEnds.find((l) => l > start && l < endOf(start));
    if (loose) return { knot: k, line: loose };
  }
  const last = placed[placed.length - 1] ?? knots[knots.length - 1];
  return last ? { knot: last, line: lines.get(last) } : {};
}

interface CriterionReport {
  criterion: string;
  tags: ScoreTagSite[];
  best: number;
  worst: number;
}

/** Everything an author needs about a script: compile messages, our checks, knots and scoring. */
export interface InkReport {
  ok: boolean;
  errors: InkMessage[];
  warnings: InkMessage[];
  problems: InkMessage[];
  knots: { name: string; line?: number }[];
  criteria: CriterionReport[];
  total: InkScoreRanges['total'] | null;
  json?: string;
  /** Every distinct set of choices offered at once (for the content lint). */
  choicePoints?: InkExploration['choicePoints'];
}

/** The half of a report the live preview needs at once: compile messages and knots (and the story). */
export type InkCompileReport = Pick<InkReport, 'errors' | 'warnings' | 'knots' | 'json'>;
/** The half our checks give, from an already compiled story: run after the preview is shown. */
export type InkCheckReport = Pick<InkReport, 'ok' | 'problems' | 'criteria' | 'total' | 'choicePoints'>;

/** Compiles a script and lists its knots; our checks are left to `checkCompiledInk`. */
export function compileInkReport(source: string): InkCompileReport {
  const compiled = compileInk(source);
  const lines = knotLines(source);
  if (!compiled.json) {
    const knots = [...lines].map(([name, line]) => ({ name, line }));
    return { errors: compiled.errors, warnings: compiled.warnings, knots };
  }
  const knots = knotNames(compiled.json).map((name) => {
    const line = lines.get(name);
    return line ? { name, line } : { name };
  });
  return { errors: [], warnings: compiled.warnings, knots, json: compiled.json };
}

/** Our checks and the score ranges of a script that compiled (its source, JSON and compiler warnings). */
export function checkCompiledInk(source: string, json: string, warnings: readonly InkMessage[]): InkCheckReport {
  const ex = exploreInk(json);
  const problems = inkStoryProblems(source, json, ex, warnings);
  const ranges = inkScoreRanges(ex);
  const sites = scoreTagSites(source);
  const names = new Set([...Object.keys(ranges.byCriterion), ...sites.map((s) => s.criterion)]);
  const criteria = [...names].sort().map((criterion) => ({
    criterion,
    tags: sites.filter((s) => s.criterion === criterion),
    best: ranges.byCriterion[criterion]?.best ?? 0,
    worst: ranges.byCriterion[criterion]?.worst ?? 0,
  }));
  return { ok: !problems.length, problems, criteria, total: ranges.total, choicePoints: ex.choicePoints };
}

/** A report of a script that did not compile: its errors are all there is to check. */
export function uncheckedReport(compiled: InkCompileReport): InkReport {
  return { ok: false, problems: [], criteria: [], total: null, ...compiled };
}

/** Compiles and checks a script; pure and synchronous, so a Web Worker can run it as the trainer types. */
export function analyseInk(source: string): InkReport {
  const compiled = compileInkReport(source);
  if (!compiled.json) return uncheckedReport(compiled);
  return { ...compiled, ...checkCompiledInk(source, compiled.json, compiled.warnings) };
}
