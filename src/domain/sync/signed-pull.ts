import type { TrainerKeyDoc } from '../records/assessment.schema';
import { signingText, verifyDocSignature, type SignedDoc } from './signed-doc';

/**
 * What a terminal keeps of the signed documents a pull brings: only those that verify against a trainer
 * key of its own site (the pulled `trainer-key` documents), whatever the server says. A terminal is the
 * last line: a compromised or impersonated server cannot hand it a forged or rolled-back decision.
 */
export async function keepVerified<T extends SignedDoc & { siteId: string }>(
  docs: readonly T[],
  keys: readonly TrainerKeyDoc[],
  siteId: string,
): Promise<{ kept: T[]; dropped: { id: string; reason: string }[] }> {
  const byId = new Map(keys.filter((k) => k.siteId === siteId).map((k) => [k.keyId, k.publicKey]));
  const kept: T[] = [];
  const dropped: { id: string; reason: string }[] = [];
  for (const d of docs) {
    const id = String(d._id ?? '');
    const key = byId.get(d.signedBy);
    if (d.siteId !== siteId) dropped.push({ id, reason: 'document d’un autre site' });
    else if (!key) dropped.push({ id, reason: 'clé de formateur inconnue' });
    else if (!(await verifyDocSignature(d, key))) dropped.push({ id, reason: 'signature invalide' });
    else kept.push(d);
  }
  return { kept, dropped };
}

/**
 * Whether a pulled version may replace the one the terminal holds. A pull may skip versions (v1 here,
 * v3 on the server), so "forward" is a higher version, or the very same signed text again.
 */
export function movesForward(local: unknown, incoming: SignedDoc): boolean {
  const held = local as Partial<SignedDoc> | undefined;
  if (!held || typeof held.version !== 'number') return true;
  if (incoming.version > held.version) return true;
  return incoming.version === held.version && signingText(incoming) === signingText(held as Record<string, unknown>);
}
