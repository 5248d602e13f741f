import { Story } from 'inkjs/full';
import { declaredLookups } from '../roleplay/roleplay-lookup';
import { isKnownCriterion, parseScoreTag } from './ink-compile';

const MAX_STATES = 5000;
const MAX_STEPS = 400;
export const INK_MAX_STATES = MAX_STATES;

/** Top-level knot names of a compiled story. */
export function knotNames(json: string): string[] {
  const root = (JSON.parse(json) as { root: unknown[] }).root;
  const named = root[root.length - 1];
  if (!named || typeof named !== 'object') return [];
  return Object.keys(named).filter((k) => k !== 'global decl' && !k.startsWith('#'));
}

export interface InkChoicePoint {
  options: { text: string; points: number }[];
}

/** A run that stopped without `-> END` / `-> DONE`, with the knots it went through since its last choice. */
interface InkDeadEnd {
  message: string;
  knots: string[];
}

type Scores = Record<string, number>;

/** One explored state: where its choices lead and what each is worth. */
interface StateNode {
  edges: { to: string; scores: Scores }[];
}

export interface InkExploration {
  endings: number;
  deadEnds: InkDeadEnd[];
  visitedKnots: Set<string>;
  choiceProblems: string[];
  /** Every distinct set of choices offered at once, with each option's text and score sum (for the lint). */
  choicePoints: InkChoicePoint[];
  /** True when the story ends before offering any choice: the learner has nothing to play. */
  endsWithoutChoice: boolean;
  truncated: boolean;
  /** The state graph, for score ranges (start node is `START`). */
  graph: Map<string, StateNode>;
}

export const START = 'start';

function scoresOf(tags: string[] | null): Scores {
  const scores: Scores = {};
  for (const t of (tags ?? []).map(parseScoreTag)) if (t) scores[t.criterion] = (scores[t.criterion] ?? 0) + t.points;
  return scores;
}

const sum = (s: Scores) => Object.values(s).reduce((a, b) => a + b, 0);

function knotOf(path: string | null): string | undefined {
  const head = path?.split('.')[0];
  return head && !/^\d/.test(head) ? head : undefined;
}

/**
 * Walks every branch of a story (states are deduplicated, the walk is bounded) and records
 * endings, dead ends, knots reached, choices without a valid scoring tag, and the state graph.
 * Wherever choices are shown the learner may open the customer file or an article: each `consulte_*`
 * variable still false is also tried true from the start of that stretch (the runtime replays it so).
 */
export function exploreInk(json: string): InkExploration {
  const knots = knotNames(json);
  const result: InkExploration = {
    endings: 0,
    deadEnds: [],
    visitedKnots: new Set(),
    choiceProblems: [],
    choicePoints: [],
    endsWithoutChoice: false,
    truncated: false,
    graph: new Map(),
  };
  const seenStates = new Set<string>();
  const reportedChoices = new Set<string>();
  const seenChoicePoints = new Set<string>();
  const reportedDeadEnds = new Set<string>();
  const story = new Story(json);
  const runtimeErrors: string[] = [];
  story.onError = (message) => void runtimeErrors.push(message);
  const lookups = declaredLookups(json).map((l) => l.variable);
  const stack: { key: string; state: string; via: string }[] = [{ key: START, state: story.state.ToJson(), via: START }];
  let explored = 0;
  while (stack.length) {
    if (++explored > MAX_STATES) {
      result.truncated = true;
      break;
    }
    const { key, state, via } = stack.pop() as { key: string; state: string; via: string };
    const node: StateNode = { edges: [] };
    result.graph.set(key, node);
    story.state.LoadJson(state);
    runtimeErrors.length = 0;
    let steps = 0;
    const prePath = story.state.currentPathString;
    const startKnot = knotOf(prePath);
    const before = knots.map((k) => story.state.VisitCountAtPathString(k) ?? 0);
    try {
      while (story.canContinue && steps++ < MAX_STEPS) story.Continue();
    } catch (e) {
      runtimeErrors.push(e instanceof Error ? e.message : String(e));
    }
    for (const k of knots) if ((story.state.VisitCountAtPathString(k) ?? 0) > 0) result.visitedKnots.add(k);
    const choices = story.currentChoices;
    if (runtimeErrors.length) {
      // The pointer is gone once content runs out: the knots entered since the last choice tell where it was.
      const entered = knots.filter((k, i) => (story.state.VisitCountAtPathString(k) ?? 0) > (before[i] ?? 0));
      const segment = entered.length ? entered : startKnot ? [startKnot] : [];
      for (const message of runtimeErrors) {
        const id = `${segment.join(',')}|${message}`;
        if (reportedDeadEnds.has(id)) continue;
        reportedDeadEnds.add(id);
        result.deadEnds.push({ message, knots: segment });
      }
      if (!choices.length) continue;
    }
    if (!choices.length) {
      result.endings++;
      if (key === START) result.endsWithoutChoice = true;
      continue;
    }
    const here = story.state.ToJson();
    const pointKey = choices.map((c) => c.sourcePath).join('|');
    if (!seenChoicePoints.has(pointKey)) {
      seenChoicePoints.add(pointKey);
      result.choicePoints.push({ options: choices.map((c) => ({ text: c.text, points: sum(scoresOf(c.tags)) })) });
    }
    for (const choice of choices) {
      if (!reportedChoices.has(choice.sourcePath)) {
        reportedChoices.add(choice.sourcePath);
        const scores = (choice.tags ?? []).map(parseScoreTag).filter((t) => t !== undefined);
        if (!scores.length) result.choiceProblems.push(`le choix « ${choice.text} » n’a aucune étiquette de score (ex. #tone:1)`);
        for (const s of scores) {
          if (!isKnownCriterion(s.criterion))
            result.choiceProblems.push(`le choix « ${choice.text} » utilise un critère inconnu « ${s.criterion} »`);
        }
      }
      story.state.LoadJson(here);
      story.ChooseChoiceIndex(choice.index);
      const next = story.state.ToJson();
      // Two runs at the same place merge only when their variables agree: a score or mood variable
      // changes what comes next, so it must be part of the key. (VariablesState has no toJSON.)
      const variables = JSON.stringify((JSON.parse(next) as { variablesState?: unknown }).variablesState ?? {});
      const nextKey = `${story.state.currentPathString}|${variables}|${choice.sourcePath}`;
      node.edges.push({ to: nextKey, scores: scoresOf(choice.tags) });
      if (seenStates.has(nextKey)) continue;
      seenStates.add(nextKey);
      stack.push({ key: nextKey, state: next, via: choice.sourcePath });
    }
    for (const name of lookups) {
      story.state.LoadJson(state);
      if (story.variablesState.$(name) !== false) continue;
      story.variablesState.$(name, true);
      const flipped = story.state.ToJson();
      const variables = JSON.stringify((JSON.parse(flipped) as { variablesState?: unknown }).variablesState ?? {});
      const flippedKey = `${prePath}|${variables}|${via}`;
      node.edges.push({ to: flippedKey, scores: {} });
      if (seenStates.has(flippedKey)) continue;
      seenStates.add(flippedKey);
      stack.push({ key: flippedKey, state: flipped, via });
    }
  }
  return result;
}
