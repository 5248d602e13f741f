import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content-build/compile-content';
import { createLessonRenderer } from '../../src/content-build/markdown';
import { glossaryLinks, glossarySlug, searchGlossary, type GlossaryEntry } from '../../src/domain/content/glossary.schema';
import { htmlProblem } from '../../src/domain/content/html-allowlist';
import { checkPack } from '../../src/domain/content/pack-validate';

const dirs: string[] = [];
async function sampleWith(glossary: string | undefined): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'relais-glossary-'));
  dirs.push(dir);
  await cp('tests/fixtures/content', dir, { recursive: true });
  if (glossary !== undefined) await writeFile(join(dir, 'glossary.yaml'), glossary);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const GLOSSARY = `schema: 1
entries:
  - term: Reformulation
    definition: Redire avec ses mots ce que le client a dit.
    module: m-ecoute
  - term: Durée moyenne de traitement
    definition: Temps moyen passé sur un contact.
    aliases: [DMT]
  - term: Avoir
    definition: Somme que l’entreprise doit au client.
    autolink: false
`;

const entries: GlossaryEntry[] = [
  { slug: 'trop-percu', term: 'Trop-perçu', definition: 'Somme reçue en trop, à rendre au client.', aliases: [] },
  { slug: 'dmt', term: 'DMT', definition: 'Durée moyenne de traitement.', aliases: ['AHT'] },
  { slug: 'reclamation', term: 'Réclamation', definition: 'Le client dit son mécontentement.', aliases: [] },
];

describe('glossary slugs and search', () => {
  it('derives an address without accents, case or punctuation', () => {
    expect(glossarySlug('Trop-perçu')).toBe('trop-percu');
    expect(glossarySlug('Campagne d’appels')).toBe('campagne-d-appels');
    expect(glossarySlug('  Œuvre  Écrite ! ')).toBe('oeuvre-ecrite');
    expect(glossarySlug('B to B')).toBe('b-to-b');
    expect(glossarySlug('« »')).toBe('');
  });

  it('finds a word whatever its accents and case, names before mentions', () => {
    expect(searchGlossary(entries, 'trop percu').map((e) => e.slug)).toEqual(['trop-percu']);
    expect(searchGlossary(entries, 'RECLAMATION').map((e) => e.slug)).toEqual(['reclamation']);
    expect(searchGlossary(entries, 'aht').map((e) => e.slug)).toEqual(['dmt']);
    // « client » is in two definitions and no name.
    expect(
      searchGlossary(entries, 'client')
        .map((e) => e.slug)
        .sort(),
    ).toEqual(['reclamation', 'trop-percu']);
    expect(searchGlossary(entries, 'zzz')).toEqual([]);
    expect(searchGlossary(entries, '  ')).toHaveLength(3);
  });
});

describe('lesson links to the glossary', () => {
  const terms = [
    { slug: 'reformulation', term: 'Reformulation' },
    { slug: 'duree-moyenne-de-traitement', term: 'Durée moyenne de traitement', aliases: ['DMT'] },
    { slug: 'avoir', term: 'Avoir', autolink: false },
    { slug: 'trop-percu', term: 'Trop-perçu' },
  ];

  it('links the first use of each word, once per lesson, and the HTML passes the allow-list', () => {
    const md = createLessonRenderer(terms);
    const html = md.render(
      'La reformulation aide. Une autre reformulation.\n\nLa DMT baisse ; la dmt en minuscules non.\n\nUn trop perçu est dû.\n',
    );
    expect(glossaryLinks(html)).toEqual(['reformulation', 'duree-moyenne-de-traitement', 'trop-percu']);
    expect(html).toContain('<a href="#/lexique/reformulation" class="lexique">reformulation</a> aide. Une autre reformulation.');
    expect(html).toContain('la dmt en minuscules non');
    expect(htmlProblem(html)).toBeUndefined();
  });

  it('leaves headings, existing links and everyday words alone', () => {
    const md = createLessonRenderer(terms);
    const html = md.render('# La reformulation\n\nVous pouvez avoir un avoir. Voir [la reformulation](#/lexique/reformulation).\n');
    expect(html).toContain('<h1>La reformulation</h1>');
    expect(html).not.toContain('#/lexique/avoir');
    expect(glossaryLinks(html)).toEqual(['reformulation']);
  });

  it('starts afresh for each lesson', () => {
    const md = createLessonRenderer(terms);
    expect(glossaryLinks(md.render('La reformulation.'))).toEqual(['reformulation']);
    expect(glossaryLinks(md.render('La reformulation.'))).toEqual(['reformulation']);
  });
});

describe('glossary in the content build', () => {
  it('puts the sorted glossary in the programme and links the lessons; the pack still checks out', async () => {
    const result = await compileContent(await sampleWith(GLOSSARY));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.pack.programme.glossary?.map((e) => e.slug)).toEqual(['avoir', 'duree-moyenne-de-traitement', 'reformulation']);
    expect(result.pack.programme.glossary?.[0]).not.toHaveProperty('autolink');
    expect((await checkPack(JSON.parse(JSON.stringify(result.pack)))).ok).toBe(true);
  });

  it('builds without a glossary file', async () => {
    const result = await compileContent(await sampleWith(undefined));
    expect(result.ok && result.pack.programme.glossary).toBe(undefined);
  });

  it('refuses two words with one address, an unknown module and a link to a missing word, at their line', async () => {
    const dir = await sampleWith(
      `${GLOSSARY}  - term: Réformulation\n    definition: Doublon.\n  - term: Geste commercial\n    definition: Remise.\n    module: m-inconnu\n`,
    );
    const lesson = join(dir, 'modules/01-accueil/lessons/01-saluer.md');
    await writeFile(lesson, `${await readFile(lesson, 'utf8')}\nVoir le [SONCAS](#/lexique/soncas).\n`);
    const result = await compileContent(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^glossary\.yaml:12 « Réformulation » et « Reformulation » ont la même adresse/));
    expect(messages).toContainEqual(expect.stringMatching(/^glossary\.yaml:14 .*le module « m-inconnu » n’existe pas/));
    expect(messages).toContainEqual(expect.stringMatching(/le lien vers le lexique « soncas » ne mène à aucun mot/));
  });

  it('reports a glossary entry that breaks the schema', async () => {
    const result = await compileContent(await sampleWith('schema: 1\nentries:\n  - term: ""\n    definition: x\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.file === 'glossary.yaml')).toBe(true);
  });
});
