import type { TrainerKeyDoc } from '../records/assessment.schema';
import { checkSuccession, verifyDocSignature, type SignedDoc } from '../sync/signed-doc';

type SignedCheck = { ok: true } | { ok: false; reason: 'unsigned' | 'unknown-key' | 'other-site' | 'bad-signature' | 'not-successor' };

/** True for documents that carry the signed fields: they are accepted only when they verify. */
export function isSigned(doc: Record<string, unknown>): doc is SignedDoc {
  return typeof doc.signedBy === 'string' && typeof doc.version === 'number' && typeof doc.signature === 'string';
}

/**
 * Whether a terminal takes a pulled trainer-signed document: signed by a trainer key registered for
 * the document's site, with a valid signature, and the same as or a later version than the stored one.
 * A pulled document may skip versions (the terminal was offline), so only an older or a same-numbered
 * but different document is refused; the server has already checked the chain.
 */
export async function checkPulledSigned(
  doc: Record<string, unknown>,
  keys: ReadonlyMap<string, Pick<TrainerKeyDoc, 'siteId' | 'publicKey'>>,
  stored: SignedDoc | undefined,
): Promise<SignedCheck> {
  if (!isSigned(doc)) return { ok: false, reason: 'unsigned' };
  const key = keys.get(doc.signedBy);
  if (!key) return { ok: false, reason: 'unknown-key' };
  if (key.siteId !== doc.siteId) return { ok: false, reason: 'other-site' };
  if (!(await verifyDocSignature(doc, key.publicKey))) return { ok: false, reason: 'bad-signature' };
  if (stored && doc.version <= stored.version) {
    const same = await checkSuccession(stored, doc);
    if (!same.ok || !same.same) return { ok: false, reason: 'not-successor' };
  }
  return { ok: true };
}
