import * as v from 'valibot';
import { ContentId, NonEmpty, SchemaVersion } from '../content/ids';
import { Lesson } from '../content/module.schema';
import { Roleplay } from '../content/roleplay.schema';

/**
 * The exam pack (content/exam/): per CCP an ECF and a mock mise en situation professionnelle, the
 * Dossier Professionnel guide and the final-interview practice. Each section is a folder with its
 * `exam.yaml`, `lessons/` and `roleplays/`, in the module format.
 */
export const EXAM_KINDS = ['ecf', 'mock', 'dp-guide', 'final-interview'] as const;
export type ExamKind = (typeof EXAM_KINDS)[number];

const Minutes = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600));

/** One step the candidate does, in order: a simulated call (a role-play) or a written part (a lesson). */
export const ExamPartSource = v.variant('kind', [
  v.object({ kind: v.literal('call'), roleplay: ContentId, minutes: Minutes }),
  v.object({ kind: v.literal('written'), lesson: ContentId, minutes: Minutes }),
  v.object({ kind: v.literal('reading'), lesson: ContentId }),
]);

/** The marking grid: for each competency assessed, what the trainer looks for. */
export const ExamGridRow = v.object({
  competency: ContentId,
  criteria: v.pipe(v.array(NonEmpty), v.minLength(1)),
});

/** content/exam/<dir>/exam.yaml */
export const ExamSource = v.pipe(
  v.object({
    id: ContentId,
    schema: SchemaVersion,
    kind: v.picklist(EXAM_KINDS),
    /** The CCP the ECF or mock exam assesses. */
    ccp: v.optional(ContentId),
    title: NonEmpty,
    summary: NonEmpty,
    /** The subject handed to the candidate (Markdown). */
    subject: v.optional(v.string(), ''),
    /**
     * False while the title's official durations are unknown (CRCD.md: unconfirmed): the minutes of
     * the parts are then training times, and the screen says « non confirmé ».
     */
    durationConfirmed: v.optional(v.boolean(), false),
    parts: v.optional(v.array(ExamPartSource), []),
    grid: v.optional(v.array(ExamGridRow), []),
    sources: v.optional(v.string(), ''),
  }),
  v.check(
    (e) => e.kind === 'dp-guide' || e.kind === 'final-interview' || e.ccp !== undefined,
    'ccp : un ECF ou un examen blanc évalue un CCP (champ « ccp »)',
  ),
  v.forward(
    v.check(
      (e) => e.kind === 'dp-guide' || e.kind === 'final-interview' || e.grid.length > 0,
      'un ECF ou un examen blanc a une grille de notation',
    ),
    ['grid'],
  ),
  v.forward(
    v.check((e) => e.parts.length > 0, 'la section n’a aucune étape'),
    ['parts'],
  ),
  v.forward(
    v.check(
      (e) => e.kind !== 'mock' || (e.parts.some((p) => p.kind === 'call') && e.parts.some((p) => p.kind === 'written')),
      'un examen blanc a au moins un appel simulé et une partie écrite',
    ),
    ['parts'],
  ),
);
export type ExamSource = v.InferOutput<typeof ExamSource>;

export const ExamPart = v.variant('kind', [
  v.object({ kind: v.literal('call'), roleplayId: ContentId, minutes: v.number() }),
  v.object({ kind: v.literal('written'), lessonId: ContentId, minutes: v.number() }),
  v.object({ kind: v.literal('reading'), lessonId: ContentId }),
]);
export type ExamPart = v.InferOutput<typeof ExamPart>;

/** One exam section as shipped in the pack. */
export const ExamSection = v.object({
  id: ContentId,
  schema: SchemaVersion,
  kind: v.picklist(EXAM_KINDS),
  ccpId: v.nullable(ContentId),
  title: NonEmpty,
  summary: NonEmpty,
  /** Hours of the 455 given to this section (programme.yaml `exam`). */
  hours: v.number(),
  order: v.number(),
  subjectHtml: v.string(),
  sourcesHtml: v.string(),
  durationConfirmed: v.boolean(),
  parts: v.array(ExamPart),
  grid: v.array(v.object({ competencyId: ContentId, criteria: v.array(v.string()) })),
  lessons: v.array(Lesson),
  roleplays: v.array(Roleplay),
});
export type ExamSection = v.InferOutput<typeof ExamSection>;

/** Total minutes of the timed parts (calls and written parts). */
export function examMinutes(section: Pick<ExamSection, 'parts'>): number {
  return section.parts.reduce((n, p) => n + (p.kind === 'reading' ? 0 : p.minutes), 0);
}
