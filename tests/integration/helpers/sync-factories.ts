import type { AssessmentDoc, PlanDecision } from '../../../src/domain/records/assessment.schema';
import { assessmentDocId, eventDocId, learnerDocId } from '../../../src/domain/records/ids';
import type { LearnerDoc } from '../../../src/domain/records/learner.schema';
import type { ProgressEvent } from '../../../src/domain/records/progress-event.schema';
import { hashPin } from '../../../src/domain/auth/pin';

/** A valid learner document; a low PBKDF2 count keeps tests fast (the schema's minimum). */
export async function learnerFactory(siteId: string, learnerId: string): Promise<LearnerDoc> {
  return {
    _id: learnerDocId(learnerId),
    schema: 1,
    type: 'learner',
    siteId,
    learnerId,
    firstName: `Apprenant ${learnerId}`,
    avatar: 'soleil',
    pin: await hashPin('1234', 10_000),
    active: true,
    createdAt: '2026-01-05T08:00:00.000Z',
  };
}

/** A valid progress event: the learner finished a lesson. */
export function eventFactory(o: { siteId: string; learnerId: string; deviceId: string; seq: number }): ProgressEvent {
  return {
    _id: eventDocId(o.learnerId, o.deviceId, o.seq),
    schema: 1,
    type: 'event',
    siteId: o.siteId,
    learnerId: o.learnerId,
    deviceId: o.deviceId,
    seq: o.seq,
    at: new Date(Date.UTC(2026, 0, 6, 8, 0, o.seq % 60)).toISOString(),
    name: 'lesson.completed',
    data: { moduleId: 'm-accueil', lessonId: `l-${o.seq}` },
  };
}

export function eventsFactory(o: { siteId: string; learnerId: string; deviceId: string; count: number; from?: number }): ProgressEvent[] {
  return Array.from({ length: o.count }, (_, i) => eventFactory({ ...o, seq: (o.from ?? 1) + i }));
}

/**
 * A trainer's assessment as a terminal receives it. The signature is only well-formed: the server
 * checks signatures on push (see sync-writes tests); terminals trust what their authenticated pull brings.
 */
export function assessmentFactory(o: {
  siteId: string;
  learnerId: string;
  assessmentId: string;
  at: string;
  kind?: 'initial' | 'followup';
  decisions?: PlanDecision[];
  competencies?: Record<string, number>;
}): AssessmentDoc {
  return {
    _id: assessmentDocId(o.learnerId, o.assessmentId),
    schema: 1,
    type: 'assessment',
    siteId: o.siteId,
    learnerId: o.learnerId,
    assessmentId: o.assessmentId,
    kind: o.kind ?? 'followup',
    at: o.at,
    trainerKeyId: 'k-formateur',
    competencies: o.competencies ?? {},
    decisions: o.decisions ?? [],
    notes: 'Bilan de suivi.',
    signature: 'c2lnbmF0dXJl',
  };
}
