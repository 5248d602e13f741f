import * as v from 'valibot';
import { ContentId, NonEmpty, Ratio, SchemaVersion } from './ids';

/** Criteria a role-play choice can be scored on, with `#criterion:points` ink tags. */
export const CRITERIA = [
  'greeting',
  'discovery',
  'listening',
  'reformulation',
  'solution',
  'argumentation',
  'objection',
  'tone',
  'closing',
  'compliance',
] as const;
export const Criterion = v.picklist(CRITERIA);
export type Criterion = v.InferOutput<typeof Criterion>;

/** A resource the learner can open during a call: `fiche` (the customer file) or a knowledge article id. */
export const LookupId = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9_]{0,39}$/, 'doit être en minuscules (a-z, 0-9, « _ »), commencer par une lettre, 40 caractères au plus'),
  v.notValue('fiche', '« fiche » est réservé à la fiche client'),
);

/** One line of the customer file, shown as a definition list. */
export const CustomerFileField = v.object({ label: NonEmpty, value: NonEmpty });

/** A short knowledge-base article as written (Markdown, raw HTML off). */
export const KnowledgeArticleSource = v.object({ id: LookupId, title: NonEmpty, body: NonEmpty });

/** A knowledge-base article as shipped in the pack, rendered once at build time. */
export const KnowledgeArticle = v.object({ id: LookupId, title: NonEmpty, html: v.string() });
export type KnowledgeArticle = v.InferOutput<typeof KnowledgeArticle>;

const uniqueIds = <T extends { id: string }>(list: T[]) => new Set(list.map((a) => a.id)).size === list.length;

/** The YAML sidecar next to each .ink script. */
export const RoleplaySource = v.object({
  id: ContentId,
  schema: SchemaVersion,
  title: NonEmpty,
  competencies: v.pipe(v.array(ContentId), v.minLength(1)),
  difficulty: v.picklist([1, 2, 3]),
  channel: v.optional(v.picklist(['phone', 'email', 'chat']), 'phone'),
  caller: v.object({ name: NonEmpty, profile: NonEmpty }),
  goal: NonEmpty,
  /** Score ratio (0–1) needed to pass. */
  passThreshold: v.optional(Ratio, 0.6),
  goodPractice: v.pipe(v.array(NonEmpty), v.minLength(1)),
  usualMistakes: v.pipe(v.array(NonEmpty), v.minLength(1)),
  /** The customer's record, openable during the call (ink variable `consulte_fiche`). */
  customerFile: v.optional(v.pipe(v.array(CustomerFileField), v.minLength(1))),
  /** Articles openable during the call (ink variable `consulte_<id>`). */
  knowledge: v.optional(v.pipe(v.array(KnowledgeArticleSource), v.minLength(1), v.check(uniqueIds, 'deux articles ont le même id'))),
});
export type RoleplaySource = v.InferOutput<typeof RoleplaySource>;

export const Roleplay = v.object({
  ...RoleplaySource.entries,
  knowledge: v.optional(v.pipe(v.array(KnowledgeArticle), v.check(uniqueIds, 'deux articles ont le même id'))),
  moduleId: v.string(),
  /** Compiled ink story (inkjs JSON). */
  ink: v.string(),
});
export type Roleplay = v.InferOutput<typeof Roleplay>;
