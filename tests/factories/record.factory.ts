import type { AssessmentDoc, PlanDecision, TrainerKeyDoc } from '../../src/domain/records/assessment.schema';
import { assessmentDocId, eventDocId, learnerDocId, trainerKeyDocId } from '../../src/domain/records/ids';
import type { LearnerDoc } from '../../src/domain/records/learner.schema';
import type { ProgressEvent } from '../../src/domain/records/progress-event.schema';
import { hashPin } from '../../src/domain/auth/pin';

/** The cheapest Argon2id the schema accepts: keeps tests fast (the cost itself is measured by the bench). */
export const TEST_ARGON2 = { memoryKiB: 8_192, iterations: 1, parallelism: 1 } as const;
import { ed25519FromSeed } from '../../src/domain/demo/demo-site';
import { nextVersionFields, signDoc, type SignedDoc } from '../../src/domain/sync/signed-doc';

/** The trainer who signs the factories' learners and bilans; `seedSite` registers the key for the site. */
export const TEST_TRAINER = {
  keyId: 'k-formateur',
  name: 'Formatrice test',
  seedHex: '9c4b2e7f1a3d5c8e0b6f4a2d9e7c5b3a1f8e6d4c2b0a9f7e5d3c1b8a6f4e2d0c',
} as const;
export const testTrainerKeys = () => ed25519FromSeed(TEST_TRAINER.seedHex);

/**
 * Signs `doc` as the next version of `previous` (version 1 without it), by the test trainer unless a
 * key is given: what a trainer screen does with `signDoc` and `nextVersionFields`.
 */
export async function signedFactory<T extends Record<string, unknown>>(
  doc: T,
  previous?: SignedDoc,
  signer?: { keyId: string; privateKey: CryptoKey },
): Promise<T & SignedDoc> {
  const key = signer ?? { keyId: TEST_TRAINER.keyId, privateKey: (await testTrainerKeys()).privateKey };
  const { _rev, _revisions, ...plain } = doc;
  return (await signDoc(
    { ...plain, signedBy: key.keyId, ...(await nextVersionFields(previous)), signature: '' },
    key.privateKey,
  )) as unknown as T & SignedDoc;
}

/** The test trainer's key as the site database holds it (what `trainer-key` registers). */
export async function trainerKeyFactory(siteId: string): Promise<TrainerKeyDoc> {
  return {
    _id: trainerKeyDocId(TEST_TRAINER.keyId),
    schema: 1,
    type: 'trainer-key',
    siteId,
    keyId: TEST_TRAINER.keyId,
    trainerName: TEST_TRAINER.name,
    publicKey: (await testTrainerKeys()).publicKey,
    registeredAt: '2026-01-01T00:00:00.000Z',
  };
}

/** A valid learner document, version 1 signed by the test trainer; a cheap Argon2id keeps tests fast. */
export async function learnerFactory(
  siteId: string,
  learnerId: string,
  o: Partial<Pick<LearnerDoc, 'firstName' | 'avatar' | 'active'>> = {},
): Promise<LearnerDoc> {
  return signedFactory({
    _id: learnerDocId(learnerId),
    schema: 2 as const,
    type: 'learner' as const,
    siteId,
    learnerId,
    firstName: o.firstName ?? `Apprenant ${learnerId}`,
    avatar: o.avatar ?? 'soleil',
    pin: await hashPin('1234', TEST_ARGON2),
    active: o.active ?? true,
    createdAt: '2026-01-05T08:00:00.000Z',
  });
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

/** A trainer's assessment, version 1 (or the next version of `previous`) signed by the test trainer. */
export function assessmentFactory(o: {
  siteId: string;
  learnerId: string;
  assessmentId: string;
  at: string;
  kind?: 'initial' | 'followup';
  decisions?: PlanDecision[];
  competencies?: Record<string, number>;
  notes?: string;
  previous?: AssessmentDoc;
}): Promise<AssessmentDoc> {
  return signedFactory(
    {
      _id: assessmentDocId(o.learnerId, o.assessmentId),
      schema: 2 as const,
      type: 'assessment' as const,
      siteId: o.siteId,
      learnerId: o.learnerId,
      assessmentId: o.assessmentId,
      kind: o.kind ?? 'followup',
      at: o.at,
      competencies: o.competencies ?? {},
      decisions: o.decisions ?? [],
      notes: o.notes ?? 'Bilan de suivi.',
    },
    o.previous,
  );
}
