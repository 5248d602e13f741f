import { nextVersionFields, type SignedDoc } from '../../domain/sync/signed-doc';
import { checkSiteRecord, type SiteRecord } from '../../domain/records/record-validate';
import type { TrainerIdentity } from './trainer-identity';

/** A document failed its own schema before signing: a bug of the app, never the trainer's doing. */
class InvalidTrainerDocError extends Error {
  override name = 'InvalidTrainerDocError';
}

const signedOf = (doc: unknown): SignedDoc | undefined =>
  doc && typeof doc === 'object' && typeof (doc as SignedDoc).signedBy === 'string' ? (doc as SignedDoc) : undefined;

/**
 * Signs the next version of a document: version and prevHash follow the stored signed version (an
 * unsigned one, such as a learner seeded by the operator, starts a chain at 1). Checked against the
 * shared schema first, so a terminal never pushes what the server would refuse for its shape.
 */
export async function signNext<T extends SiteRecord>(
  identity: TrainerIdentity,
  previous: unknown,
  fields: Record<string, unknown>,
): Promise<T> {
  const unsigned = { ...fields, signedBy: identity.keyId, ...(await nextVersionFields(signedOf(previous))) };
  const signed = await identity.sign({ ...unsigned, signature: 'AA==' });
  const checked = checkSiteRecord(signed);
  if (!checked.ok) throw new InvalidTrainerDocError(`${String(fields.type)}: ${checked.reason}`);
  return checked.record as T;
}
