import * as v from 'valibot';
import { ContentId, NonEmpty, Ratio, SchemaVersion } from './ids';
import { WrittenReplyFields, writtenReplyProblem } from './written-reply.schema';

const ItemBase = {
  id: ContentId,
  schema: SchemaVersion,
  competency: ContentId,
  prompt: NonEmpty,
  /** Teaching feedback shown after the answer, whatever it was. */
  explanation: NonEmpty,
};

const Choices = v.pipe(v.array(NonEmpty), v.minLength(2, 'il faut au moins 2 choix'), v.maxLength(8));

const SingleItem = v.object({
  ...ItemBase,
  type: v.literal('single'),
  choices: Choices,
  answer: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const MultipleItem = v.object({
  ...ItemBase,
  type: v.literal('multiple'),
  choices: Choices,
  answers: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0))), v.minLength(1)),
});

const TrueFalseItem = v.object({
  ...ItemBase,
  type: v.literal('truefalse'),
  answer: v.boolean(),
});

const OrderingItem = v.object({
  ...ItemBase,
  type: v.literal('ordering'),
  /** Steps in their correct order; the player shuffles them. */
  steps: v.pipe(v.array(NonEmpty), v.minLength(3, 'il faut au moins 3 étapes'), v.maxLength(8)),
});

const MatchingItem = v.object({
  ...ItemBase,
  type: v.literal('matching'),
  pairs: v.pipe(v.array(v.object({ left: NonEmpty, right: NonEmpty })), v.minLength(2, 'il faut au moins 2 paires'), v.maxLength(8)),
});

const ShortItem = v.object({
  ...ItemBase,
  type: v.literal('short'),
  /** Accepted answers; comparison ignores case, accents and extra spaces. */
  accepted: v.pipe(v.array(NonEmpty), v.minLength(1)),
});

/** « Réponse écrite »: an e-mail, chat or SMS reply to a customer, hinted offline and scored by a trainer. */
const WrittenItem = v.object({ ...ItemBase, ...WrittenReplyFields });

export const QuizItem = v.pipe(
  v.variant('type', [SingleItem, MultipleItem, TrueFalseItem, OrderingItem, MatchingItem, ShortItem, WrittenItem]),
  v.check((item) => {
    if (item.type === 'single') return item.answer < item.choices.length;
    if (item.type === 'multiple') return item.answers.every((a) => a < item.choices.length);
    return true;
  }, 'la bonne réponse désigne un choix qui n’existe pas'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.value.type !== 'written') return;
    const problem = writtenReplyProblem(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);
export type QuizItem = v.InferOutput<typeof QuizItem>;
export type WrittenItem = Extract<QuizItem, { type: 'written' }>;
/** Items the quiz player grades by itself; a written reply is scored by a trainer instead. */
export type GradedItem = Exclude<QuizItem, { type: 'written' }>;
export const isGraded = (item: QuizItem): item is GradedItem => item.type !== 'written';
export type QuizItemType = QuizItem['type'];
/** The types the trainer's module editor offers; written replies are authored in quiz.yaml. */
export const QUIZ_ITEM_TYPES: readonly GradedItem['type'][] = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'short'];
/** Every item type, as content:report counts them. */
export const ALL_ITEM_TYPES: readonly QuizItemType[] = [...QUIZ_ITEM_TYPES, 'written'];

const RetryPolicy = v.object({
  /** 0 means unlimited attempts. */
  maxAttempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Minutes to wait between two failed attempts. */
  cooldownMinutes: v.optional(v.pipe(v.number(), v.minValue(0)), 0),
});

/** quiz.yaml inside a module folder. */
export const QuizSource = v.object({
  id: ContentId,
  schema: SchemaVersion,
  title: NonEmpty,
  passMark: Ratio,
  retry: v.optional(RetryPolicy, { maxAttempts: 0, cooldownMinutes: 0 }),
  /** How many items one attempt draws (seeded shuffle); all of them when absent. */
  itemsPerAttempt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  items: v.pipe(v.array(v.unknown()), v.minLength(1, 'un quiz doit contenir au moins une question')),
});
export type QuizSource = v.InferOutput<typeof QuizSource>;

export const Quiz = v.object({
  id: ContentId,
  schema: SchemaVersion,
  moduleId: ContentId,
  title: NonEmpty,
  passMark: Ratio,
  retry: RetryPolicy,
  itemsPerAttempt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  itemIds: v.array(ContentId),
});
export type Quiz = v.InferOutput<typeof Quiz>;
