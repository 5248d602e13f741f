/** Where things are in an ink source, found from its text (the compiled JSON keeps no line numbers). */

const KNOT_HEADER = /^\s*={2,}\s*(?:function\s+)?([A-Za-z_][\w]*)/;
const SCORE_TAG = /#\s*([a-z]+)\s*:\s*(-?\d+)/g;
const CHOICE_TEXT = /^\s*[*+]+\s*(?:\([^)]*\)\s*)?(?:\{[^}]*\}\s*)*(.*)$/;

/** Line (from 1) of each top-level knot header `=== name ===`. */
export function knotLines(source: string): Map<string, number> {
  const lines = new Map<string, number>();
  source.split('\n').forEach((text, i) => {
    const m = KNOT_HEADER.exec(text);
    if (m?.[1] && !lines.has(m[1])) lines.set(m[1], i + 1);
  });
  return lines;
}

export interface ScoreTagSite {
  criterion: string;
  points: number;
  line: number;
  /** The choice (or line) the tag sits on, without its tags and brackets. */
  text: string;
}

/** Every `#criterion:points` tag of the source, in source order. */
export function scoreTagSites(source: string): ScoreTagSite[] {
  const sites: ScoreTagSite[] = [];
  source.split('\n').forEach((raw, i) => {
    const body = raw.split('//')[0] ?? '';
    const text = (CHOICE_TEXT.exec(body)?.[1] ?? body).split('#')[0]?.replace(/[[\]]/g, '').trim() ?? '';
    for (const m of body.matchAll(SCORE_TAG)) sites.push({ criterion: m[1] ?? '', points: Number(m[2]), line: i + 1, text });
  });
  return sites;
}
