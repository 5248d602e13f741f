import * as v from 'valibot';
import { canonicalJson, sha256Hex } from '../shared/canonical-json';
import { Base64, Slug } from '../records/ids';

/**
 * Every document a trainer or an operator decides (learners, bilans, plans, scores, content) is signed
 * with Ed25519 and bound to its place in history: `version` counts up from 1 and `prevHash` is the
 * SHA-256 of the previous version's signing text. A signature alone can be replayed; a chain cannot be
 * rolled back, because the server only accepts the direct successor of what it holds.
 */
export const SignedFields = {
  /** Id of the registered key that signed (a trainer key of the site, or an operator key). */
  signedBy: Slug,
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000)),
  /** SHA-256 hex of the previous version's signing text; null at version 1. */
  prevHash: v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'empreinte SHA-256 attendue'))),
  signature: Base64,
} as const;

export type SignedDoc = {
  signedBy: string;
  version: number;
  prevHash: string | null;
  signature: string;
  [field: string]: unknown;
};

/** Whether a document carries the signed fields (any record type may: learners, bilans, plans, scores…). */
export function isSignedDoc(doc: unknown): doc is SignedDoc {
  const d = doc as Partial<SignedDoc> | null;
  return (
    !!d &&
    typeof d === 'object' &&
    typeof d.signedBy === 'string' &&
    typeof d.version === 'number' &&
    'prevHash' in d &&
    typeof d.signature === 'string'
  );
}

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const toBase64 = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/** The exact text that is signed: the document without CouchDB fields and without the signature. */
export function signingText(doc: Record<string, unknown>): string {
  const { _id, _rev, _revisions, signature, ...rest } = doc;
  return canonicalJson(rest);
}

/** What the next version's `prevHash` must be. */
function signedDocHash(doc: Record<string, unknown>): Promise<string> {
  return sha256Hex(signingText(doc));
}

/** Signs a document (its `signature` field is replaced). WebCrypto Ed25519: Node 20 and current browsers. */
export async function signDoc<T extends Record<string, unknown>>(doc: T, privateKey: CryptoKey): Promise<T & { signature: string }> {
  const sig = await crypto.subtle.sign('Ed25519', privateKey, new TextEncoder().encode(signingText(doc)));
  return { ...doc, signature: toBase64(sig) };
}

/** True when `doc.signature` is a valid Ed25519 signature of its signing text by this raw public key. */
export async function verifyDocSignature(doc: Record<string, unknown>, publicKeyBase64: string): Promise<boolean> {
  if (typeof doc.signature !== 'string') return false;
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('raw', fromBase64(publicKeyBase64), { name: 'Ed25519' }, false, ['verify']);
  } catch {
    // A malformed registered key verifies nothing; it is not an error of the document's author.
    return false;
  }
  try {
    return await crypto.subtle.verify('Ed25519', key, fromBase64(doc.signature), new TextEncoder().encode(signingText(doc)));
  } catch {
    // A signature of the wrong length makes WebCrypto throw: it is simply not a valid signature.
    return false;
  }
}

/** The fields of the next version of a signed document, ready to sign. */
export async function nextVersionFields(previous: SignedDoc | undefined): Promise<{ version: number; prevHash: string | null }> {
  if (!previous) return { version: 1, prevHash: null };
  return { version: previous.version + 1, prevHash: await signedDocHash(previous) };
}

type SuccessionCheck = { ok: true; same: boolean } | { ok: false; reason: string };

/**
 * Whether `incoming` may replace `stored` (the current version held, if any). The same version with the
 * same signed text is a harmless re-send; anything else must be exactly the next version of `stored`.
 */
export async function checkSuccession(stored: SignedDoc | undefined, incoming: SignedDoc): Promise<SuccessionCheck> {
  if (!stored) {
    if (incoming.version === 1 && incoming.prevHash === null) return { ok: true, same: false };
    return { ok: false, reason: 'version sans la précédente : la version 1 manque' };
  }
  if (incoming.version === stored.version) {
    if (signingText(incoming) === signingText(stored)) return { ok: true, same: true };
    return { ok: false, reason: `la version ${incoming.version} est déjà signée avec un autre contenu` };
  }
  if (incoming.version < stored.version) {
    return { ok: false, reason: `version ${incoming.version} plus ancienne que la version ${stored.version} en place` };
  }
  if (incoming.version !== stored.version + 1) {
    return { ok: false, reason: `version ${incoming.version} attendue ${stored.version + 1}` };
  }
  if (incoming.prevHash !== (await signedDocHash(stored))) {
    return { ok: false, reason: `basée sur une autre version que la version ${stored.version} en place` };
  }
  return { ok: true, same: false };
}
