import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content-build/compile-content';
import { compileInk, isKnownCriterion, parseScoreTag } from '../../src/content-build/ink';
import { checkInkStory, exploreInk, knotNames } from '../../src/content-build/ink-check';
import { placementOverlaps } from '../../src/content-build/placement-overlap';
import { contentReport } from '../../src/content-build/report';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { QUIZ_ITEM_TYPES } from '../../src/domain/content/quiz.schema';

// These tests read the real programme in content/, not a fixture: they fail when the curriculum regresses.
const ROOT = 'content';
const MIN = { modules: 14, lessons: 90, items: 700, roleplays: 24, placementItems: 25 };

let pack: ContentPack;
let inkFiles: string[];

async function findInk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await findInk(path)));
    else if (entry.name.endsWith('.ink')) out.push(path);
  }
  return out.sort();
}

beforeAll(async () => {
  const result = await compileContent(ROOT);
  if (!result.ok)
    throw new Error(`content/ ne compile pas :\n${result.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.message}`).join('\n')}`);
  pack = result.pack;
  inkFiles = await findInk(ROOT);
}, 120_000);

describe('the real CRCD programme', () => {
  it('builds, with module and exam hours adding up to 455', () => {
    expect(pack.programme.totalHours).toBe(455);
    const exam = (pack.exam ?? []).reduce((n, e) => n + e.hours, 0);
    expect(exam).toBeGreaterThan(0);
    expect(pack.modules.reduce((n, m) => n + m.hours, 0) + exam).toBe(455);
  });

  it('gives CCP 1 and CCP 2 balanced hours, module 1 14 h, and every exam section hours of its own', () => {
    const r = contentReport(pack);
    const total = (id: string) => {
      const h = r.hoursByBlock.find((b) => b.id === id);
      return (h?.modules ?? 0) + (h?.exam ?? 0);
    };
    // Within 10 % of each other (CCP 2 had 133 h against 210 h for CCP 1 before issue 14).
    expect(Math.abs(total('ccp1') - total('ccp2')) / Math.max(total('ccp1'), total('ccp2'))).toBeLessThanOrEqual(0.1);
    expect(r.hoursByBlock.find((b) => b.id === 'ccp2')?.exam).toBeGreaterThan(0);
    expect(pack.modules.find((m) => m.id === 'm01-metier')?.hours).toBe(14);
    for (const e of pack.exam ?? []) expect(e.hours, e.id).toBeGreaterThan(0);
  });

  it('has the exam pack of issue 14: an ECF and a mock exam per CCP, the DP guide and the final interview', () => {
    const exam = pack.exam ?? [];
    const ccps = pack.programme.blocks.filter((b) => b.kind === 'ccp').map((b) => b.id);
    for (const kind of ['ecf', 'mock'] as const) {
      const sections = exam.filter((e) => e.kind === kind);
      expect(sections.length, kind).toBeGreaterThanOrEqual(2);
      expect(new Set(sections.map((e) => e.ccpId)), kind).toEqual(new Set(ccps));
      for (const e of sections) {
        expect(e.subjectHtml.length, e.id).toBeGreaterThan(100);
        expect(e.grid.length, e.id).toBeGreaterThanOrEqual(3);
      }
    }
    for (const e of exam.filter((s) => s.kind === 'mock')) {
      expect(e.parts.filter((p) => p.kind === 'call').length, e.id).toBeGreaterThanOrEqual(1);
      expect(e.parts.filter((p) => p.kind === 'written').length, e.id).toBeGreaterThanOrEqual(1);
    }
    // The title's durations are unconfirmed (CRCD.md): every timed section says so in its source note.
    for (const e of exam.filter((s) => s.parts.some((p) => p.kind !== 'reading'))) {
      expect(e.durationConfirmed, e.id).toBe(false);
      expect(e.sourcesHtml, e.id).toMatch(/Non confirmé/);
    }
    const dp = exam.find((e) => e.kind === 'dp-guide');
    expect(dp?.lessons.length).toBeGreaterThanOrEqual(4);
    // A template per activity of the title: one lesson per CCP.
    for (const ccp of ccps)
      expect(
        dp?.lessons.some((l) => l.competency.startsWith(`${ccp}.`)),
        ccp,
      ).toBe(true);
    const interview = exam.find((e) => e.kind === 'final-interview');
    expect(interview?.roleplays.length).toBeGreaterThanOrEqual(1);
    expect(interview?.parts.some((p) => p.kind === 'call')).toBe(true);
  });

  it('meets the counts of issue 5', () => {
    const r = contentReport(pack);
    expect(r.modules).toBeGreaterThanOrEqual(MIN.modules);
    expect(r.lessons).toBeGreaterThanOrEqual(MIN.lessons);
    expect(r.items).toBeGreaterThanOrEqual(MIN.items);
    // The final-interview role-play moved from module 1 to the exam pack: role-plays count in both.
    expect(r.roleplays + r.exam.roleplays).toBeGreaterThanOrEqual(MIN.roleplays);
    expect(r.placementItems).toBeGreaterThanOrEqual(MIN.placementItems);
    expect(r.placementRoleplays).toBeGreaterThanOrEqual(1);
    for (const type of QUIZ_ITEM_TYPES) expect(r.itemsByType[type], type).toBeGreaterThan(0);
  });

  it('covers every competency with a lesson, a quiz item and a role-play', () => {
    expect(contentReport(pack).gaps).toEqual([]);
  });

  it('reports a gap when a competency loses its role-plays (the report can fail)', () => {
    const withoutDebtRoleplay: ContentPack = {
      ...pack,
      modules: pack.modules.map((m) => ({ ...m, roleplays: m.roleplays.filter((r) => !r.competencies.includes('ccp2.recouvrement')) })),
    };
    expect(contentReport(withoutDebtRoleplay).gaps).toEqual([{ id: 'ccp2.recouvrement', missing: ['jeu de rôle'] }]);
  });

  it('ties every item, lesson, module and role-play to a competency of the tree', () => {
    const known = new Set(pack.programme.blocks.flatMap((b) => b.competencies.map((c) => c.id)));
    const used = [
      ...pack.modules.flatMap((m) => [...m.competencies, ...m.lessons.map((l) => l.competency), ...m.items.map((i) => i.competency)]),
      ...pack.modules.flatMap((m) => m.roleplays.flatMap((r) => r.competencies)),
      ...(pack.placement?.items.map((i) => i.competency) ?? []),
      ...(pack.placement?.roleplays.flatMap((r) => r.competencies) ?? []),
    ];
    expect(used.filter((id) => !known.has(id))).toEqual([]);
  });

  it('has a CCP 1, a CCP 2 and a cross-cutting block, and the confirmed debt-collection wording', () => {
    expect(pack.programme.blocks.map((b) => [b.id, b.kind])).toEqual([
      ['ccp1', 'ccp'],
      ['ccp2', 'ccp'],
      ['transverse', 'transverse'],
    ]);
    const titles = pack.programme.blocks.flatMap((b) => b.competencies.map((c) => c.title));
    expect(titles).toContain('Assurer le recouvrement amiable de créances');
  });

  it('gives every module a source note, and keeps unconfirmed facts marked', () => {
    for (const m of pack.modules) expect(m.sourcesHtml.trim(), m.id).not.toBe('');
    const all = pack.modules.map((m) => m.sourcesHtml).join('\n');
    expect(all).toMatch(/non confirm/i);
  });

  it('gives the placement test items on every competency', () => {
    const placed = new Set(pack.placement?.items.map((i) => i.competency));
    const missing = pack.programme.blocks.flatMap((b) => b.competencies.map((c) => c.id)).filter((id) => !placed.has(id));
    expect(missing).toEqual([]);
  });

  it('gives the placement 4 to 6 items per competency, with reading, writing, percentage and copying probes', () => {
    const items = pack.placement?.items ?? [];
    const counts = pack.programme.blocks
      .flatMap((b) => b.competencies)
      .map((c) => [c.id, items.filter((i) => i.competency === c.id).length] as const);
    expect(counts.filter(([, n]) => n < 4 || n > 6)).toEqual([]);
    const prompts = items.map((i) => i.prompt);
    expect(prompts.filter((p) => /%/.test(p)).length, 'percentages').toBeGreaterThanOrEqual(4);
    expect(prompts.filter((p) => /recopiez|dicte/i.test(p)).length, 'copying').toBeGreaterThanOrEqual(2);
    expect(prompts.filter((p) => /faute|mal écrit|corrections/i.test(p)).length, 'writing').toBeGreaterThanOrEqual(3);
    expect(prompts.filter((p) => /écrit :|SMS :|e-mail d'une|chat :/i.test(p)).length, 'reading').toBeGreaterThanOrEqual(3);
  });

  it('copies no module item into the placement (pl-031 keeps its id)', () => {
    const moduleItems = pack.modules.flatMap((m) => m.items);
    expect(placementOverlaps(pack.placement?.items ?? [], moduleItems)).toEqual([]);
    expect(pack.placement?.items.map((i) => i.id)).toContain('pl-031');
  });
});

describe('every ink role-play of the programme', () => {
  it('finds at least 12 scripts plus the placement one', () => {
    expect(inkFiles.length).toBeGreaterThanOrEqual(13);
  });

  it('compiles, reaches an end, leaves no knot unreachable and scores every choice', async () => {
    const problems: string[] = [];
    for (const file of inkFiles) {
      const compiled = compileInk(await readFile(file, 'utf8'));
      if (!compiled.json) {
        problems.push(`${file}: ${compiled.errors.map((e) => e.message).join('; ')}`);
        continue;
      }
      const ex = exploreInk(compiled.json);
      if (ex.endings === 0) problems.push(`${file}: aucune fin atteinte`);
      if (ex.truncated) problems.push(`${file}: exploration tronquée`);
      problems.push(...ex.deadEnds.map((d) => `${file}: ${d}`));
      problems.push(...ex.choiceProblems.map((d) => `${file}: ${d}`));
      for (const k of knotNames(compiled.json)) if (!ex.visitedKnots.has(k)) problems.push(`${file}: nœud « ${k} » inatteignable`);
      problems.push(...checkInkStory(compiled.json).map((p) => `${file}: ${p}`));
    }
    expect([...new Set(problems)]).toEqual([]);
  }, 120_000);

  it('tags every choice of the source with a known criterion', async () => {
    // A static check on the source, independent of the explorer: every `*` or `+` choice line has a score tag.
    const problems: string[] = [];
    for (const file of inkFiles) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (!/^\s*[*+]/.test(line)) return;
        const tags = [...line.matchAll(/#\s*([^#\]]+)/g)].map((m) => parseScoreTag(m[1] ?? '')).filter((t) => t !== undefined);
        if (!tags.length) problems.push(`${file}:${i + 1} choix sans étiquette de score`);
        for (const t of tags) if (!isKnownCriterion(t.criterion)) problems.push(`${file}:${i + 1} critère inconnu ${t.criterion}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('makes the hard role-plays hard: each ★★★ script has a bad ending and negative choices', () => {
    const hard = pack.modules.flatMap((m) => m.roleplays).filter((r) => r.difficulty === 3);
    expect(hard.length).toBeGreaterThanOrEqual(3);
    for (const r of hard) {
      expect(r.ink, r.id).toMatch(/:-\d/);
      expect(exploreInk(r.ink).endings, r.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('the « Lexique » of the real programme', () => {
  it('has at least 150 words in plain French, each tied to a module, linked from most lessons', () => {
    const glossary = pack.programme.glossary ?? [];
    expect(glossary.length).toBeGreaterThanOrEqual(150);
    const moduleIds = new Set(pack.modules.map((m) => m.id));
    for (const e of glossary) {
      expect(e.module && moduleIds.has(e.module), e.term).toBe(true);
      // Plain wording: a definition is a few short sentences, not a paragraph of jargon.
      expect(e.definition.length, e.term).toBeLessThanOrEqual(320);
    }
    for (const word of ['dmt', 'soncas', 'trop-percu', 'mensualisation', 'consentement-prealable', 'bloctel', 'secteur-interdit']) {
      expect(
        glossary.some((e) => e.slug === word),
        word,
      ).toBe(true);
    }
    const lessons = pack.modules.flatMap((m) => m.lessons);
    const linked = lessons.filter((l) => l.html.includes('class="lexique"'));
    expect(linked.length / lessons.length).toBeGreaterThanOrEqual(0.75);
  });
});

describe('the trainer sheets of the real programme', () => {
  it('cover every module, with a plan for the module’s hours, a caller brief for each role-play and drills with answers', () => {
    for (const m of pack.modules) {
      const sheet = m.trainerSheet;
      expect(sheet, m.id).toBeDefined();
      if (!sheet) continue;
      expect(
        sheet.sequences.reduce((h, s) => h + s.hours, 0),
        m.id,
      ).toBeCloseTo(m.hours, 6);
      expect(new Set(sheet.callerBriefs.map((b) => b.roleplay)), m.id).toEqual(new Set(m.roleplays.map((r) => r.id)));
      expect(
        sheet.drills.some((d) => d.answers?.length),
        m.id,
      ).toBe(true);
    }
  });
});
