import MarkdownIt from 'markdown-it';
import container from 'markdown-it-container';
import { glossaryLinker, type LinkableTerm } from './glossary-links';

/** Boxes a lesson may use, as `::: retenir` … `:::`, with the title each one shows. */
const LESSON_BOXES: Record<string, string> = {
  retenir: 'À retenir',
  exemple: 'Exemple',
  dialogue: 'Dialogue',
  attention: 'Attention',
  checklist: 'Check-list',
  source: 'Source et date',
};

interface LessonEnv {
  inDialogue?: boolean;
}

/** Lessons are rendered once at build time: raw HTML is off, so authored text can never inject markup. */
export function createLessonRenderer(glossary: readonly LinkableTerm[] = []) {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true, breaks: false });
  for (const [name, title] of Object.entries(LESSON_BOXES)) {
    md.use(container, name, {
      render(tokens: { nesting: number }[], idx: number, _options: unknown, env: LessonEnv) {
        const opening = tokens[idx]?.nesting === 1;
        if (name === 'dialogue') env.inDialogue = opening;
        return opening ? `<aside class="box box-${name}" aria-label="${title}"><p class="box-title">${title}</p>\n` : '</aside>\n';
      },
    });
  }
  // In a dialogue each line is a new speaker: keep its line breaks (elsewhere a newline is a space).
  const softbreak = md.renderer.rules.softbreak;
  md.renderer.rules.softbreak = (tokens, idx, options, env, self) =>
    (env as LessonEnv | undefined)?.inDialogue ? '<br>\n' : (softbreak?.(tokens, idx, options, env, self) ?? '\n');
  // [W22] What the renderer emits must pass the allow-list: aligned table columns get no `style`
  // (the app's stylesheet aligns nothing by hand), and images stay text (no media in the pack).
  for (const rule of ['th_open', 'td_open'] as const) {
    md.renderer.rules[rule] = (tokens, idx, options, _env, self) => {
      const token = tokens[idx];
      if (token) token.attrs = token.attrs?.filter(([name]) => name !== 'style') ?? null;
      return self.renderToken(tokens, idx, options);
    };
  }
  md.disable('image');
  // A link to the « Lexique » is marked, so that the lesson shows it as a word to look up.
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    const token = tokens[idx];
    if (token && String(token.attrGet('href') ?? '').startsWith('#/lexique/')) token.attrSet('class', 'lexique');
    return self.renderToken(tokens, idx, options);
  };
  glossaryLinker(md, glossary);
  // External links would fail offline and leave the classroom: render them as plain text.
  md.validateLink = (url: string) => url.startsWith('#');
  return md;
}
