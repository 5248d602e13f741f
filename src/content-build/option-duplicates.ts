import type { QuizItem } from '../domain/content/quiz.schema';
import { normalizeAnswer } from '../domain/quiz/normalize-answer';

/** The option lists of an item that must not repeat themselves, named for the build message. */
function optionLists(item: QuizItem): { label: string; options: string[] }[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return [{ label: 'choices', options: item.choices }];
    case 'ordering':
      return [{ label: 'steps', options: item.steps }];
    case 'matching':
      return [
        { label: 'pairs (gauche)', options: item.pairs.map((p) => p.left) },
        { label: 'pairs (droite)', options: item.pairs.map((p) => p.right) },
      ];
    default:
      return [];
  }
}

/** Quotes are removed after end punctuation by normalizeAnswer, so « Oui. » needs a second pass. */
const optionKey = (text: string) => normalizeAnswer(text).replace(/[\s.!?;:,…]+$/, '');

/**
 * Options of one list whose normalised text (case, accents, quotes, end punctuation, spaces) is the same.
 * Grading compares positions, so two equal options make a right answer look wrong.
 */
export function duplicateOptions(item: QuizItem): string[] {
  const problems: string[] = [];
  for (const { label, options } of optionLists(item)) {
    const firstAt = new Map<string, number>();
    options.forEach((text, i) => {
      const key = optionKey(text);
      const first = firstAt.get(key);
      if (first === undefined) firstAt.set(key, i);
      else problems.push(`${item.id} : ${label} ${first + 1} et ${i + 1} ont le même texte (« ${text} »)`);
    });
  }
  return problems;
}
