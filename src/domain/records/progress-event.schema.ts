import * as v from 'valibot';
import { ContentId } from '../content/ids';
import { Criterion } from '../content/roleplay.schema';
import { MAX_REPLY_CHARS } from '../content/written-reply.schema';
import { IsoDate, Slug } from './ids';
import { VoiceMeasuresSchema } from '../voice/voice-measures.schema';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
const Score = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const Short = v.pipe(v.string(), v.maxLength(2000));
const Tally = v.strictObject({ correct: Count, total: Count });
const ByCompetency = v.pipe(
  v.record(ContentId, Tally),
  v.check((r) => Object.keys(r).length <= 200, 'trop de compétences'),
);

/** A quiz answer as the learner gave it; its shape depends on the item type. */
export const QuizAnswer = v.union([
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50)),
  v.boolean(),
  Short,
  v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50))), v.maxLength(50)),
]);

/** The payload of each progress event, by name. Strict: unknown fields are refused. */
const EVENT_DATA = {
  'session.started': v.strictObject({ sessionId: Slug }),
  'session.ended': v.strictObject({
    sessionId: Slug,
    activeSeconds: Count,
    reason: v.picklist(['signout', 'idle']),
  }),
  'lesson.completed': v.strictObject({ moduleId: ContentId, lessonId: ContentId }),
  'quiz.answered': v.strictObject({
    quizId: ContentId,
    attempt: Count,
    itemId: ContentId,
    answer: QuizAnswer,
    correct: v.boolean(),
  }),
  'quiz.submitted': v.strictObject({
    quizId: ContentId,
    moduleId: ContentId,
    attempt: Count,
    score: Score,
    passed: v.boolean(),
    byCompetency: ByCompetency,
    missedItemIds: v.pipe(v.array(ContentId), v.maxLength(500)),
  }),
  'roleplay.choice': v.strictObject({
    roleplayId: ContentId,
    run: Count,
    step: Count,
    choiceIndex: Count,
    text: Short,
  }),
  'roleplay.finished': v.strictObject({
    roleplayId: ContentId,
    moduleId: v.pipe(v.string(), v.maxLength(80)),
    run: Count,
    ratio: Score,
    passed: v.boolean(),
    scores: v.record(Criterion, v.strictObject({ got: v.number(), max: v.number() })),
  }),
  'review.rated': v.strictObject({
    itemId: ContentId,
    rating: v.picklist([1, 2, 3, 4]),
  }),
  'placement.submitted': v.strictObject({
    placementId: ContentId,
    score: Score,
    byCompetency: ByCompetency,
  }),
  /** A written reply as the learner sent it, for a trainer to score on another terminal after sync. */
  'written.submitted': v.strictObject({
    quizId: ContentId,
    moduleId: ContentId,
    itemId: ContentId,
    /** 1 for the first reply to this item, then one more each time the learner writes it again. */
    attempt: v.pipe(Count, v.minValue(1)),
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_REPLY_CHARS)),
    /** Whether the learner asked for the offline hints before sending. */
    hintsSeen: v.boolean(),
  }),
  /**
   * The measures of one answer spoken aloud (oral role-play step or « micro » drill). The recording stays on
   * the terminal ([W26]): only these numbers travel.
   */
  'voice.measured': v.strictObject({
    context: v.picklist(['roleplay', 'micro']),
    /** The role-play and its run and step (oral mode), or the drill's sentence id (micro). */
    roleplayId: v.optional(ContentId),
    run: v.optional(Count),
    step: v.optional(Count),
    sentenceId: v.optional(v.pipe(v.string(), v.maxLength(80))),
    measures: VoiceMeasuresSchema,
  }),
  /** The learner's own rating per competency for the bilan initial: 1 (pas encore) to 4 (très à l’aise). */
  'selfassessment.recorded': v.strictObject({
    levels: v.pipe(
      v.record(ContentId, v.picklist([1, 2, 3, 4])),
      v.check((r) => Object.keys(r).length <= 200, 'trop de compétences'),
    ),
  }),
} as const;

export type EventName = keyof typeof EVENT_DATA;
const EVENT_NAMES = Object.keys(EVENT_DATA) as EventName[];
export type EventData<N extends EventName> = v.InferOutput<(typeof EVENT_DATA)[N]>;

/** Set by the server when it stores an event ([W18]); a pushed event never carries it. */
const EventReceipt = v.strictObject({
  at: IsoDate,
  clock: v.optional(v.picklist(['future', 'before-learner'])),
});
type EventReceipt = v.InferOutput<typeof EventReceipt>;

const eventVariant = <N extends EventName>(name: N) =>
  v.strictObject({
    _id: v.string(),
    schema: v.literal(1),
    type: v.literal('event'),
    siteId: Slug,
    learnerId: Slug,
    deviceId: Slug,
    seq: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9_999_999_999)),
    at: IsoDate,
    name: v.literal(name),
    data: EVENT_DATA[name],
    receipt: v.optional(EventReceipt),
  });

/** One immutable progress event as stored and replicated (CouchDB fields stripped by the caller). */
export const ProgressEvent = v.variant(
  'name',
  EVENT_NAMES.map((n) => eventVariant(n)) as unknown as [ReturnType<typeof eventVariant<EventName>>],
);

export type ProgressEvent = {
  [N in EventName]: {
    _id: string;
    schema: 1;
    type: 'event';
    siteId: string;
    learnerId: string;
    deviceId: string;
    seq: number;
    at: string;
    name: N;
    data: EventData<N>;
    receipt?: EventReceipt;
  };
}[EventName];
