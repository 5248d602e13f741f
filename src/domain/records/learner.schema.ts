import * as v from 'valibot';
import { Base64, IsoDate, Slug } from './ids';
import { SignedFields } from '../sync/signed-doc';

export const AVATARS = ['soleil', 'palmier', 'tortue', 'colibri', 'vague', 'volcan', 'ananas', 'etoile', 'bateau', 'fleur', 'lune', 'poisson'] as const;

export const PinHash = v.strictObject({
  algo: v.literal('PBKDF2-SHA256'),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(10_000), v.maxValue(2_000_000)),
  salt: Base64,
  hash: Base64,
});
export type PinHash = v.InferOutput<typeof PinHash>;

const LearnerFields = {
  _id: v.string(),
  type: v.literal('learner'),
  siteId: Slug,
  learnerId: Slug,
  firstName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40)),
  avatar: v.picklist(AVATARS),
  pin: PinHash,
  active: v.boolean(),
  createdAt: IsoDate,
};

/** A learner of a site, as trainers enrol them and terminals pull them. Schema 2 is trainer-signed. */
export const LearnerDoc = v.variant('schema', [
  v.strictObject({ ...LearnerFields, schema: v.literal(1) }),
  v.strictObject({ ...LearnerFields, schema: v.literal(2), ...SignedFields }),
]);
export type LearnerDoc = v.InferOutput<typeof LearnerDoc>;
