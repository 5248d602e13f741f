import * as v from 'valibot';
import { ContentId, NonEmpty, Ratio, SchemaVersion } from './ids';
import { Quiz, QuizItem } from './quiz.schema';
import { Roleplay } from './roleplay.schema';
import { TrainerSheet } from './teaching-sheet.schema';

/** module.yaml inside a module folder. */
export const ModuleSource = v.object({
  id: ContentId,
  schema: SchemaVersion,
  title: NonEmpty,
  summary: NonEmpty,
  competencies: v.pipe(v.array(ContentId), v.minLength(1)),
  /** Source note: which competency the module serves and which facts it relies on (Markdown). */
  sources: v.optional(v.string(), ''),
});
export type ModuleSource = v.InferOutput<typeof ModuleSource>;

/** Front matter of a lesson Markdown file. */
export const LessonFrontMatter = v.object({
  id: ContentId,
  schema: SchemaVersion,
  title: NonEmpty,
  competency: ContentId,
  minutes: v.optional(v.pipe(v.number(), v.minValue(1)), 10),
});

export const Lesson = v.object({
  id: ContentId,
  schema: SchemaVersion,
  moduleId: ContentId,
  title: NonEmpty,
  competency: ContentId,
  minutes: v.number(),
  order: v.number(),
  /** Rendered once at content build by markdown-it (raw HTML off). */
  html: v.string(),
});
export type Lesson = v.InferOutput<typeof Lesson>;

/** Everything one module carries; also the shape of a published module document. */
export const ModuleBundle = v.object({
  id: ContentId,
  schema: SchemaVersion,
  title: NonEmpty,
  summary: NonEmpty,
  competencies: v.array(ContentId),
  hours: v.number(),
  prerequisites: v.array(ContentId),
  order: v.number(),
  sourcesHtml: v.string(),
  lessons: v.array(Lesson),
  quiz: v.nullable(Quiz),
  items: v.array(QuizItem),
  roleplays: v.array(Roleplay),
  /** Ratio the module's role-plays must reach for the module to pass. */
  roleplayThreshold: v.optional(Ratio, 0.6),
  /** The trainer's sheet (session plan, live role-play briefs, drills), when the module has one. */
  trainerSheet: v.optional(TrainerSheet),
});
export type ModuleBundle = v.InferOutput<typeof ModuleBundle>;
