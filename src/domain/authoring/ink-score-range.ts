import type { InkExploration } from './ink-explore';
import { START } from './ink-explore';

/** Best and worst sums a learner can reach over a whole run, per criterion and in total. */
interface ScoreRange {
  best: number;
  worst: number;
}

export interface InkScoreRanges {
  total: ScoreRange;
  byCriterion: Record<string, ScoreRange>;
  /** True when a loop lets a run pass the same choices again: ranges count each loop once. */
  loops: boolean;
}

type Range = { best: Record<string, number>; worst: Record<string, number>; bestTotal: number; worstTotal: number };

/**
 * Best and worst totals over every path of the explored state graph. The points still to come from a
 * state do not depend on how it was reached, so each state is solved once (memoised depth-first walk).
 */
export function inkScoreRanges(ex: InkExploration): InkScoreRanges {
  const criteria = new Set<string>();
  for (const node of ex.graph.values()) for (const e of node.edges) for (const c of Object.keys(e.scores)) criteria.add(c);
  const memo = new Map<string, Range>();
  const inProgress = new Set<string>();
  let loops = false;
  const zero = (): Range => ({ best: {}, worst: {}, bestTotal: 0, worstTotal: 0 });

  const solve = (key: string): Range => {
    const known = memo.get(key);
    if (known) return known;
    const node = ex.graph.get(key);
    if (inProgress.has(key)) loops = true;
    if (!node || inProgress.has(key) || !node.edges.length) return zero();
    inProgress.add(key);
    const range: Range = { best: {}, worst: {}, bestTotal: -Infinity, worstTotal: Infinity };
    for (const edge of node.edges) {
      const rest = solve(edge.to);
      const total = Object.values(edge.scores).reduce((a, b) => a + b, 0);
      range.bestTotal = Math.max(range.bestTotal, total + rest.bestTotal);
      range.worstTotal = Math.min(range.worstTotal, total + rest.worstTotal);
      for (const c of criteria) {
        const here = edge.scores[c] ?? 0;
        range.best[c] = Math.max(range.best[c] ?? -Infinity, here + (rest.best[c] ?? 0));
        range.worst[c] = Math.min(range.worst[c] ?? Infinity, here + (rest.worst[c] ?? 0));
      }
    }
    inProgress.delete(key);
    memo.set(key, range);
    return range;
  };

  const r = solve(START);
  const byCriterion: Record<string, ScoreRange> = {};
  for (const c of [...criteria].sort()) byCriterion[c] = { best: r.best[c] ?? 0, worst: r.worst[c] ?? 0 };
  return { total: { best: r.bestTotal, worst: r.worstTotal }, byCriterion, loops };
}
