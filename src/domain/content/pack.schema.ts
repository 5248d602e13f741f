import * as v from 'valibot';
import { ContentId, NonEmpty, SchemaVersion } from './ids';
import { ModuleBundle } from './module.schema';
import { Programme } from './programme.schema';
import { QuizItem } from './quiz.schema';
import { Roleplay } from './roleplay.schema';
import { ExamSection } from '../exam/exam.schema';

/** Pack format this code reads and writes. A higher number comes from a newer Relais. */
export const PACK_FORMAT = 1;

/** content/placement/placement.yaml */
export const PlacementSource = v.object({
  id: ContentId,
  schema: SchemaVersion,
  title: NonEmpty,
  intro: v.optional(v.string(), ''),
  items: v.pipe(v.array(v.unknown()), v.minLength(1)),
});

export const Placement = v.object({
  id: ContentId,
  schema: SchemaVersion,
  title: NonEmpty,
  intro: v.string(),
  items: v.array(QuizItem),
  roleplays: v.array(Roleplay),
});
export type Placement = v.InferOutput<typeof Placement>;

export const PackBody = v.object({
  programme: Programme,
  modules: v.array(ModuleBundle),
  placement: v.nullable(Placement),
  /** The exam pack (ECF, mock exams, DP guide, final interview); absent from packs built before it. */
  exam: v.optional(v.array(ExamSection)),
});
export type PackBody = v.InferOutput<typeof PackBody>;

/** Checked first, so that a pack from a newer Relais is told apart from a corrupt one. */
export const PackEnvelope = v.object({
  kind: v.literal('relais.content-pack'),
  format: v.pipe(v.number(), v.integer(), v.minValue(1)),
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

export const ContentPack = v.object({
  ...PackEnvelope.entries,
  format: v.literal(PACK_FORMAT),
  builtAt: v.string(),
  ...PackBody.entries,
});
export type ContentPack = v.InferOutput<typeof ContentPack>;
