import * as v from 'valibot';
import { GlossaryEntry } from './glossary.schema';
import { ContentId, NonEmpty, Ratio, SchemaVersion } from './ids';

export const Competency = v.object({
  id: ContentId,
  title: NonEmpty,
  /** Mastery ratio (0–1) the learner must reach on this competency. */
  threshold: v.optional(Ratio, 0.7),
  skills: v.optional(v.array(NonEmpty), []),
});
export type Competency = v.InferOutput<typeof Competency>;

export const Block = v.object({
  id: ContentId,
  /** A CCP can be certified on its own; cross-cutting competencies are assessed inside both. */
  kind: v.picklist(['ccp', 'transverse']),
  title: NonEmpty,
  competencies: v.pipe(v.array(Competency), v.minLength(1)),
});
export type Block = v.InferOutput<typeof Block>;

export const ModuleRef = v.object({
  id: ContentId,
  /** Folder under content/modules/. */
  dir: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'nom de dossier invalide')),
  hours: v.pipe(v.number(), v.minValue(0)),
  prerequisites: v.optional(v.array(ContentId), []),
});
export type ModuleRef = v.InferOutput<typeof ModuleRef>;

/**
 * An export's programme-entry.yaml: the module's line of programme.yaml, and the module it comes right
 * after (absent: at the end). The import turns `after` into the line's position; programme.yaml has none.
 */
export const ProgrammeEntry = v.object({ ...ModuleRef.entries, after: v.optional(ContentId) });
export type ProgrammeEntry = v.InferOutput<typeof ProgrammeEntry>;

/** A section of content/exam/ with the hours of the 455 it is given. */
export const ExamRef = v.object({
  id: ContentId,
  /** Folder under content/exam/. */
  dir: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'nom de dossier invalide')),
  hours: v.pipe(v.number(), v.minValue(0)),
});
export type ExamRef = v.InferOutput<typeof ExamRef>;

/** content/programme.yaml */
export const ProgrammeSource = v.object({
  id: ContentId,
  schema: SchemaVersion,
  title: NonEmpty,
  level: v.optional(v.string()),
  identifiers: v.optional(v.record(v.string(), v.string()), {}),
  totalHours: v.pipe(v.number(), v.minValue(1)),
  /** How the hours are split (training vs. placement, exam…), in plain words. */
  hoursNote: v.optional(v.string(), ''),
  blocks: v.pipe(v.array(Block), v.minLength(1)),
  modules: v.pipe(v.array(ModuleRef), v.minLength(1)),
  /** The exam sections (ECF, mock exams, DP guide, final interview); their hours count in `totalHours`. */
  exam: v.optional(v.array(ExamRef), []),
  /** Folder of the placement test (bilan initial), under content/. */
  placement: v.optional(v.string()),
});
export type ProgrammeSource = v.InferOutput<typeof ProgrammeSource>;

export const Programme = v.object({
  id: ContentId,
  schema: SchemaVersion,
  title: NonEmpty,
  level: v.optional(v.string()),
  identifiers: v.record(v.string(), v.string()),
  totalHours: v.number(),
  hoursNote: v.string(),
  blocks: v.array(Block),
  /** Module ids in teaching order. */
  moduleOrder: v.array(ContentId),
  /** The « Lexique »: it travels with the programme, so that a sync brings it with no document of its own. */
  glossary: v.optional(v.pipe(v.array(GlossaryEntry), v.maxLength(2000))),
});
export type Programme = v.InferOutput<typeof Programme>;
