import * as v from 'valibot';
import { slug } from '../authoring/slug';
import { ContentId, NonEmpty, SchemaVersion } from './ids';

/**
 * The glossary (« Lexique ») of the trade's words, in plain French. Lessons link to an entry with
 * `[mot](#/lexique/<slug>)`; the slug is derived from the term, so that authors never type it by hand.
 */

const MAX_TEXT = 1200;

/** content/glossary.yaml */
export const GlossarySource = v.object({
  schema: SchemaVersion,
  entries: v.pipe(
    v.array(
      v.object({
        term: v.pipe(NonEmpty, v.maxLength(80)),
        definition: v.pipe(NonEmpty, v.maxLength(MAX_TEXT)),
        example: v.optional(v.pipe(NonEmpty, v.maxLength(MAX_TEXT))),
        /** The module where the word is taught first. */
        module: v.optional(ContentId),
        /** Other spellings a learner might search for (« DMT » for « durée moyenne de traitement »). */
        aliases: v.optional(v.array(v.pipe(NonEmpty, v.maxLength(80))), []),
        /** `false` for a word that is also an everyday word (« avoir »): lessons link it only by hand. */
        autolink: v.optional(v.boolean(), true),
      }),
    ),
    v.minLength(1),
  ),
});
export type GlossarySource = v.InferOutput<typeof GlossarySource>;

const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(80));

export const GlossaryEntry = v.object({
  slug: Slug,
  term: v.pipe(NonEmpty, v.maxLength(80)),
  definition: v.pipe(NonEmpty, v.maxLength(MAX_TEXT)),
  example: v.optional(v.pipe(NonEmpty, v.maxLength(MAX_TEXT))),
  module: v.optional(ContentId),
  aliases: v.optional(v.array(v.pipe(NonEmpty, v.maxLength(80))), []),
});
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntry>;

/** The entry's address: « Trop-perçu » → `trop-percu` (the same rule as the authoring ids). */
export function glossarySlug(term: string): string {
  return slug(term, 80);
}

/** Accent- and case-insensitive form, for slugs and for the learner's search. */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** The entries whose term, aliases or definition hold every word of the query (accents and case ignored). */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const words = fold(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (!words.length) return [...entries];
  const scored: { entry: GlossaryEntry; score: number }[] = [];
  for (const entry of entries) {
    const name = fold([entry.term, ...(entry.aliases ?? [])].join(' '));
    const body = fold(`${entry.definition} ${entry.example ?? ''}`);
    if (!words.every((w) => name.includes(w) || body.includes(w))) continue;
    // Entries whose name matches come before those that only mention the word.
    const score = words.filter((w) => name.includes(w)).length;
    scored.push({ entry, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.entry);
}

/** `#/lexique/<slug>` links found in rendered lesson HTML. */
export function glossaryLinks(html: string): string[] {
  return [...html.matchAll(/href="#\/lexique\/([^"]*)"/g)].map((m) => decodeURIComponent(m[1] ?? ''));
}
