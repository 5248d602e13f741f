import type { PathContext } from '../path/path-context';
import type { RoleplayScoreDoc } from '../records/trainer-work.schema';
import type { RunFact } from './learner-facts';
import { latestScores } from './trainer-score';

/**
 * Role-play evidence with the trainer's scores beside the automatic ones: every finished run and every
 * trainer score of a run is evidence for its role-play, and the best counts, as in the learner's path.
 */
export function roleplayEvidence(runs: readonly RunFact[], scores: readonly RoleplayScoreDoc[]): Record<string, number> {
  const best: Record<string, number> = {};
  for (const r of runs) best[r.roleplayId] = Math.max(best[r.roleplayId] ?? 0, r.ratio);
  for (const s of latestScores(scores).byRun.values()) {
    if (s.source.kind === 'run') best[s.source.roleplayId] = Math.max(best[s.source.roleplayId] ?? 0, s.ratio);
  }
  return best;
}

/**
 * Mastery per competency, 0–1, as the path computes it (latest quiz results pooled, averaged with the
 * role-play evidence; the trainer's bilan level when higher), with the trainer's role-play scores in:
 * scored runs beside the automatic ones; live role-plays and written replies as evidence for their competencies.
 */
export function masteryWithTrainerScores(
  ctx: PathContext,
  runs: readonly RunFact[],
  scores: readonly RoleplayScoreDoc[],
): Record<string, number> {
  const quiz = new Map<string, { correct: number; total: number }>();
  for (const byComp of Object.values(ctx.quizEvidence)) {
    for (const [c, t] of Object.entries(byComp)) {
      const acc = quiz.get(c) ?? { correct: 0, total: 0 };
      acc.correct += t.correct;
      acc.total += t.total;
      quiz.set(c, acc);
    }
  }
  const rpCompetencies = new Map<string, string[]>();
  for (const m of ctx.curriculum.modules) for (const rp of m.roleplayIds) rpCompetencies.set(rp, m.competencies);
  const roleplay = new Map<string, number[]>();
  const add = (c: string, ratio: number) => {
    const list = roleplay.get(c);
    if (list) list.push(ratio);
    else roleplay.set(c, [ratio]);
  };
  const evidence = { ...ctx.roleplayEvidence, ...roleplayEvidence(runs, scores) };
  for (const [rp, ratio] of Object.entries(evidence)) for (const c of rpCompetencies.get(rp) ?? []) add(c, ratio);
  const latest = latestScores(scores);
  // Live role-plays and written replies are evidence for the competencies they were scored on.
  for (const s of [...latest.live, ...latest.written.values()]) for (const c of s.competencies) add(c, s.ratio);
  const mastery: Record<string, number> = {};
  for (const { id } of ctx.curriculum.competencies) {
    const parts: number[] = [];
    const q = quiz.get(id);
    if (q && q.total > 0) parts.push(q.correct / q.total);
    const r = roleplay.get(id);
    if (r?.length) parts.push(r.reduce((a, b) => a + b, 0) / r.length);
    const training = parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 0;
    mastery[id] = Math.max(training, ctx.assessed[id] ?? 0);
  }
  return mastery;
}
