import type { PathContext } from './path-context';

/** Where the learner is in the bilan: its questions, then its short call(s), then done. */
export type PlacementStage = 'questions' | 'call' | 'done';

/**
 * The bilan is evidence for the positioning interview, not an exam: the summary names what the learner
 * is at ease with and what the training will work on, without a score or a pass mark.
 */
export interface PlacementSummary {
  /** Competency ids at or above their threshold, best first. */
  atEase: string[];
  /** Competency ids measured below their threshold, weakest first. */
  toWork: string[];
}

export function placementStage(ctx: PathContext): PlacementStage {
  if (!ctx.curriculum.placementId) return 'done';
  if (ctx.placement === null) return 'questions';
  const calls = ctx.curriculum.placementRoleplayIds ?? [];
  return calls.every((id) => ctx.roleplayEvidence[id] !== undefined) ? 'done' : 'call';
}

/** The placement's plain summary, or null before its questions are done. */
export function placementSummary(ctx: PathContext): PlacementSummary | null {
  const scores = ctx.placement;
  if (scores === null) return null;
  const measured = ctx.curriculum.competencies
    .filter((c) => scores[c.id] !== undefined)
    .map((c) => ({ id: c.id, score: scores[c.id] as number, threshold: c.threshold }));
  return {
    atEase: measured
      .filter((c) => c.score >= c.threshold)
      .sort((a, b) => b.score - a.score)
      .map((c) => c.id),
    toWork: measured
      .filter((c) => c.score < c.threshold)
      .sort((a, b) => a.score - b.score)
      .map((c) => c.id),
  };
}
