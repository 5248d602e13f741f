import * as v from 'valibot';
import { ContentId, NonEmpty, Ratio, SchemaVersion } from './ids';

/** Criteria a role-play choice can be scored on, with `#criterion:points` ink tags. */
export const CRITERIA = [
  'greeting',
  'discovery',
  'listening',
  'reformulation',
  'solution',
  'argumentation',
  'objection',
  'tone',
  'closing',
  'compliance',
] as const;
export const Criterion = v.picklist(CRITERIA);
export type Criterion = v.InferOutput<typeof Criterion>;

/** The YAML sidecar next to each .ink script. */
export const RoleplaySource = v.object({
  id: ContentId,
  schema: SchemaVersion,
  title: NonEmpty,
  competencies: v.pipe(v.array(ContentId), v.minLength(1)),
  difficulty: v.picklist([1, 2, 3]),
  channel: v.optional(v.picklist(['phone', 'email', 'chat']), 'phone'),
  caller: v.object({ name: NonEmpty, profile: NonEmpty }),
  goal: NonEmpty,
  /** Score ratio (0–1) needed to pass. */
  passThreshold: v.optional(Ratio, 0.6),
  goodPractice: v.pipe(v.array(NonEmpty), v.minLength(1)),
  usualMistakes: v.pipe(v.array(NonEmpty), v.minLength(1)),
});
export type RoleplaySource = v.InferOutput<typeof RoleplaySource>;

export const Roleplay = v.object({
  ...RoleplaySource.entries,
  moduleId: v.string(),
  /** Compiled ink story (inkjs JSON). */
  ink: v.string(),
});
export type Roleplay = v.InferOutput<typeof Roleplay>;
