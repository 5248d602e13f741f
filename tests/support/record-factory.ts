import { DEMO_TRAINER, demoTrainerKeys } from '../../src/domain/demo/demo-site';
import type { LearnerRecord, RecordSigning } from '../../src/domain/trainer/learner-record';
import type { ProgressEvent } from '../../src/domain/records/progress-event.schema';
import { progressEvent } from '../factories/event.factory';
import { ecfFactory, roleplayScoreFactory } from './report-factory';

/** The demo trainer as a record signer (its key comes from a published seed). */
export async function demoSigning(siteId = 'demo'): Promise<RecordSigning & { publicKey: string }> {
  const { privateKey, publicKey } = await demoTrainerKeys();
  return {
    keyId: DEMO_TRAINER.keyId,
    name: DEMO_TRAINER.name,
    siteId,
    publicKey,
    signBytes: async (bytes) => new Uint8Array(await crypto.subtle.sign('Ed25519', privateKey, bytes as Uint8Array<ArrayBuffer>)),
  };
}

/** A second trainer with a fresh key (another site's, or one nobody registered). */
export async function otherSigning(siteId: string, keyId: string): Promise<RecordSigning & { publicKey: string }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    keyId,
    name: 'Autre formateur',
    siteId,
    publicKey: btoa(String.fromCharCode(...raw)),
    signBytes: async (bytes) => new Uint8Array(await crypto.subtle.sign('Ed25519', pair.privateKey, bytes as Uint8Array<ArrayBuffer>)),
  };
}

/** A learner's record with a few events, a trainer score and an ECF. */
export function recordFactory(learnerId = 'demo-marius', events?: ProgressEvent[]): LearnerRecord {
  return {
    format: 2,
    fromSite: 'demo',
    exportedAt: '2026-03-01T12:00:00.000Z',
    learner: { learnerId, firstName: 'Marius', avatar: 'colibri', createdAt: '2026-01-05T08:00:00.000Z' },
    events: events ?? [
      progressEvent('session.started', { sessionId: 's-1' }, 1, learnerId),
      progressEvent('lesson.completed', { moduleId: 'm1', lessonId: 'm1-l1' }, 2, learnerId),
      progressEvent('session.ended', { sessionId: 's-1', activeSeconds: 600, reason: 'signout' }, 3, learnerId),
    ],
    assessments: [],
    work: [
      roleplayScoreFactory({
        learnerId,
        scoreId: 's1',
        at: '2026-02-01T10:00:00.000Z',
        source: { kind: 'live', situation: 'Appel entrant' },
        ratio: 0.7,
      }),
      ecfFactory({ learnerId, ecfId: 'ecf-1' }),
    ],
    bilans: [],
    plan: { m1: 'required' },
  };
}
