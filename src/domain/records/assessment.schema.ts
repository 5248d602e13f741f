import * as v from 'valibot';
import { ContentId } from '../content/ids';
import { SignedFields } from '../sync/signed-doc';
import { Base64, IsoDate, Slug } from './ids';

export const PlanDecision = v.strictObject({
  moduleId: ContentId,
  decision: v.picklist(['exempt', 'require', 'review']),
  reason: v.optional(v.pipe(v.string(), v.maxLength(500))),
});
export type PlanDecision = v.InferOutput<typeof PlanDecision>;

/**
 * A trainer's assessment (bilan initial or bilan de suivi): a signed document bound to its version
 * (`src/domain/sync/signed-doc.ts`); `signedBy` is the trainer key that signed it.
 */
export const AssessmentDoc = v.strictObject({
  _id: v.string(),
  schema: v.literal(2),
  type: v.literal('assessment'),
  siteId: Slug,
  learnerId: Slug,
  assessmentId: Slug,
  kind: v.picklist(['initial', 'followup']),
  at: IsoDate,
  /** Level reached per competency, 0–1. */
  competencies: v.record(ContentId, v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  decisions: v.pipe(v.array(PlanDecision), v.maxLength(100)),
  notes: v.pipe(v.string(), v.maxLength(4000)),
  ...SignedFields,
});
export type AssessmentDoc = v.InferOutput<typeof AssessmentDoc>;

/** A trainer's public key, registered for a site on the server. */
export const TrainerKeyDoc = v.strictObject({
  _id: v.string(),
  schema: v.literal(1),
  type: v.literal('trainer-key'),
  siteId: Slug,
  keyId: Slug,
  trainerName: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  /** Raw Ed25519 public key, base64. */
  publicKey: Base64,
  registeredAt: IsoDate,
});
export type TrainerKeyDoc = v.InferOutput<typeof TrainerKeyDoc>;
