/**
 * [W22] The lesson HTML allow-list. Lessons, sources and knowledge-base articles travel as HTML rendered
 * by the content build (markdown-it, raw HTML off, plus the `::: retenir` boxes). Whatever reaches a
 * terminal — a pack file, synced content, a site's module — must be HTML that renderer could have
 * produced: these elements, these attributes, and links that stay inside the app. The server checks
 * every content document with it and the terminal checks again before it installs.
 */

const ELEMENTS = new Set([
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'aside',
  'a',
]);

/** Allowed attributes per element, each with the values it may take. */
const ATTRIBUTES: Record<string, Record<string, RegExp>> = {
  aside: { class: /^box( box-[a-z-]+)?$/, 'aria-label': /^[^<>"&]{1,60}$/ },
  p: { class: /^box-title$/ },
  ol: { start: /^\d{1,4}$/ },
  code: { class: /^language-[a-z0-9-]{1,30}$/ },
  // No colon (so no scheme), no entity, not protocol-relative: `#/…` or a relative path of the app.
  a: { href: /^(?!\/\/)[A-Za-z0-9_\-./~%#]{1,300}$/, class: /^lexique$/ },
};

const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*="[^"<>]*")*)\s*\/?>/;
const ATTRIBUTE = /([a-zA-Z][a-zA-Z0-9-]*)="([^"]*)"/g;

/** Why an HTML fragment is refused, or undefined when it passes. */
export function htmlProblem(html: string): string | undefined {
  let at = html.indexOf('<');
  while (at !== -1) {
    const tag = TAG.exec(html.slice(at, at + 2000));
    if (!tag) return `balise illisible ou interdite : ${JSON.stringify(html.slice(at, at + 30))}`;
    const [whole, closing, rawName = '', attrs = ''] = tag;
    const name = rawName.toLowerCase();
    if (!ELEMENTS.has(name)) return `élément interdit : <${name}>`;
    if (closing && attrs.trim()) return `attributs sur une balise fermante : </${name}>`;
    for (const [, rawAttr = '', value = ''] of attrs.matchAll(ATTRIBUTE)) {
      const attr = rawAttr.toLowerCase();
      const rule = ATTRIBUTES[name]?.[attr];
      if (!rule) return `attribut interdit : ${attr} sur <${name}>`;
      if (!rule.test(value)) {
        return attr === 'href'
          ? `lien qui sort de l’application : ${value.slice(0, 60)}`
          : `valeur refusée : ${attr}="${value.slice(0, 40)}"`;
      }
    }
    at = html.indexOf('<', at + whole.length);
  }
  return undefined;
}

/**
 * Checks every HTML field of a document (`html`, or any key ending in `Html`) at any depth; the
 * answer names the field's path.
 */
export function htmlFieldsProblem(value: unknown, path = ''): string | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = htmlFieldsProblem(value[i], `${path}[${i}]`);
      if (p) return p;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, v] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (typeof v === 'string' && (key === 'html' || key.endsWith('Html'))) {
      const p = htmlProblem(v);
      if (p) return `${here} : ${p}`;
    } else if (typeof v === 'object') {
      const p = htmlFieldsProblem(v, here);
      if (p) return p;
    }
  }
  return undefined;
}
