import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk, parseScoreTag } from '../../src/content-build/ink';
import { exploreInk } from '../../src/content-build/ink-check';
import { createLessonRenderer } from '../../src/content-build/markdown';
import { splitFrontMatter } from '../../src/content-build/source-files';

// Reads the real content/ files (not the pack), so these checks run even while another module fails the lint.
const ROOT = 'content';
const CITES_LAW = /\b(loi n°|décret|article L|RGPD|Code de la consommation)/i;
const SOURCE_BOX = /::: source\n(À jour au \d{1,2} \S+ 20\d\d\.[\s\S]*?)\n:::\s*$/;

let files: { path: string; text: string }[];

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out.sort();
}

beforeAll(async () => {
  const paths = await walk(ROOT);
  files = await Promise.all(paths.map(async (path) => ({ path, text: await readFile(path, 'utf8') })));
});

const lessons = () => files.filter((f) => /\/lessons\/.+\.md$/.test(f.path));

describe('the law taught is the law in force', () => {
  it('ends every lesson that cites a legal text with a source box: the date checked, then the text and article', () => {
    const legal = lessons().filter((f) => CITES_LAW.test(splitFrontMatter(f.text)?.body ?? ''));
    expect(legal.length).toBeGreaterThanOrEqual(7);
    const missing = legal.filter((f) => !SOURCE_BOX.test(f.text) || !/article/i.test(SOURCE_BOX.exec(f.text)?.[1] ?? ''));
    expect(missing.map((f) => f.path)).toEqual([]);
  });

  it('renders the source box as an aside like the other boxes', () => {
    const html = createLessonRenderer().render('::: source\nÀ jour au 2 décembre 2026. RGPD, article 15.\n:::\n');
    expect(html).toContain('<aside class="box box-source" aria-label="Source et date">');
  });

  it('presents Bloctel only as history, next to the date it ended', () => {
    const bloctel = lessons().filter((f) => /bloctel/i.test(f.text));
    expect(bloctel.length).toBeGreaterThan(0);
    for (const f of bloctel) expect(f.text, f.path).toMatch(/11 août 2026/);
    const quizzes = files.filter((f) => f.path.endsWith('.yaml') && /bloctel/i.test(f.text));
    for (const f of quizzes) expect(f.text, f.path).not.toMatch(/inscription (sur Bloctel )?dure 3 ans/i);
  });

  it('teaches prior consent and the sector ban in module 06', () => {
    const m06 = lessons()
      .filter((f) => f.path.includes('06-donnees-regles'))
      .map((f) => f.text)
      .join('\n');
    expect(m06).toMatch(/accord préalable|consentement préalable/);
    expect(m06).toMatch(/chauffe-eau solaire/);
    expect(m06).toMatch(/même s'il a donné son accord/);
  });

  it('no longer says « huissier » outside the role-play scripts, except to name it as the old word', () => {
    const hits = files
      .filter((f) => !f.path.endsWith('.ink') && /huissier/i.test(f.text.replace(/(l'|les )?anciens? huissiers?/gi, '')))
      .map((f) => f.path);
    expect(hits).toEqual([]);
  });

  it('opens bloctel-acces with a customer under contract, not a cold call selling energy equipment', async () => {
    const source = files.find((f) => f.path.endsWith('bloctel-acces.ink'))?.text ?? '';
    expect(source).not.toMatch(/chauffe-eau|solaire|panneau/i);
    const { json } = compileInk(source);
    const points = exploreInk(json as string).choicePoints;
    expect(points.length).toBeGreaterThanOrEqual(5);
    expect(points.every((p) => p.options.length >= 2)).toBe(true);
    // No straw man: every option is good on at least one criterion, and loses on another or scores less.
    const choiceLines = source.split('\n').filter((l) => /^\s*[*+]/.test(l));
    const strawMen = choiceLines.filter(
      (l) => ![...l.matchAll(/#\s*([a-z]+\s*:\s*-?\d+)/g)].some((m) => (parseScoreTag(m[1] ?? '')?.points ?? 0) > 0),
    );
    expect(strawMen).toEqual([]);
    const opening = points[0]?.options.find((o) => o.points === Math.max(...(points[0]?.options.map((x) => x.points) ?? [])));
    expect(opening?.text).toMatch(/Assurances Alizé/);
    expect(opening?.text).toMatch(/présenter une option/);
  });
});
