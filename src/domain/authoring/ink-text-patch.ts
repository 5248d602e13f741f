/**
 * The fast path of the live preview: when an edit only rewords one plain line of text, the compiled story
 * differs from the previous one by that line's string alone, so the previous JSON is patched instead of
 * compiled again (a compile of a 400-line script takes a few hundred ms on a slow terminal; the patch, a
 * few). Anything else — a choice, a divert, logic, a tag, glue, a comment, a line that appears twice —
 * gives undefined and the script is compiled. tests/unit/ink-text-patch.test.ts checks on every script of
 * the curriculum that the patch gives the compiler's own JSON.
 */

/** Lines that start like ink syntax or a declaration rather than story text. */
const SYNTAX_START = /^(?:[*+\-=~(#{}>]|\/\/|\/\*|TODO\b|INCLUDE\b|VAR\b|CONST\b|LIST\b|EXTERNAL\b|temp\b|return\b|else\b)/;
/** Characters that mean something to ink anywhere in a line (logic, choices, tags, glue, diverts, comments, escapes). */
const SYNTAX_INSIDE = /[{}[\]|#<>\\~]|->|<-|\/\/|\/\*|\*\//;

/** A line that ink reads as plain text, trimmed; undefined when it is anything else. */
function plainText(line: string): string | undefined {
  const text = line.trim();
  if (!text || SYNTAX_START.test(text) || SYNTAX_INSIDE.test(text) || /\s{2}/.test(text)) return undefined;
  return text;
}

/** The compiled JSON of `next`, patched from `prev`'s, or undefined when the edit is more than new wording. */
export function patchInkText(prevSource: string, prevJson: string, nextSource: string): string | undefined {
  if (prevSource === nextSource) return prevJson;
  // A block comment can make any line a comment: compile.
  if (nextSource.includes('/*') || prevSource.includes('/*')) return undefined;
  const before = prevSource.split('\n');
  const after = nextSource.split('\n');
  if (before.length !== after.length) return undefined;
  let changed = -1;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    if (changed >= 0) return undefined;
    changed = i;
  }
  const oldText = plainText(before[changed] ?? '');
  const newText = plainText(after[changed] ?? '');
  if (oldText === undefined || newText === undefined) return undefined;
  const needle = JSON.stringify(`^${oldText}`);
  const at = prevJson.indexOf(needle);
  if (at < 0 || prevJson.indexOf(needle, at + 1) >= 0) return undefined;
  // The text must also not be part of another line's string (the needle is quoted on both sides, so it is not).
  return prevJson.slice(0, at) + JSON.stringify(`^${newText}`) + prevJson.slice(at + needle.length);
}
