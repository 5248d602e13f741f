/**
 * The text that is read aloud, cut and cleaned the same way at content build (to render it) and on the
 * terminal (to find its file): both sides must reach the very same string, or the lookup misses.
 */

/** Collapses spaces and line breaks; the audio key depends on nothing else. */
export function normalizeSpeech(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BREAK = '\u0000';

/**
 * The paragraphs of a lesson's HTML, in reading order: each paragraph, list item, heading, table row and
 * dialogue line is one part (one audio file), so a learner can hear a lesson piece by piece.
 */
export function lessonParagraphs(html: string): string[] {
  const marked = html
    .replace(/<br\s*\/?>/gi, BREAK)
    .replace(/<\/(p|li|h[1-6]|tr|pre|blockquote)>/gi, BREAK)
    .replace(/<(ul|ol|table|aside)[^>]*>/gi, BREAK)
    .replace(/<\/t[dh]>/gi, ', ')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(marked)
    .split(BREAK)
    .map((part) => normalizeSpeech(part).replace(/,$/, ''))
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}
