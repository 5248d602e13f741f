/** The learner's words a French dictionary does not know, in order of first use, each once. */
export function unknownWords(text: string, isKnown: (word: string) => boolean, ignore: readonly string[] = [], limit = 20): string[] {
  const skip = new Set(ignore.flatMap((s) => wordsOf(s)).map((w) => w.toLowerCase()));
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const token of wordsOf(text)) {
    const key = token.toLowerCase();
    if (seen.has(key) || skip.has(key)) continue;
    seen.add(key);
    // Names of people and places are not in the dictionary: a capitalised word after the first one is left alone.
    if (/^\p{Lu}/u.test(token) && !isSentenceStart(text, token)) continue;
    if (isKnownForm(token, isKnown)) continue;
    unknown.push(token);
    if (unknown.length >= limit) break;
  }
  return unknown;
}

/** Word tokens: letters (accents included), inner apostrophes and hyphens; numbers and e-mail addresses are left out. */
export function wordsOf(text: string): string[] {
  const cleaned = text.replace(/[’‘`´]/g, "'").replace(/\S+@\S+|https?:\/\/\S+/g, ' ');
  return (cleaned.match(/\p{L}+(?:['-]\p{L}+)*/gu) ?? []).filter((w) => w.length > 1 || /^[aàyô]$/i.test(w));
}

/** A word, its lowercase form, its elided word, or each part of a hyphenated form (« dites-moi », « mois-ci »). */
function isKnownForm(token: string, isKnown: (word: string) => boolean): boolean {
  const one = (w: string) => isKnown(w) || isKnown(w.toLowerCase()) || (elided(w) !== null && isKnown(elided(w) as string));
  if (one(token)) return true;
  const parts = token.split('-');
  return parts.length > 1 && parts.every((p) => p === 't' || one(p));
}

/** « qu'il » → « il »: the dictionary may know the elided form only through its word. */
function elided(token: string): string | null {
  const m = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'(.+)$/i.exec(token);
  return m ? (m[1] as string) : null;
}

function isSentenceStart(text: string, token: string): boolean {
  // A sentence starts the text or follows . ! ? or … ; a line after a comma (a signature) does not.
  const re = new RegExp(`(^\\s*|[.!?…]\\s+)${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}'-])`, 'u');
  return re.test(text.replace(/[’‘`´]/g, "'"));
}
