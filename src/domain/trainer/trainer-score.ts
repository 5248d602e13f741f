import type { Criterion } from '../content/roleplay.schema';
import { TRAINER_LEVEL_MAX, type CriterionGrade, type RoleplayScoreDoc } from '../records/trainer-work.schema';

/** Mean level over the graded criteria, 0–1: each criterion weighs the same, as on the paper grid. */
export function gradeRatio(grades: Partial<Record<Criterion, CriterionGrade>>): number {
  const levels = Object.values(grades).map((g) => g.level);
  if (levels.length === 0) return 0;
  return levels.reduce<number>((a, b) => a + b, 0) / (levels.length * TRAINER_LEVEL_MAX);
}

/** The run a trainer's score is about, as a lookup key (`roleplayId#run`); live role-plays have none. */
export const runKey = (roleplayId: string, run: number) => `${roleplayId}#${run}`;

/** The written reply a trainer's score is about, as a lookup key (`itemId#attempt`). */
export const replyKey = (itemId: string, attempt: number) => `${itemId}#${attempt}`;

interface LatestScores {
  byRun: Map<string, RoleplayScoreDoc>;
  live: RoleplayScoreDoc[];
  /** The latest score of each scored written reply, by `replyKey`. */
  written: Map<string, RoleplayScoreDoc>;
}

/** The latest trainer score of each scored run and written reply, and every live score, oldest first. */
export function latestScores(scores: readonly RoleplayScoreDoc[]): LatestScores {
  const ordered = [...scores].sort((a, b) => a.at.localeCompare(b.at) || a._id.localeCompare(b._id));
  const byRun = new Map<string, RoleplayScoreDoc>();
  const live: RoleplayScoreDoc[] = [];
  const written = new Map<string, RoleplayScoreDoc>();
  for (const s of ordered) {
    if (s.source.kind === 'run') byRun.set(runKey(s.source.roleplayId, s.source.run), s);
    else if (s.source.kind === 'written') written.set(replyKey(s.source.itemId, s.source.attempt), s);
    else live.push(s);
  }
  return { byRun, live, written };
}
