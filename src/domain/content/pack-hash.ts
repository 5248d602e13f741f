import { canonicalJson, sha256Hex } from '../shared/canonical-json';
import type { PackBody } from './pack.schema';

/** The content hash covers the body only, so rebuilding unchanged content gives the same hash. */
export function packHash(body: PackBody): Promise<string> {
  return sha256Hex(canonicalJson({ programme: body.programme, modules: body.modules, placement: body.placement }));
}
