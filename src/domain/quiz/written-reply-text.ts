/**
 * Text helpers for written replies. Matching is whole-word and ignores case, accents and apostrophe
 * style: a learner who types « desole » on a keyboard without accents has still apologised.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

/** Words as a reader counts them: « l'avance » and « 0596 » are one word each. */
export function countWords(text: string): number {
  const folded = foldText(text).replace(/'/g, ' ');
  return folded ? folded.split(/\s+/).filter((w) => w.length > 0).length : 0;
}

/** Whether `phrase` occurs in `text` as whole words (« bon » is not in « bonjour »). */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = foldText(phrase).replace(/'/g, ' ');
  if (!needle) return false;
  const hay = ` ${foldText(text).replace(/'/g, ' ')} `;
  return hay.includes(` ${needle} `);
}

/** The first or last `count` words of a text, for where a greeting or a closing belongs. */
export function edgeWords(text: string, edge: 'start' | 'end', count: number): string {
  const words = text.trim().split(/\s+/);
  return (edge === 'start' ? words.slice(0, count) : words.slice(-count)).join(' ');
}
