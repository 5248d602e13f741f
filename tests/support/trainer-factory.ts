import type { TrainerKeyDoc } from '../../src/domain/records/assessment.schema';
import { trainerKeyDocId } from '../../src/domain/records/ids';
import { nextVersionFields, signDoc, type SignedDoc } from '../../src/domain/sync/signed-doc';
import type { BilanDoc, PlanFields } from '../../src/domain/trainer/bilan.schema';
import { emptyPlan } from '../../src/domain/trainer/bilan-plan';
import { bilanDocId } from '../../src/domain/trainer/trainer-ids';

export interface TestTrainer {
  keyId: string;
  privateKey: CryptoKey;
  publicKey: string;
}

/** A fresh trainer key pair (WebCrypto Ed25519). */
export async function trainerFactory(keyId = 'k-formateur'): Promise<TestTrainer> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { keyId, privateKey: pair.privateKey, publicKey: btoa(String.fromCharCode(...raw)) };
}

/** The registered-key document of a test trainer, as the server keeps it. */
export function trainerKeyDocFactory(t: TestTrainer, siteId: string): TrainerKeyDoc {
  return {
    _id: trainerKeyDocId(t.keyId),
    schema: 1,
    type: 'trainer-key',
    siteId,
    keyId: t.keyId,
    trainerName: 'Formatrice test',
    publicKey: t.publicKey,
    registeredAt: '2026-01-02T08:00:00.000Z',
  };
}

/** A signed bilan; `previous` makes it that one's next version. */
export async function bilanFactory(
  t: TestTrainer,
  o: {
    siteId: string;
    learnerId: string;
    bilanId?: string;
    at?: string;
    kind?: 'initial' | 'followup';
    plan?: Partial<PlanFields>;
    ratings?: Record<string, number>;
    previous?: BilanDoc;
  },
): Promise<BilanDoc> {
  const bilanId = o.bilanId ?? 'initial';
  const doc = {
    _id: bilanDocId(o.learnerId, bilanId),
    schema: 1 as const,
    type: 'bilan' as const,
    siteId: o.siteId,
    learnerId: o.learnerId,
    bilanId,
    kind: o.kind ?? 'initial',
    at: o.at ?? '2026-02-01T10:00:00.000Z',
    placement: {},
    selfAssessment: {},
    ratings: o.ratings ?? {},
    notes: 'Entretien de positionnement.',
    priorLearning: '',
    ecf: '',
    dp: '',
    plan: { ...emptyPlan(), ...o.plan },
    signedBy: t.keyId,
    ...(await nextVersionFields(o.previous as SignedDoc | undefined)),
  };
  return signDoc({ ...doc, signature: '' }, t.privateKey);
}
