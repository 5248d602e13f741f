import type { ProgressEvent } from '../records/progress-event.schema';
import type { EcfDoc, RoleplayScoreDoc } from '../records/trainer-work.schema';
import type { ExamSection } from './exam.schema';

/** One finished run of an exam call, with the trainer's score when there is one. */
export interface ExamRun {
  run: number;
  at: string;
  ratio: number;
  trainerRatio?: number;
}

/** For each call of the section, in order: its role-play id and the learner's finished runs, oldest first. */
export function examCallRuns(
  section: Pick<ExamSection, 'parts'>,
  events: readonly ProgressEvent[],
  scores: readonly RoleplayScoreDoc[],
): { roleplayId: string; runs: ExamRun[] }[] {
  return section.parts.flatMap((p) => {
    if (p.kind !== 'call') return [];
    const runs = events.flatMap((e): ExamRun[] => {
      if (e.name !== 'roleplay.finished' || e.data.roleplayId !== p.roleplayId) return [];
      const score = scores.find((s) => s.source.kind === 'run' && s.source.roleplayId === p.roleplayId && s.source.run === e.data.run);
      return [{ run: e.data.run, at: e.at, ratio: e.data.ratio, ...(score ? { trainerRatio: score.ratio } : {}) }];
    });
    return [{ roleplayId: p.roleplayId, runs: runs.sort((a, b) => a.at.localeCompare(b.at)) }];
  });
}

/** The ECF documents a trainer recorded for this section (same CCP, the section's title as the exercise). */
export function examResults(section: Pick<ExamSection, 'ccpId' | 'title'>, ecfs: readonly EcfDoc[]): EcfDoc[] {
  return ecfs
    .filter((d) => d.ccpId === section.ccpId && d.basis.kind === 'exercise' && d.basis.title === section.title)
    .sort((a, b) => a.at.localeCompare(b.at));
}
