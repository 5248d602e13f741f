import * as v from 'valibot';
import { ContentId } from '../content/ids';
import { IsoDate, Slug } from '../records/ids';
import { SignedFields } from '../sync/signed-doc';

const Level = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const ModuleIds = v.pipe(v.array(ContentId), v.maxLength(100));
const PerCompetency = <T extends v.GenericSchema>(value: T) =>
  v.pipe(
    v.record(ContentId, value),
    v.check((r) => Object.keys(r).length <= 200, 'trop de compétences'),
  );

/** The individual plan that a bilan decides; the latest bilan's plan is the learner's plan. */
export const PlanFields = v.strictObject({
  /** Modules the learner does not have to take. */
  exempt: ModuleIds,
  /** Modules the trainer adds or insists on, even where the placement proposed an exemption. */
  extra: ModuleIds,
  /** Modules in the order the trainer wants them taken; the others follow in the programme's order. */
  order: ModuleIds,
  /** YYYY-MM-DD, or null. */
  targetDate: v.nullable(v.pipe(v.string(), v.isoDate('date attendue'))),
  /** The decisions in the trainer's words. */
  decisions: Text(2000),
});
export type PlanFields = v.InferOutput<typeof PlanFields>;

/**
 * A bilan pédagogique (initial or de suivi), signed by the trainer. The plan it carries is what the
 * learner path folds in; the rest is the record of the interview.
 */
export const BilanDoc = v.strictObject({
  _id: v.string(),
  schema: v.literal(1),
  type: v.literal('bilan'),
  siteId: Slug,
  learnerId: Slug,
  bilanId: Slug,
  kind: v.picklist(['initial', 'followup']),
  at: IsoDate,
  /** The placement results per competency (0–1) as the trainer saw them. */
  placement: PerCompetency(Level),
  /** The learner's own rating per competency, 1 (pas encore) to 4 (très à l’aise). */
  selfAssessment: PerCompetency(v.picklist([1, 2, 3, 4])),
  /** The trainer's rating per competency, 0–1. */
  ratings: PerCompetency(Level),
  notes: Text(4000),
  priorLearning: Text(2000),
  ecf: Text(2000),
  dp: Text(2000),
  plan: PlanFields,
  ...SignedFields,
});
export type BilanDoc = v.InferOutput<typeof BilanDoc>;

/** A group of learners (a class, a morning session), signed by the trainer. */
export const GroupDoc = v.strictObject({
  _id: v.string(),
  schema: v.literal(1),
  type: v.literal('group'),
  siteId: Slug,
  groupId: Slug,
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
  learnerIds: v.pipe(v.array(Slug), v.maxLength(200)),
  archived: v.boolean(),
  ...SignedFields,
});
export type GroupDoc = v.InferOutput<typeof GroupDoc>;
