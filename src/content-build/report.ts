import type { ContentPack } from '../domain/content/pack.schema';
import { ALL_ITEM_TYPES, type QuizItemType } from '../domain/content/quiz.schema';
import { EXAM_KINDS, type ExamKind } from '../domain/exam/exam.schema';

interface CompetencyCounts {
  id: string;
  title: string;
  blockId: string;
  lessons: number;
  items: number;
  roleplays: number;
  placementItems: number;
}

interface ContentReport {
  modules: number;
  hours: number;
  lessons: number;
  items: number;
  roleplays: number;
  placementItems: number;
  placementRoleplays: number;
  /** Words of the « Lexique ». */
  glossary: number;
  itemsByType: Record<QuizItemType, number>;
  blocks: { id: string; title: string; lessons: number; items: number; roleplays: number }[];
  competencies: CompetencyCounts[];
  /** Competencies missing a lesson, a quiz item or a role-play, with what is missing. */
  gaps: { id: string; missing: ('leçon' | 'question' | 'jeu de rôle')[] }[];
  /**
   * Module hours per block, each module's hours shared equally among its competencies, and exam hours
   * per CCP (`titre` for the DP guide and the final interview, which serve both).
   */
  hoursByBlock: { id: string; modules: number; exam: number }[];
  exam: { sections: number; hours: number; lessons: number; roleplays: number; byKind: Record<ExamKind, number> };
}

/** Counts the pack per block, competency and item type; placement items do not count as coverage. */
export function contentReport(pack: ContentPack): ContentReport {
  const competencies: CompetencyCounts[] = pack.programme.blocks.flatMap((b) =>
    b.competencies.map((c) => ({ id: c.id, title: c.title, blockId: b.id, lessons: 0, items: 0, roleplays: 0, placementItems: 0 })),
  );
  const byId = new Map(competencies.map((c) => [c.id, c]));
  const itemsByType = Object.fromEntries(ALL_ITEM_TYPES.map((t) => [t, 0])) as Record<QuizItemType, number>;
  for (const m of pack.modules) {
    for (const l of m.lessons) {
      const c = byId.get(l.competency);
      if (c) c.lessons++;
    }
    for (const i of m.items) {
      itemsByType[i.type]++;
      const c = byId.get(i.competency);
      if (c) c.items++;
    }
    // A role-play counts once for each competency it trains.
    for (const r of m.roleplays) {
      for (const id of new Set(r.competencies)) {
        const c = byId.get(id);
        if (c) c.roleplays++;
      }
    }
  }
  for (const i of pack.placement?.items ?? []) {
    const c = byId.get(i.competency);
    if (c) c.placementItems++;
  }
  const blocks = pack.programme.blocks.map((b) => {
    const own = competencies.filter((c) => c.blockId === b.id);
    const sum = (k: 'lessons' | 'items' | 'roleplays') => own.reduce((n, c) => n + c[k], 0);
    return { id: b.id, title: b.title, lessons: sum('lessons'), items: sum('items'), roleplays: sum('roleplays') };
  });
  const gaps = competencies
    .map((c) => {
      const missing: ContentReport['gaps'][number]['missing'] = [];
      if (!c.lessons) missing.push('leçon');
      if (!c.items) missing.push('question');
      if (!c.roleplays) missing.push('jeu de rôle');
      return { id: c.id, missing };
    })
    .filter((g) => g.missing.length);
  const blockOf = new Map(competencies.map((c) => [c.id, c.blockId]));
  const hoursByBlock = [...pack.programme.blocks.map((b) => b.id), 'titre'].map((id) => ({ id, modules: 0, exam: 0 }));
  const hoursRow = (id: string) => hoursByBlock.find((h) => h.id === id);
  for (const m of pack.modules) {
    for (const c of m.competencies) {
      const row = hoursRow(blockOf.get(c) ?? '');
      if (row) row.modules += m.hours / m.competencies.length;
    }
  }
  const exam = pack.exam ?? [];
  for (const e of exam) {
    const row = hoursRow(e.ccpId ?? 'titre');
    if (row) row.exam += e.hours;
  }
  const byKind = Object.fromEntries(EXAM_KINDS.map((k) => [k, exam.filter((e) => e.kind === k).length])) as Record<ExamKind, number>;
  return {
    hoursByBlock,
    exam: {
      sections: exam.length,
      hours: exam.reduce((n, e) => n + e.hours, 0),
      lessons: exam.reduce((n, e) => n + e.lessons.length, 0),
      roleplays: exam.reduce((n, e) => n + e.roleplays.length, 0),
      byKind,
    },
    modules: pack.modules.length,
    hours: pack.modules.reduce((n, m) => n + m.hours, 0),
    lessons: pack.modules.reduce((n, m) => n + m.lessons.length, 0),
    items: pack.modules.reduce((n, m) => n + m.items.length, 0),
    roleplays: pack.modules.reduce((n, m) => n + m.roleplays.length, 0),
    placementItems: pack.placement?.items.length ?? 0,
    placementRoleplays: pack.placement?.roleplays.length ?? 0,
    glossary: pack.programme.glossary?.length ?? 0,
    itemsByType,
    blocks,
    competencies,
    gaps,
  };
}

/** Hours with a French decimal comma, at most one decimal. */
const hours = (n: number) => String(Math.round(n * 10) / 10).replace('.', ',');

/** The report as plain French text for the terminal. */
export function formatReport(r: ContentReport): string {
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const num = (s: number, n = 9) => String(s).padStart(n);
  const lines = [
    `Programme : ${r.modules} modules, ${hours(r.hours)} h, ${r.lessons} leçons, ${r.items} questions, ${r.roleplays} jeux de rôle`,
    `Bilan initial : ${r.placementItems} questions, ${r.placementRoleplays} jeu(x) de rôle`,
    `Lexique : ${r.glossary} mots`,
    `Préparation du titre : ${r.exam.sections} sections, ${hours(r.exam.hours)} h, ${r.exam.lessons} leçons, ${r.exam.roleplays} jeux de rôle` +
      ` (ECF ${r.exam.byKind.ecf}, examens blancs ${r.exam.byKind.mock}, guide du DP ${r.exam.byKind['dp-guide']}, entretien final ${r.exam.byKind['final-interview']})`,
    '',
    'Heures par bloc (heures d’un module partagées entre ses compétences) :',
    `  ${pad('bloc', 12)}${'modules'.padStart(9)}${'épreuves'.padStart(10)}${'total'.padStart(8)}`,
    ...r.hoursByBlock.map(
      (h) => `  ${pad(h.id, 12)}${hours(h.modules).padStart(9)}${hours(h.exam).padStart(10)}${hours(h.modules + h.exam).padStart(8)}`,
    ),
    '',
    'Questions par type :',
    ...Object.entries(r.itemsByType).map(([t, n]) => `  ${pad(t, 10)}${num(n, 5)}`),
    '',
    'Par bloc :',
    `  ${pad('bloc', 12)}${'leçons'.padStart(9)}${'questions'.padStart(11)}${'jeux'.padStart(7)}`,
    ...r.blocks.map((b) => `  ${pad(b.id, 12)}${num(b.lessons)}${num(b.items, 11)}${num(b.roleplays, 7)}`),
    '',
    'Par compétence :',
    `  ${pad('compétence', 22)}${'leçons'.padStart(7)}${'questions'.padStart(11)}${'jeux'.padStart(6)}${'bilan'.padStart(7)}`,
    ...r.competencies.map(
      (c) => `  ${pad(c.id, 22)}${num(c.lessons, 7)}${num(c.items, 11)}${num(c.roleplays, 6)}${num(c.placementItems, 7)}`,
    ),
    '',
  ];
  if (r.gaps.length) {
    lines.push(`Compétences non couvertes (${r.gaps.length}) :`);
    for (const g of r.gaps) lines.push(`  ${g.id} : aucun(e) ${g.missing.join(', ')}`);
  } else {
    lines.push('Compétences non couvertes : aucune.');
  }
  return lines.join('\n');
}
