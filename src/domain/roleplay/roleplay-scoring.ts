import type { Criterion } from '../content/roleplay.schema';

export interface ChoiceOption {
  text: string;
  scores: Partial<Record<Criterion, number>>;
}

/** One choice point the learner reached, with every option offered and the one taken. */
export interface ChoicePoint {
  step: number;
  options: ChoiceOption[];
  chosen: number;
}

export interface CriterionScore {
  got: number;
  max: number;
}

interface WeakChoice {
  step: number;
  chosen: string;
  better: string;
  lost: number;
}

export interface RoleplayDebrief {
  scores: Partial<Record<Criterion, CriterionScore>>;
  /** Points got over best points available at the choice points reached, between 0 and 1. */
  ratio: number;
  passed: boolean;
  weakChoices: WeakChoice[];
}

const total = (o: ChoiceOption) => Object.values(o.scores).reduce((a, b) => a + (b ?? 0), 0);

/**
 * Scores a run against the best the learner could have done on the same path: at each choice point
 * reached, each criterion's maximum is the best points any option offered for it (never below 0).
 */
export function scoreRun(points: readonly ChoicePoint[], passThreshold: number): RoleplayDebrief {
  const scores: Partial<Record<Criterion, CriterionScore>> = {};
  const weakChoices: WeakChoice[] = [];
  let got = 0;
  let max = 0;
  for (const point of points) {
    const chosen = point.options[point.chosen];
    if (!chosen) continue;
    const criteria = new Set(point.options.flatMap((o) => Object.keys(o.scores) as Criterion[]));
    for (const c of criteria) {
      const best = Math.max(0, ...point.options.map((o) => o.scores[c] ?? 0));
      const s = (scores[c] ??= { got: 0, max: 0 });
      s.got += chosen.scores[c] ?? 0;
      s.max += best;
    }
    const bestOption = point.options.reduce((a, b) => (total(b) > total(a) ? b : a));
    const bestTotal = Math.max(0, total(bestOption));
    got += total(chosen);
    max += bestTotal;
    if (total(chosen) < total(bestOption)) {
      weakChoices.push({ step: point.step, chosen: chosen.text, better: bestOption.text, lost: total(bestOption) - total(chosen) });
    }
  }
  const ratio = max > 0 ? Math.min(1, Math.max(0, got / max)) : 1;
  return { scores, ratio, passed: ratio >= passThreshold, weakChoices };
}
