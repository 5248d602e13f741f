import * as v from 'valibot';
import { Criterion } from './roleplay.schema';

/** The longest reply a learner can send, in characters: the event carrying it stays small. */
export const MAX_REPLY_CHARS = 4000;
/** Three SMS segments: longer than that, a text message is the wrong channel. */
export const MAX_SMS_CHARS = 480;

export const WRITTEN_CHANNELS = ['mail', 'chat', 'sms'] as const;
export type WrittenChannel = (typeof WRITTEN_CHANNELS)[number];

const Bounded = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'ne doit pas être vide'), v.maxLength(max));
/** Words or short phrases a hint looks for, whole-word and without accents or case. */
const Words = v.pipe(v.array(Bounded(60)), v.minLength(1, 'il faut au moins un mot'), v.maxLength(20));

const Customer = v.strictObject({
  name: Bounded(80),
  /** E-mails only: the subject line. */
  subject: v.optional(Bounded(120)),
  message: Bounded(2000),
});

/** One thing the customer asks or says that the reply must answer; any of its words shows it is answered. */
const CustomerPoint = v.strictObject({ label: Bounded(200), words: Words });

const Length = v.pipe(
  v.strictObject({
    unit: v.picklist(['words', 'chars']),
    min: v.pipe(v.number(), v.integer(), v.minValue(1)),
    max: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REPLY_CHARS)),
  }),
  v.check((l) => l.min <= l.max, 'la longueur minimale dépasse la maximale'),
);

/** A row of the trainer's grid: which criterion it counts toward, and what to look for in this reply. */
const GridRow = v.strictObject({ criterion: Criterion, label: Bounded(200) });

/** The fields of a « réponse écrite » item (the quiz item adds id, competency, prompt and explanation). */
export const WrittenReplyFields = {
  type: v.literal('written'),
  channel: v.picklist(WRITTEN_CHANNELS),
  customer: Customer,
  points: v.pipe(v.array(CustomerPoint), v.minLength(1, 'il faut au moins un point à traiter'), v.maxLength(8)),
  greeting: Words,
  closing: Words,
  length: Length,
  model: Bounded(MAX_REPLY_CHARS),
  grid: v.pipe(
    v.array(GridRow),
    v.minLength(1, 'la grille doit avoir au moins un critère'),
    v.maxLength(10),
    v.check((g) => new Set(g.map((r) => r.criterion)).size === g.length, 'un critère apparaît deux fois dans la grille'),
  ),
};

type WrittenShape = {
  channel: WrittenChannel;
  customer: { subject?: string };
  length: { unit: 'words' | 'chars'; max: number };
  model: string;
};

/** Rules across fields: an SMS stays within three segments; only an e-mail has a subject. */
export function writtenReplyProblem(item: WrittenShape): string | null {
  if (item.channel === 'sms') {
    if (item.length.unit !== 'chars') return 'un SMS se mesure en caractères (length.unit: chars)';
    if (item.length.max > MAX_SMS_CHARS) return `un SMS fait au plus ${MAX_SMS_CHARS} caractères`;
    if (item.model.length > MAX_SMS_CHARS) return `la réponse modèle d’un SMS dépasse ${MAX_SMS_CHARS} caractères`;
  }
  if (item.customer.subject !== undefined && item.channel !== 'mail') return 'seul un e-mail a un objet (customer.subject)';
  return null;
}
