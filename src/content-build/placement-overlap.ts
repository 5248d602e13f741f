import type { QuizItem } from '../domain/content/quiz.schema';
import { normalizeAnswer } from '../domain/quiz/normalize-answer';

/**
 * Word overlap (Jaccard, 0–1) from which a placement item counts as a near-copy of a module item. The old
 * placement test had 14 such items (four at 1.0); unrelated items that share a scene stay under 0.45.
 */
export const NEAR_COPY_SIMILARITY = 0.5;

interface PlacementOverlap {
  placementId: string;
  moduleItemId: string;
  similarity: number;
}

// Short words and the words of every question (« client », « quelle »…) say nothing about what is asked.
const MIN_WORD_LENGTH = 4;
const COMMON_WORDS = new Set(
  'avec dans pour vous votre vos nous elle elles ils client cliente clients quel quelle quelles quels faites faut sont une des les que qui quoi plus tout mais avant apres cette sans sur par son ses leur leurs dit dites etre avez avoir fait faire peut doit bien tres'.split(
    ' ',
  ),
);

function words(text: string): Set<string> {
  return new Set(
    normalizeAnswer(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= MIN_WORD_LENGTH && !COMMON_WORDS.has(w)),
  );
}

function optionsOf(item: QuizItem): string[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.choices;
    case 'ordering':
      return item.steps;
    case 'matching':
      return item.pairs.flatMap((p) => [p.left, p.right]);
    default:
      return [];
  }
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

interface ItemWords {
  prompt: Set<string>;
  whole: Set<string>;
}

function itemWords(item: QuizItem): ItemWords {
  return { prompt: words(item.prompt), whole: words([item.prompt, ...optionsOf(item)].join(' ')) };
}

const closeness = (a: ItemWords, b: ItemWords) => Math.max(jaccard(a.prompt, b.prompt), jaccard(a.whole, b.whole));

/** How close two items are: the higher of the overlap of their prompts and of their whole texts. */
export function itemSimilarity(a: QuizItem, b: QuizItem): number {
  return closeness(itemWords(a), itemWords(b));
}

/** Placement items that share an id with a module item or nearly copy one, closest pairs first. */
export function placementOverlaps(
  placement: readonly QuizItem[],
  moduleItems: readonly QuizItem[],
  threshold = NEAR_COPY_SIMILARITY,
): PlacementOverlap[] {
  const modules = moduleItems.map((m) => ({ id: m.id, words: itemWords(m) }));
  const found: PlacementOverlap[] = [];
  for (const p of placement) {
    const own = itemWords(p);
    for (const m of modules) {
      const similarity = p.id === m.id ? 1 : closeness(own, m.words);
      if (similarity >= threshold) found.push({ placementId: p.id, moduleItemId: m.id, similarity });
    }
  }
  return found.sort((a, b) => b.similarity - a.similarity);
}
