import { Story } from 'inkjs/full';
import { isKnownCriterion, parseScoreTag } from './ink';

const MAX_STATES = 5000;
const MAX_STEPS = 400;

/** Top-level knot names of a compiled story. */
export function knotNames(json: string): string[] {
  const root = (JSON.parse(json) as { root: unknown[] }).root;
  const named = root[root.length - 1];
  if (!named || typeof named !== 'object') return [];
  return Object.keys(named).filter((k) => k !== 'global decl' && !k.startsWith('#'));
}

export interface InkExploration {
  endings: number;
  deadEnds: string[];
  visitedKnots: Set<string>;
  choiceProblems: string[];
  /** Every distinct set of choices offered at once, with each option's text and score sum (for the lint). */
  choicePoints: InkChoicePoint[];
  truncated: boolean;
}

export interface InkChoicePoint {
  options: { text: string; points: number }[];
}

function scoreSum(tags: string[] | null): number {
  return (tags ?? []).map(parseScoreTag).reduce((n, t) => n + (t?.points ?? 0), 0);
}

/**
 * Walks every branch of a story (states are deduplicated, the walk is bounded) and records
 * endings, knots reached, and choices without a valid scoring tag.
 */
export function exploreInk(json: string): InkExploration {
  const knots = knotNames(json);
  const result: InkExploration = { endings: 0, deadEnds: [], visitedKnots: new Set(), choiceProblems: [], choicePoints: [], truncated: false };
  const seenStates = new Set<string>();
  const reportedChoices = new Set<string>();
  const seenChoicePoints = new Set<string>();
  const stack: string[] = [''];
  const story = new Story(json);
  story.onError = () => undefined;
  const initial = story.state.ToJson();
  let explored = 0;
  stack.pop();
  stack.push(initial);
  while (stack.length) {
    if (++explored > MAX_STATES) {
      result.truncated = true;
      break;
    }
    story.state.LoadJson(stack.pop() as string);
    let steps = 0;
    try {
      while (story.canContinue && steps++ < MAX_STEPS) story.Continue();
    } catch (e) {
      result.deadEnds.push(`erreur à l’exécution : ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    for (const k of knots) if ((story.state.VisitCountAtPathString(k) ?? 0) > 0) result.visitedKnots.add(k);
    const choices = story.currentChoices;
    if (!choices.length) {
      result.endings++;
      continue;
    }
    const here = story.state.ToJson();
    const pointKey = choices.map((c) => c.sourcePath).join('|');
    if (!seenChoicePoints.has(pointKey)) {
      seenChoicePoints.add(pointKey);
      result.choicePoints.push({ options: choices.map((c) => ({ text: c.text, points: scoreSum(c.tags) })) });
    }
    for (const choice of choices) {
      const key = `${choice.sourcePath}`;
      if (!reportedChoices.has(key)) {
        reportedChoices.add(key);
        const scores = (choice.tags ?? []).map(parseScoreTag).filter((t) => t !== undefined);
        if (!scores.length) result.choiceProblems.push(`le choix « ${choice.text} » n’a aucune étiquette de score (ex. #tone:1)`);
        for (const s of scores) {
          if (!isKnownCriterion(s.criterion)) result.choiceProblems.push(`le choix « ${choice.text} » utilise un critère inconnu « ${s.criterion} »`);
        }
      }
      story.state.LoadJson(here);
      story.ChooseChoiceIndex(choice.index);
      const next = story.state.ToJson();
      // Two runs at the same place merge only when their variables agree: a score or mood variable
      // changes what comes next, so it must be part of the key. (VariablesState has no toJSON.)
      const variables = JSON.stringify((JSON.parse(next) as { variablesState?: unknown }).variablesState ?? {});
      const dedupeKey = `${story.state.currentPathString}|${variables}|${choice.sourcePath}`;
      if (seenStates.has(dedupeKey)) continue;
      seenStates.add(dedupeKey);
      stack.push(next);
    }
  }
  return result;
}

/** Build-time problems of a compiled script, in French. */
export function checkInkStory(json: string, ex: InkExploration = exploreInk(json)): string[] {
  const problems = [...ex.choiceProblems, ...ex.deadEnds];
  if (ex.endings === 0) problems.push('aucun chemin n’atteint une fin (-> END)');
  for (const k of knotNames(json)) {
    if (!ex.visitedKnots.has(k)) problems.push(`le nœud « ${k} » n’est jamais atteint`);
  }
  if (ex.truncated) problems.push(`le script a trop d’états à explorer (> ${MAX_STATES}) : simplifiez les boucles`);
  return problems;
}
