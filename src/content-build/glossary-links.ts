import type MarkdownIt from 'markdown-it';

type Md = InstanceType<typeof MarkdownIt>;
type Token = ReturnType<Md['parse']>[number];

/** What the linker needs of a glossary entry. */
export interface LinkableTerm {
  slug: string;
  term: string;
  aliases?: readonly string[];
  /** `false` for words that are also everyday words (« avoir », « ton »): they are only linked by hand. */
  autolink?: boolean;
}

interface LinkerEnv {
  glossaryLinked?: Set<string>;
}

const MAX_LINKS_PER_LESSON = 8;

/**
 * Links the first use of each glossary word in a lesson to its entry (`#/lexique/<slug>`), at build time:
 * authors write plain text, and a word added to the glossary is linked in every lesson at the next build.
 * Headings and existing links are left alone; an acronym (« DMT ») matches only in capitals.
 */
export function glossaryLinker(md: Md, terms: readonly LinkableTerm[]): void {
  const bySpelling = new Map<string, { slug: string; exact: string | undefined }>();
  for (const t of terms) {
    if (t.autolink === false) continue;
    for (const spelling of [t.term, ...(t.aliases ?? [])]) {
      if (spelling.length < 3) continue;
      const acronym = /^[\p{Lu}\d\s-]+$/u.test(spelling) ? spelling : undefined;
      const key = keyOf(spelling);
      if (!bySpelling.has(key)) bySpelling.set(key, { slug: t.slug, exact: acronym });
    }
  }
  if (!bySpelling.size) return;
  const alternatives = [...bySpelling.keys()].sort((a, b) => b.length - a.length).map(escapeRegex);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

  md.core.ruler.push('glossary_links', (state) => {
    const env = state.env as LinkerEnv;
    env.glossaryLinked ??= new Set();
    let inHeading = false;
    for (const block of state.tokens) {
      if (block.type === 'heading_open') inHeading = true;
      if (block.type === 'heading_close') inHeading = false;
      if (inHeading || block.type !== 'inline' || !block.children) continue;
      block.children = linkChildren(block.children, state.Token, pattern, bySpelling, env.glossaryLinked);
    }
  });
}

function linkChildren(
  children: Token[],
  TokenClass: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token,
  pattern: RegExp,
  bySpelling: Map<string, { slug: string; exact: string | undefined }>,
  linked: Set<string>,
): Token[] {
  const out: Token[] = [];
  let linkDepth = 0;
  for (const child of children) {
    if (child.type === 'link_open') linkDepth++;
    if (child.type === 'link_close') linkDepth--;
    if (child.type !== 'text' || linkDepth > 0 || linked.size >= MAX_LINKS_PER_LESSON) {
      out.push(child);
      continue;
    }
    const text = child.content;
    let last = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const found = bySpelling.get(keyOf(m[0]));
      if (!found || linked.has(found.slug) || (found.exact && m[0] !== found.exact)) continue;
      if (linked.size >= MAX_LINKS_PER_LESSON) break;
      linked.add(found.slug);
      if (m.index > last) out.push(textToken(TokenClass, text.slice(last, m.index)));
      const open = new TokenClass('link_open', 'a', 1);
      open.attrs = [
        ['href', `#/lexique/${found.slug}`],
        ['class', 'lexique'],
      ];
      out.push(open, textToken(TokenClass, m[0]), new TokenClass('link_close', 'a', -1));
      last = m.index + m[0].length;
    }
    out.push(last ? textToken(TokenClass, text.slice(last)) : child);
  }
  return out;
}

function textToken(TokenClass: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token, content: string): Token {
  const t = new TokenClass('text', '', 0);
  t.content = content;
  return t;
}

/** Case and the space-or-dash between words do not matter: « trop perçu » is « Trop-perçu ». */
function keyOf(spelling: string): string {
  return spelling.toLocaleLowerCase('fr').replace(/[\s-]+/g, ' ');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
}
