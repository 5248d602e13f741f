import type { WrittenItem } from '../content/quiz.schema';
import { containsPhrase, countWords, edgeWords } from './written-reply-text';

/** A greeting is looked for in the opening words, a closing in the last ones. */
const GREETING_SPAN = 15;
const CLOSING_SPAN = 30;

/** Offline advice on a draft reply. Advice, never a grade: the trainer scores the reply. */
export interface WrittenHints {
  length: { unit: 'words' | 'chars'; value: number; min: number; max: number; verdict: 'short' | 'ok' | 'long' };
  greeting: boolean;
  closing: boolean;
  /** The customer's points, in the item's order, each with whether the reply seems to answer it. */
  points: { label: string; answered: boolean }[];
}

type HintedItem = Pick<WrittenItem, 'length' | 'greeting' | 'closing' | 'points'>;

export function replyLength(text: string, unit: 'words' | 'chars'): number {
  return unit === 'words' ? countWords(text) : text.trim().length;
}

export function writtenHints(item: HintedItem, text: string): WrittenHints {
  const { unit, min, max } = item.length;
  const value = replyLength(text, unit);
  const start = edgeWords(text, 'start', GREETING_SPAN);
  const end = edgeWords(text, 'end', CLOSING_SPAN);
  return {
    length: { unit, value, min, max, verdict: value < min ? 'short' : value > max ? 'long' : 'ok' },
    greeting: item.greeting.some((g) => containsPhrase(start, g)),
    closing: item.closing.some((c) => containsPhrase(end, c)),
    points: item.points.map((p) => ({ label: p.label, answered: p.words.some((w) => containsPhrase(text, w)) })),
  };
}

/** Whether a reply meets every hint: the content build holds each model answer to this. */
export function meetsAllHints(h: WrittenHints): boolean {
  return h.length.verdict === 'ok' && h.greeting && h.closing && h.points.every((p) => p.answered);
}
