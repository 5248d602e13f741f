import type { Programme } from '../content/programme.schema';
import type { ProgressEvent } from '../records/progress-event.schema';
import type { DpSelectionDoc, DpSource, EcfDoc, RoleplayScoreDoc } from '../records/trainer-work.schema';

/** A piece of the learner's own work that can serve as a DP example, with the CCPs it is evidence for. */
export interface DpCandidate {
  source: DpSource;
  ccpIds: string[];
  at: string;
  ratio: number | null;
  /** Roleplay id, live situation or ECF basis, for the label. */
  what: string;
}

export const sourceKey = (s: DpSource) =>
  s.kind === 'roleplay-run' ? `run:${s.roleplayId}#${s.run}` : s.kind === 'roleplay-score' ? `score:${s.scoreId}` : `ecf:${s.ecfId}`;

/**
 * Candidates for the Dossier Professionnel: finished role-play runs, trainer-scored role-plays (live
 * ones included) and ECFs, each under the CCPs whose competencies it covers, newest first.
 */
export function dpCandidates(
  programme: Programme,
  events: readonly ProgressEvent[],
  scores: readonly RoleplayScoreDoc[],
  ecfs: readonly EcfDoc[],
  roleplayCompetencies: ReadonlyMap<string, readonly string[]>,
): DpCandidate[] {
  const ccpOf = new Map(programme.blocks.flatMap((b) => b.competencies.map((c) => [c.id, b.id] as const)));
  const ccps = (competencies: readonly string[]) => [
    ...new Set(competencies.flatMap((c) => (ccpOf.has(c) ? [ccpOf.get(c) as string] : []))),
  ];
  const out: DpCandidate[] = [];
  for (const e of events) {
    if (e.name !== 'roleplay.finished') continue;
    out.push({
      source: { kind: 'roleplay-run', roleplayId: e.data.roleplayId, run: e.data.run },
      ccpIds: ccps(roleplayCompetencies.get(e.data.roleplayId) ?? []),
      at: e.at,
      ratio: e.data.ratio,
      what: e.data.roleplayId,
    });
  }
  for (const s of scores) {
    out.push({
      source: { kind: 'roleplay-score', scoreId: s.scoreId },
      ccpIds: ccps(s.competencies),
      at: s.at,
      ratio: s.ratio,
      what: s.source.kind === 'live' ? s.source.situation : s.source.kind === 'written' ? s.source.itemId : s.source.roleplayId,
    });
  }
  for (const e of ecfs) {
    out.push({
      source: { kind: 'ecf', ecfId: e.ecfId },
      ccpIds: [e.ccpId],
      at: e.at,
      ratio: null,
      what: e.basis.kind === 'exercise' ? e.basis.title : e.basis.scoreId,
    });
  }
  return out.sort((a, b) => b.at.localeCompare(a.at));
}

/** The selection in the DP's order: the title's activities (CCPs) in the programme's order. */
export function dpInOrder(programme: Programme, selection: Pick<DpSelectionDoc, 'activities'> | undefined): DpSelectionDoc['activities'] {
  const byCcp = new Map((selection?.activities ?? []).map((a) => [a.ccpId, a]));
  return programme.blocks
    .filter((b) => b.kind === 'ccp')
    .flatMap((b) => {
      const a = byCcp.get(b.id);
      return a ? [a] : [];
    });
}
