import { parse, type GIFTQuestion } from 'gift-pegjs';
import * as v from 'valibot';
import { QuizItem } from '../content/quiz.schema';
import { giftToItem } from './gift-to-item';
import { slug } from './slug';

interface GiftImportOptions {
  /** GIFT has no competency: every imported item serves this one (the trainer can change it after). */
  competency: string;
  /** Start of every item id, e.g. `m-accueil.gift`. */
  idPrefix: string;
  /** Ids already used in the module, never given again. */
  takenIds?: Iterable<string>;
}

interface ImportedQuestion {
  item: QuizItem;
  line: number;
  title: string | null;
  category: string | null;
  /** The `//` comment lines written just before the question. */
  comment: string | null;
  /** What changed on the way in, in French (partial points dropped, HTML removed…). */
  notes: string[];
}

interface RefusedQuestion {
  line: number;
  title: string | null;
  /** Why it was not imported, in French. */
  reason: string;
}

interface GiftImportReport {
  imported: ImportedQuestion[];
  refused: RefusedQuestion[];
}

interface Block {
  text: string;
  line: number;
}

/**
 * Questions are separated by blank lines (as Moodle reads them). Each block is parsed on its own, so that one broken question
 * is reported at its line and the others are still imported.
 */
function blocks(source: string): Block[] {
  const out: Block[] = [];
  let current: string[] = [];
  let start = 1;
  source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) {
        if (current.length) out.push({ text: current.join('\n'), line: start });
        current = [];
        return;
      }
      if (!current.length) start = i + 1;
      current.push(line);
    });
  if (current.length) out.push({ text: current.join('\n'), line: start });
  return out;
}

function syntaxReason(e: unknown): { reason: string; line: number } {
  const loc = (e as { location?: { start?: { line?: number } } }).location?.start?.line ?? 1;
  const found = (e as { found?: string | null }).found;
  const what = found === null || found === undefined ? 'la fin du texte' : found === '\n' ? 'une fin de ligne' : `« ${found} »`;
  return {
    reason: `GIFT illisible : ${what} inattendu (accolade non fermée, ou caractère spécial ~ = # { } : à écrire \\~ \\= \\# \\{ \\} \\:)`,
    line: loc,
  };
}

function titleOf(text: string): string | null {
  return (
    /^\s*::(.*?)::/m
      .exec(
        text
          .split('\n')
          .filter((l) => !l.trim().startsWith('//'))
          .join('\n'),
      )?.[1]
      ?.trim() || null
  );
}

/** Imports a GIFT (Moodle) question bank into quiz items, with a report of what could not be imported. */
export function importGift(source: string, options: GiftImportOptions): GiftImportReport {
  const report: GiftImportReport = { imported: [], refused: [] };
  const taken = new Set(options.takenIds ?? []);
  let category: string | null = null;
  const freshId = (title: string | null) => {
    const stem = `${options.idPrefix}-${slug(title ?? '', 40) || 'question'}`;
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    taken.add(id);
    return id;
  };

  for (const block of blocks(source)) {
    const lines = block.text.split('\n');
    const commentLines = lines.filter((l) => l.trim().startsWith('//'));
    const firstCode = lines.findIndex((l) => !l.trim().startsWith('//'));
    if (firstCode < 0) continue;
    const line = block.line + firstCode;
    let parsed: GIFTQuestion[];
    try {
      parsed = parse(block.text);
    } catch (e) {
      const { reason, line: at } = syntaxReason(e);
      report.refused.push({ line: block.line + at - 1, title: titleOf(block.text), reason });
      continue;
    }
    for (const q of parsed) {
      if (q.type === 'Category') {
        category = q.title.replace(/^\$(course|module|system)\$\//, '');
        continue;
      }
      const title = q.title ?? null;
      const mapped = giftToItem(q, { id: freshId(title), competency: options.competency });
      if (!mapped.ok) {
        report.refused.push({ line, title, reason: mapped.reason });
        continue;
      }
      const checked = v.safeParse(QuizItem, mapped.item);
      if (!checked.success) {
        const why = checked.issues
          .map((i) => `${(i.path ?? []).map((p) => String(p.key)).join('.') || 'question'} : ${i.message}`)
          .join(' ; ');
        report.refused.push({ line, title, reason: `ne respecte pas le format des questions (${why})` });
        continue;
      }
      const comment = commentLines.map((l) => l.trim().replace(/^\/\/\s?/, '')).join('\n') || null;
      report.imported.push({ item: checked.output, line, title, category, comment, notes: mapped.notes });
    }
  }
  return report;
}

/** The report as plain French lines, one per refused question, for the trainer or the CLI. */
export function formatGiftRefusals(report: GiftImportReport): string[] {
  return report.refused.map((r) => `ligne ${r.line}${r.title ? ` (« ${r.title} »)` : ''} : ${r.reason}`);
}
