import * as v from 'valibot';
import { SignedFields } from '../sync/signed-doc';
import { Base64, IsoDate, Slug } from './ids';

export const AVATARS = [
  'soleil',
  'palmier',
  'tortue',
  'colibri',
  'vague',
  'volcan',
  'ananas',
  'etoile',
  'bateau',
  'fleur',
  'lune',
  'poisson',
] as const;

export const PinHash = v.variant('algo', [
  v.strictObject({
    algo: v.literal('argon2id'),
    memoryKiB: v.pipe(v.number(), v.integer(), v.minValue(8_192), v.maxValue(262_144)),
    iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
    parallelism: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
    salt: Base64,
    hash: Base64,
  }),
  /** Hashes written before Argon2id: still verified, upgraded at the learner's next sign-in. */
  v.strictObject({
    algo: v.literal('PBKDF2-SHA256'),
    iterations: v.pipe(v.number(), v.integer(), v.minValue(10_000), v.maxValue(2_000_000)),
    salt: Base64,
    hash: Base64,
  }),
]);
export type PinHash = v.InferOutput<typeof PinHash>;

/** A learner of a site, as trainers enrol them (signed, bound to its version) and terminals pull them. */
export const LearnerDoc = v.strictObject({
  _id: v.string(),
  schema: v.literal(2),
  type: v.literal('learner'),
  siteId: Slug,
  learnerId: Slug,
  firstName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40)),
  avatar: v.picklist(AVATARS),
  pin: PinHash,
  active: v.boolean(),
  createdAt: IsoDate,
  ...SignedFields,
});
export type LearnerDoc = v.InferOutput<typeof LearnerDoc>;
