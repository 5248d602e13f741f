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

/** The latest trainer score of each scored run, and every live score, oldest first. */
export function latestScores(scores: readonly RoleplayScoreDoc[]): { byRun: Map<string, RoleplayScoreDoc>; live: RoleplayScoreDoc[] } {
  const ordered = [...scores].sort((a, b) => a.at.localeCompare(b.at) || a._id.localeCompare(b._id));
  const byRun = new Map<string, RoleplayScoreDoc>();
  const live: RoleplayScoreDoc[] = [];
  for (const s of ordered) {
    if (s.source.kind === 'run') byRun.set(runKey(s.source.roleplayId, s.source.run), s);
    else live.push(s);
  }
  return { byRun, live };
}
