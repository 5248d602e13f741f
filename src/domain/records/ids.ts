import * as v from 'valibot';

/** Ids of sites, devices, learners: short lowercase slugs, safe inside document ids. */
export const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'identifiant invalide'));
export const IsoDate = v.pipe(v.string(), v.isoTimestamp('date ISO attendue'));
export const Base64 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64 attendu'), v.maxLength(4096));

export const SEQ_WIDTH = 10;

/** Deterministic event id: one learner, one device, one counter. Replaying a push never makes a conflict. */
export function eventDocId(learnerId: string, deviceId: string, seq: number): string {
  return `event:${learnerId}:${deviceId}:${String(seq).padStart(SEQ_WIDTH, '0')}`;
}

export const learnerDocId = (learnerId: string) => `learner:${learnerId}`;
export const assessmentDocId = (learnerId: string, assessmentId: string) => `assessment:${learnerId}:${assessmentId}`;
export const trainerKeyDocId = (keyId: string) => `trainer-key:${keyId}`;
export const roleplayScoreDocId = (learnerId: string, scoreId: string) => `roleplay-score:${learnerId}:${scoreId}`;
export const ecfDocId = (learnerId: string, ecfId: string) => `ecf:${learnerId}:${ecfId}`;
/** One Dossier Professionnel selection per learner, versioned as the trainer edits it. */
export const dpSelectionDocId = (learnerId: string) => `dp-selection:${learnerId}`;
