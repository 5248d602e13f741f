import * as v from 'valibot';
import { ContentId, NonEmpty, SchemaVersion } from './ids';
import { CRITERIA, type Criterion } from './roleplay.schema';

/**
 * The trainer's sheet of a module (content/modules/<dir>/trainer-sheet.yaml): the session plan for the
 * module's hours, the briefs to play the caller live in class, drills with their answers. The role-play
 * cards, observer grids and quiz answer keys are derived from the module itself, so they never drift.
 */

const Text = v.pipe(NonEmpty, v.maxLength(2000));
const Lines = v.pipe(v.array(Text), v.minLength(1), v.maxLength(30));

export const SEQUENCE_KINDS = ['apport', 'pratique', 'jeu-de-role', 'evaluation', 'bilan'] as const;

export const TrainerSequence = v.object({
  title: Text,
  /** Hours in class; the sequences of a sheet add up to the module's hours. */
  hours: v.pipe(v.number(), v.minValue(0.25), v.maxValue(70)),
  kind: v.picklist(SEQUENCE_KINDS),
  steps: Lines,
  material: v.optional(v.pipe(v.array(Text), v.maxLength(30)), []),
});
export type TrainerSequence = v.InferOutput<typeof TrainerSequence>;

export const TrainerDrill = v.object({
  title: Text,
  minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240)),
  instructions: Text,
  /** What the trainer expects (answers, model sentences). */
  answers: v.optional(Lines),
});
export type TrainerDrill = v.InferOutput<typeof TrainerDrill>;

/** How to play the caller of one of the module's role-plays, live, for a trainer or a fellow learner. */
export const CallerBrief = v.object({
  roleplay: ContentId,
  brief: Text,
  /** What the caller knows but only says if asked the right question. */
  hidden: v.optional(v.pipe(v.array(Text), v.maxLength(10)), []),
  /** How the caller reacts to what the advisor does. */
  reactions: v.optional(v.pipe(v.array(Text), v.maxLength(10)), []),
});
export type CallerBrief = v.InferOutput<typeof CallerBrief>;

const TrainerSheetFields = {
  objectives: Lines,
  sequences: v.pipe(v.array(TrainerSequence), v.minLength(1), v.maxLength(60)),
  drills: v.pipe(v.array(TrainerDrill), v.minLength(1), v.maxLength(30)),
  callerBriefs: v.optional(v.pipe(v.array(CallerBrief), v.maxLength(30)), []),
};

export const TrainerSheetSource = v.object({ schema: SchemaVersion, ...TrainerSheetFields });
export const TrainerSheet = v.object(TrainerSheetFields);
export type TrainerSheet = v.InferOutput<typeof TrainerSheet>;

/** Sum of a sheet's hours, rounded to the quarter hour so that 0.25 + 0.5 adds up exactly. */
export function sheetHours(sheet: Pick<TrainerSheet, 'sequences'>): number {
  return Math.round(sheet.sequences.reduce((h, s) => h + s.hours, 0) * 4) / 4;
}

/**
 * Criteria a compiled ink script scores, read from its `#criterion:points` tags, in the order of
 * CRITERIA (the observer grid's rows).
 */
export function criteriaInScript(inkJson: string): Criterion[] {
  const found = new Set<string>();
  for (const m of inkJson.matchAll(/"(?:#|\^)?\s*([a-z]+)\s*:\s*[+-]?\d+\s*"/g)) found.add(m[1] ?? '');
  return CRITERIA.filter((c) => found.has(c));
}
