/** HTML that is already escaped: only `html` and `raw` make one, so every interpolated string is escaped. */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

type Part = SafeHtml | string | number | null | undefined | false | Part[];

function render(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (Array.isArray(p)) return p.map(render).join('');
  if (p instanceof SafeHtml) return p.text;
  return escapeHtml(String(p));
}

/** A template tag: `html\`<p>${name}</p>\`` escapes `name` unless it is SafeHtml already. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0] as string;
  for (let i = 0; i < parts.length; i++) out += render(parts[i] as Part) + (strings[i + 1] as string);
  return new SafeHtml(out);
}

/** Trusted markup written in this code (never user input). */
export const raw = (text: string) => new SafeHtml(text);
