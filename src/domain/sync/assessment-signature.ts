import { canonicalJson } from '../shared/canonical-json';

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** The exact text a trainer signs: the assessment without CouchDB fields and without the signature. */
export function assessmentSigningText(doc: Record<string, unknown>): string {
  const { _id, _rev, _revisions, signature, ...rest } = doc;
  return canonicalJson(rest);
}

/** Ed25519 verification through WebCrypto (Node 20 and current browsers). */
export async function verifyAssessmentSignature(doc: Record<string, unknown>, publicKeyBase64: string): Promise<boolean> {
  if (typeof doc.signature !== 'string') return false;
  try {
    const key = await crypto.subtle.importKey('raw', fromBase64(publicKeyBase64), { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify('Ed25519', key, fromBase64(doc.signature), new TextEncoder().encode(assessmentSigningText(doc)));
  } catch {
    return false;
  }
}
