import { CRITERIA, type Criterion } from '../content/roleplay.schema';

const CRITERION_TAG = /^([a-z]+)\s*:\s*(-?\d+)$/;

/** Scores carried by a choice's `#criterion:points` tags; unknown criteria and other tags are ignored. */
export function scoresFromTags(tags: readonly string[] | null | undefined): Partial<Record<Criterion, number>> {
  const scores: Partial<Record<Criterion, number>> = {};
  for (const tag of tags ?? []) {
    const m = CRITERION_TAG.exec(tag.trim());
    if (!m) continue;
    const name = m[1] as Criterion;
    if (!(CRITERIA as readonly string[]).includes(name)) continue;
    scores[name] = (scores[name] ?? 0) + Number(m[2]);
  }
  return scores;
}
