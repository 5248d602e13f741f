import type { Programme } from '../../src/domain/content/programme.schema';
import type { PathCurriculum } from '../../src/domain/path/path-curriculum';
import type { AssessmentDoc } from '../../src/domain/records/assessment.schema';
import { ecfDocId, roleplayScoreDocId } from '../../src/domain/records/ids';
import type { EcfDoc, RoleplayScoreDoc } from '../../src/domain/records/trainer-work.schema';
import type { LearnerReportInput } from '../../src/domain/trainer/learner-report';
import { realisticLog } from '../factories/event.factory';
import { pathCurriculum } from '../factories/path.factory';

/** The programme that matches `pathCurriculum()`: one CCP over c-a and c-b, 455 hours. */
export function reportProgramme(c: PathCurriculum = pathCurriculum()): Programme {
  return {
    id: 'crcd',
    schema: 1,
    title: 'Programme de test',
    identifiers: {},
    totalHours: 455,
    hoursNote: '',
    blocks: c.ccps.map((ccp) => ({
      id: ccp.id,
      kind: 'ccp' as const,
      title: ccp.title,
      competencies: ccp.competencyIds.map((id) => ({ id, title: `Compétence ${id}`, threshold: 0.7, skills: [] })),
    })),
    moduleOrder: c.modules.map((m) => m.id),
  };
}

/** A trainer's role-play score as stored (the signature is only well-formed; signing is tested apart). */
export function roleplayScoreFactory(o: {
  learnerId: string;
  scoreId: string;
  at: string;
  source: RoleplayScoreDoc['source'];
  ratio: number;
  competencies?: string[];
}): RoleplayScoreDoc {
  return {
    _id: roleplayScoreDocId(o.learnerId, o.scoreId),
    schema: 1,
    type: 'roleplay-score',
    siteId: 'demo',
    learnerId: o.learnerId,
    scoreId: o.scoreId,
    source: o.source,
    competencies: o.competencies ?? ['c-b'],
    at: o.at,
    grades: { greeting: { level: 2, comment: 'Accueil correct.' } },
    ratio: o.ratio,
    passed: o.ratio >= 0.6,
    signedBy: 'demo-formateur',
    version: 1,
    prevHash: null,
    signature: 'c2lnbmF0dXJl',
  };
}

export function ecfFactory(o: { learnerId: string; ecfId: string; date?: string }): EcfDoc {
  return {
    _id: ecfDocId(o.learnerId, o.ecfId),
    schema: 1,
    type: 'ecf',
    siteId: 'demo',
    learnerId: o.learnerId,
    ecfId: o.ecfId,
    ccpId: 'ccp1',
    date: o.date ?? '2026-02-10',
    basis: { kind: 'exercise', title: 'Appel entrant : réclamation' },
    results: [
      { competencyId: 'c-a', result: 'acquired', comment: '' },
      { competencyId: 'c-b', result: 'in-progress', comment: 'Reformuler davantage.' },
    ],
    notes: '',
    at: `${o.date ?? '2026-02-10'}T10:00:00.000Z`,
    signedBy: 'demo-formateur',
    version: 1,
    prevHash: null,
    signature: 'c2lnbmF0dXJl',
  };
}

/** A class of `learners` learners with `events` realistic events each, for the class report and its bench. */
export function classInputs(c: PathCurriculum, learners: number, events: number): LearnerReportInput[] {
  return Array.from({ length: learners }, (_, i) => {
    const learnerId = `stagiaire-${i + 1}`;
    return {
      learner: { learnerId, firstName: `Stagiaire ${i + 1}` },
      events: realisticLog(c, events, learnerId),
      assessments: [] as AssessmentDoc[],
      scores: [],
      ecfs: [],
    };
  });
}
