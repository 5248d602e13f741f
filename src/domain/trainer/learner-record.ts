import * as v from 'valibot';
import { ContentId } from '../content/ids';
import type { AssessmentDoc } from '../records/assessment.schema';
import { AVATARS } from '../records/learner.schema';
import { IsoDate, Slug } from '../records/ids';
import type { ProgressEvent } from '../records/progress-event.schema';
import { checkSiteRecord } from '../records/record-validate';
import type { TrainerWorkDoc } from '../records/trainer-work.schema';
import type { BilanDoc } from './bilan.schema';
import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from './base64url';

/** Format of the record inside the credential; a higher number comes from a newer Relais. 2 adds the bilans. */
export const LEARNER_RECORD_FORMAT = 2;
const RECORD_KEY = 'relaisRecord';

/**
 * A learner's whole record as it follows the learner to another site. No more personal data than the
 * first name and the pseudonymous id: no PIN, no picture of the person (the avatar is an icon).
 */
export interface LearnerRecord {
  format: 1 | typeof LEARNER_RECORD_FORMAT;
  fromSite: string;
  exportedAt: string;
  learner: { learnerId: string; firstName: string; avatar: (typeof AVATARS)[number]; createdAt: string };
  events: ProgressEvent[];
  assessments: AssessmentDoc[];
  /** Trainer-signed role-play scores, ECFs and the DP selection, each with its own signature. */
  work: TrainerWorkDoc[];
  /** The trainer-signed bilans (and so the plan's decisions); absent from format 1 files. */
  bilans?: BilanDoc[];
  /** The plan in force when exported (module → entry), for the receiving trainer to read. */
  plan: Record<string, string>;
}

const RecordShape = v.strictObject({
  format: v.picklist([1, LEARNER_RECORD_FORMAT]),
  fromSite: Slug,
  exportedAt: IsoDate,
  learner: v.strictObject({
    learnerId: Slug,
    firstName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40)),
    avatar: v.picklist(AVATARS),
    createdAt: IsoDate,
  }),
  events: v.pipe(v.array(v.unknown()), v.maxLength(200_000)),
  assessments: v.pipe(v.array(v.unknown()), v.maxLength(1000)),
  work: v.pipe(v.array(v.unknown()), v.maxLength(5000)),
  bilans: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(1000)), []),
  plan: v.record(ContentId, v.picklist(['required', 'exemption-proposed', 'exempted'])),
});

/** The signer as a trainer session provides it: the raw Ed25519 signature of some bytes. */
export interface RecordSigning {
  keyId: string;
  name: string;
  siteId: string;
  signBytes(bytes: Uint8Array): Promise<Uint8Array>;
}

const siteIri = (siteId: string) => `urn:relais:site:${siteId}`;
const SITE_IRI = /^urn:relais:site:([a-z0-9][a-z0-9-]{0,39})$/;

/**
 * The record as an Open Badges 3.0 credential (a W3C verifiable credential), signed as a compact JWS
 * (VC-JWT, EdDSA) with the trainer's key. The credential says what an LRS or a wallet understands
 * (who, which programme, the plan's summary); the full record rides in the subject, so it round-trips.
 */
export async function signLearnerRecord(
  record: LearnerRecord,
  signer: RecordSigning,
  programme: { id: string; title: string },
): Promise<string> {
  const header = { alg: 'EdDSA', typ: 'JWT', kid: signer.keyId };
  const iat = Math.floor(Date.parse(record.exportedAt) / 1000);
  const payload = {
    iss: siteIri(signer.siteId),
    sub: `urn:relais:learner:${record.learner.learnerId}`,
    iat,
    nbf: iat,
    jti: `urn:relais:record:${record.fromSite}:${record.learner.learnerId}:${iat}`,
    vc: {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      id: `urn:relais:record:${record.fromSite}:${record.learner.learnerId}:${iat}`,
      name: `Dossier de formation — ${programme.title}`,
      issuer: { id: siteIri(signer.siteId), type: ['Profile'], name: signer.name },
      validFrom: record.exportedAt,
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityType: 'identifier', hashed: false, identityHash: record.learner.learnerId }],
        achievement: {
          id: `urn:relais:programme:${programme.id}`,
          type: ['Achievement'],
          achievementType: 'LearningProgram',
          name: programme.title,
          description: 'Parcours suivi avec Relais : événements, bilans, évaluations et plan individuel.',
          criteria: { narrative: 'Dossier transmis entre établissements ; il ne certifie pas le titre.' },
        },
        [RECORD_KEY]: record,
      },
    },
  };
  const signingInput = `${toBase64Url(utf8(JSON.stringify(header)))}.${toBase64Url(utf8(JSON.stringify(payload)))}`;
  const signature = await signer.signBytes(utf8(signingInput));
  return `${signingInput}.${toBase64Url(signature)}`;
}

export type RecordRefusal = 'damaged' | 'unknown-key' | 'tampered' | 'newer-format' | 'invalid';
type VerifiedRecord =
  | { ok: true; record: LearnerRecord; signedBy: { siteId: string; keyId: string } }
  | { ok: false; reason: RecordRefusal; detail?: string };

/** Finds a trainer's registered public key (raw Ed25519, base64) by site and key id. */
export type KeyResolver = (siteId: string, keyId: string) => Promise<string | undefined>;

const parseJson = (bytes: Uint8Array | undefined): unknown => {
  if (!bytes) return undefined;
  try {
    return JSON.parse(fromUtf8(bytes));
  } catch {
    // Not UTF-8 JSON: the caller reports the file as damaged.
    return undefined;
  }
};

/** Verifies a record file: its signature by a key known here, then every document in it. */
export async function verifyLearnerRecord(file: string, resolveKey: KeyResolver): Promise<VerifiedRecord> {
  const parts = file.trim().split('.');
  if (parts.length !== 3) return { ok: false, reason: 'damaged' };
  const [h, p, s] = parts as [string, string, string];
  const header = parseJson(fromBase64Url(h)) as { alg?: unknown; kid?: unknown } | undefined;
  const payload = parseJson(fromBase64Url(p)) as { iss?: unknown; vc?: { credentialSubject?: Record<string, unknown> } } | undefined;
  const signature = fromBase64Url(s);
  if (!header || !payload || !signature || header.alg !== 'EdDSA' || typeof header.kid !== 'string' || typeof payload.iss !== 'string') {
    return { ok: false, reason: 'damaged' };
  }
  const site = SITE_IRI.exec(payload.iss)?.[1];
  const publicKey = site ? await resolveKey(site, header.kid) : undefined;
  if (!site || !publicKey) return { ok: false, reason: 'unknown-key', detail: `${payload.iss} ${header.kid}` };
  if (!(await verifyEd25519(publicKey, signature, utf8(`${h}.${p}`)))) return { ok: false, reason: 'tampered' };
  const raw = payload.vc?.credentialSubject?.[RECORD_KEY] as { format?: unknown } | undefined;
  if (raw && typeof raw.format === 'number' && raw.format > LEARNER_RECORD_FORMAT) return { ok: false, reason: 'newer-format' };
  const shape = v.safeParse(RecordShape, raw);
  if (!shape.success) return { ok: false, reason: 'invalid', detail: shape.issues[0]?.message };
  const checked = checkDocuments(shape.output);
  if (!checked.ok) return checked;
  return { ok: true, record: checked.record, signedBy: { siteId: site, keyId: header.kid } };
}

/** Each document must pass the same checks as a synced one, and be about this learner. */
function checkDocuments(
  r: v.InferOutput<typeof RecordShape>,
): { ok: true; record: LearnerRecord } | { ok: false; reason: 'invalid'; detail: string } {
  const id = r.learner.learnerId;
  const take = <T>(docs: unknown[], types: readonly string[]): T[] | string => {
    const out: T[] = [];
    for (const doc of docs) {
      const c = checkSiteRecord(doc);
      if (!c.ok) return c.reason;
      if (!types.includes(c.record.type) || !('learnerId' in c.record) || c.record.learnerId !== id)
        return `${c.record._id} : document d’un autre type ou d’un autre stagiaire`;
      out.push(c.record as T);
    }
    return out;
  };
  const events = take<ProgressEvent>(r.events, ['event']);
  if (typeof events === 'string') return { ok: false, reason: 'invalid', detail: events };
  const assessments = take<AssessmentDoc>(r.assessments, ['assessment']);
  if (typeof assessments === 'string') return { ok: false, reason: 'invalid', detail: assessments };
  const work = take<TrainerWorkDoc>(r.work, ['roleplay-score', 'ecf', 'dp-selection']);
  if (typeof work === 'string') return { ok: false, reason: 'invalid', detail: work };
  const bilans = take<BilanDoc>(r.bilans, ['bilan']);
  if (typeof bilans === 'string') return { ok: false, reason: 'invalid', detail: bilans };
  return { ok: true, record: { ...r, events, assessments, work, bilans } };
}

async function verifyEd25519(publicKeyBase64: string, signature: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>): Promise<boolean> {
  try {
    const raw = Uint8Array.from(atob(publicKeyBase64), (c) => c.charCodeAt(0));
    const key = await crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify('Ed25519', key, signature, data);
  } catch {
    // A malformed key or a signature of the wrong length: not a valid signature.
    return false;
  }
}
