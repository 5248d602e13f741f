import { signingText, type SignedDoc } from './signed-doc';

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
