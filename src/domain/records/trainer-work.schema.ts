import * as v from 'valibot';
import { ContentId } from '../content/ids';
import { Criterion } from '../content/roleplay.schema';
import { SignedFields } from '../sync/signed-doc';
import { IsoDate, Slug } from './ids';

const Comment = v.pipe(v.string(), v.maxLength(1000));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

/** A trainer's level on one criterion: 0 not shown, 1 started, 2 acquired, 3 mastered. */
export const TRAINER_LEVELS = [0, 1, 2, 3] as const;
export const TRAINER_LEVEL_MAX = 3;
export const CriterionGrade = v.strictObject({
  level: v.picklist(TRAINER_LEVELS),
  comment: Comment,
});
export type CriterionGrade = v.InferOutput<typeof CriterionGrade>;

const Grades = v.pipe(
  v.record(Criterion, CriterionGrade),
  v.check((g) => Object.keys(g).length >= 1, 'au moins un critère'),
);

/**
 * A trainer's score of a role-play on the same named criteria as the automatic score. `source` is the
 * learner's scripted run (roleplay id and run number), a live classroom role-play with no script, or a
 * written reply scored on its item's grid (whose rows name the same criteria).
 */
export const RoleplayScoreDoc = v.strictObject({
  _id: v.string(),
  schema: v.literal(1),
  type: v.literal('roleplay-score'),
  siteId: Slug,
  learnerId: Slug,
  scoreId: Slug,
  source: v.variant('kind', [
    v.strictObject({ kind: v.literal('run'), roleplayId: ContentId, run: Count }),
    v.strictObject({ kind: v.literal('live'), situation: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)) }),
    /** A learner's written reply (e-mail, chat, SMS): the item and which of his replies to it. */
    v.strictObject({ kind: v.literal('written'), itemId: ContentId, attempt: Count }),
  ]),
  /** Competencies the score counts toward (the role-play's, or the trainer's choice for a live one). */
  competencies: v.pipe(v.array(ContentId), v.minLength(1), v.maxLength(50)),
  at: IsoDate,
  grades: Grades,
  /** Mean level over the graded criteria, 0–1. */
  ratio: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  passed: v.boolean(),
  ...SignedFields,
});
export type RoleplayScoreDoc = v.InferOutput<typeof RoleplayScoreDoc>;

export const ECF_RESULTS = ['acquired', 'in-progress', 'not-acquired'] as const;
export type EcfResult = (typeof ECF_RESULTS)[number];

/** An ECF (évaluation en cours de formation): a dated assessment on the title's criteria, one result each. */
export const EcfDoc = v.strictObject({
  _id: v.string(),
  schema: v.literal(1),
  type: v.literal('ecf'),
  siteId: Slug,
  learnerId: Slug,
  ecfId: Slug,
  /** The CCP (activity of the title) it assesses. */
  ccpId: ContentId,
  /** The day it took place (YYYY-MM-DD). */
  date: v.pipe(v.string(), v.isoDate('date AAAA-MM-JJ attendue')),
  basis: v.variant('kind', [
    v.strictObject({ kind: v.literal('exercise'), title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)) }),
    v.strictObject({ kind: v.literal('roleplay'), scoreId: Slug }),
  ]),
  /** One result per competency (criterion of the title) assessed. */
  results: v.pipe(
    v.array(v.strictObject({ competencyId: ContentId, result: v.picklist(ECF_RESULTS), comment: Comment })),
    v.minLength(1),
    v.maxLength(50),
  ),
  notes: v.pipe(v.string(), v.maxLength(4000)),
  at: IsoDate,
  ...SignedFields,
});
export type EcfDoc = v.InferOutput<typeof EcfDoc>;

/** A piece of the learner's own work offered for the Dossier Professionnel. */
export const DpSource = v.variant('kind', [
  v.strictObject({ kind: v.literal('roleplay-run'), roleplayId: ContentId, run: Count }),
  v.strictObject({ kind: v.literal('roleplay-score'), scoreId: Slug }),
  v.strictObject({ kind: v.literal('ecf'), ecfId: Slug }),
]);
export type DpSource = v.InferOutput<typeof DpSource>;

/** The Dossier Professionnel: for each activity (CCP) of the title, one to three examples of practice. */
export const DpSelectionDoc = v.strictObject({
  _id: v.string(),
  schema: v.literal(1),
  type: v.literal('dp-selection'),
  siteId: Slug,
  learnerId: Slug,
  activities: v.pipe(
    v.array(
      v.strictObject({
        ccpId: ContentId,
        examples: v.pipe(v.array(v.strictObject({ source: DpSource, annotation: Comment })), v.minLength(1), v.maxLength(3)),
      }),
    ),
    v.maxLength(20),
  ),
  at: IsoDate,
  ...SignedFields,
});
export type DpSelectionDoc = v.InferOutput<typeof DpSelectionDoc>;

export type TrainerWorkDoc = RoleplayScoreDoc | EcfDoc | DpSelectionDoc;
