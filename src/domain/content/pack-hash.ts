import { canonicalJson, sha256Hex } from '../shared/canonical-json';
import type { PackBody } from './pack.schema';

/** The content hash covers the body only, so rebuilding unchanged content gives the same hash. */
export function packHash(body: PackBody): Promise<string> {
  const { programme, modules, placement, exam } = body;
  // A pack without an exam part keeps the hash it had before exam sections existed.
  return sha256Hex(canonicalJson(exam?.length ? { programme, modules, placement, exam } : { programme, modules, placement }));
}
