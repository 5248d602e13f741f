/** One run of an ink source line and what it is, for the editor's colouring. */
export interface InkToken {
  text: string;
  kind?: 'knot' | 'choice' | 'gather' | 'divert' | 'tag' | 'logic' | 'comment';
}

const HEADER = /^\s*=+\s*(?:function\s+)?[A-Za-z_]\w*.*$/;
const DECLARATION = /^\s*(?:~|VAR\b|CONST\b|LIST\b|INCLUDE\b|EXTERNAL\b)/;
const BULLETS = /^\s*(?:[*+]\s*)+/;
const GATHER = /^\s*(?:-(?!>)\s*)+/;
// Inline runs, in the order they are tried at each position. A tag ends at the next tag, a comment, the
// end of the line or the `]` closing a choice's text.
const INLINE = /(\/\/.*$)|(->\s*[\w.]*)|(#[^#\]]*?(?=\s*(?:#|\/\/|\]|$)))|(\{[^}]*\}?)/g;

/**
 * Splits one line of ink into coloured runs; the runs' texts put together are the line, so the colours
 * sit exactly under the editor's own text. A line at a time: the editor recolours only the lines that change.
 */
export function highlightInkLine(line: string): InkToken[] {
  if (/^\s*\/\//.test(line)) return [{ text: line, kind: 'comment' }];
  if (HEADER.test(line)) return splitComment(line, 'knot');
  if (DECLARATION.test(line)) return splitComment(line, 'logic');
  const tokens: InkToken[] = [];
  let rest = line;
  const lead = BULLETS.exec(rest) ?? GATHER.exec(rest);
  if (lead?.[0].trim()) {
    tokens.push({ text: lead[0], kind: lead[0].includes('-') ? 'gather' : 'choice' });
    rest = rest.slice(lead[0].length);
  }
  let at = 0;
  for (const m of rest.matchAll(INLINE)) {
    const start = m.index ?? 0;
    if (!m[0]) continue;
    if (start > at) tokens.push({ text: rest.slice(at, start) });
    const kind = m[1] ? 'comment' : m[2] ? 'divert' : m[3] ? 'tag' : 'logic';
    tokens.push({ text: m[0], kind });
    at = start + m[0].length;
  }
  if (at < rest.length) tokens.push({ text: rest.slice(at) });
  return tokens;
}

function splitComment(line: string, kind: InkToken['kind']): InkToken[] {
  const i = line.indexOf('//');
  if (i < 0) return [{ text: line, kind }];
  return [
    { text: line.slice(0, i), kind },
    { text: line.slice(i), kind: 'comment' },
  ];
}
