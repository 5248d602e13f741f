import type { GIFTQuestion, Matching, MultipleChoice, Numerical, ShortAnswer, TextChoice, TextFormat, TrueFalse } from 'gift-pegjs';
import type { QuizItem } from '../content/quiz.schema';

/** What one GIFT question becomes: an item (still to be checked against the schema), or why it cannot be. */
type GiftMapping = { ok: true; item: QuizItem; notes: string[] } | { ok: false; reason: string };

interface ItemIdentity {
  id: string;
  competency: string;
}

/** Plain text of a GIFT text field: HTML tags are removed (raw HTML is never rendered by Relais). */
function plainText(t: TextFormat | null | undefined): string {
  if (!t) return '';
  const text = t.format === 'html' ? decodeEntities(t.text.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')) : t.text;
  return text.replace(/\s+/g, ' ').trim();
}

function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return s.replace(/&(#\d+|[a-z]+);/gi, (all, code: string) =>
    code.startsWith('#') ? String.fromCodePoint(Number(code.slice(1))) : (named[code.toLowerCase()] ?? all),
  );
}

/** Feedback of the right answer(s) first, then what each wrong option said, then the general feedback. */
function explanation(
  q: { globalFeedback: TextFormat | null },
  right: string[],
  others: { option: string; feedback: string }[],
  fallback: string,
  notes: string[],
): string {
  const parts = [
    ...right.filter(Boolean),
    ...others.filter((o) => o.feedback).map((o) => `« ${o.option} » : ${o.feedback}`),
    plainText(q.globalFeedback),
  ].filter(Boolean);
  if (parts.length) return parts.join(' ');
  notes.push('aucun retour dans le fichier : une explication a été écrite d’après la bonne réponse, à relire');
  return fallback;
}

const isRight = (c: TextChoice) => (c.weight === null ? c.isCorrect : c.weight > 0);

function fromChoices(q: MultipleChoice, base: ItemIdentity & { prompt: string }): GiftMapping {
  const notes: string[] = [];
  const choices = q.choices.map((c) => plainText(c.text));
  const right = q.choices.map((c, i) => (isRight(c) ? i : -1)).filter((i) => i >= 0);
  if (!right.length) return { ok: false, reason: 'aucune réponse n’est marquée juste' };
  if (q.choices.some((c) => c.weight !== null && c.weight > 0 && c.weight < 100)) {
    notes.push('les points partiels (%50%…) deviennent « juste » ; les réponses à points négatifs deviennent « fausse »');
  }
  const expl = explanation(
    q,
    right.map((i) => plainText(q.choices[i]?.feedback)),
    q.choices.flatMap((c, i) => (right.includes(i) ? [] : [{ option: choices[i] ?? '', feedback: plainText(c.feedback) }])),
    `Bonne réponse : ${right.map((i) => choices[i]).join(' ; ')}.`,
    notes,
  );
  // Moodle treats weighted `~%n%` answers as a question where several answers may be ticked.
  const multiple = right.length > 1 || q.choices.some((c) => c.weight !== null && c.weight < 100 && c.weight > 0);
  const item: QuizItem = multiple
    ? { ...base, schema: 1, type: 'multiple', choices, answers: right, explanation: expl }
    : { ...base, schema: 1, type: 'single', choices, answer: right[0] as number, explanation: expl };
  return { ok: true, item, notes };
}

function fromTrueFalse(q: TrueFalse, base: ItemIdentity & { prompt: string }): GiftMapping {
  const notes: string[] = [];
  const right = plainText(q.isTrue ? q.trueFeedback : q.falseFeedback);
  const wrong = plainText(q.isTrue ? q.falseFeedback : q.trueFeedback);
  const expl = explanation(
    q,
    [right],
    [{ option: q.isTrue ? 'Faux' : 'Vrai', feedback: wrong }],
    `C’est ${q.isTrue ? 'vrai' : 'faux'}.`,
    notes,
  );
  return { ok: true, item: { ...base, schema: 1, type: 'truefalse', answer: q.isTrue, explanation: expl }, notes };
}

function fromShort(q: ShortAnswer, base: ItemIdentity & { prompt: string }): GiftMapping {
  const notes: string[] = [];
  const full = q.choices.filter((c) => (c.weight === null ? c.isCorrect : c.weight >= 100));
  if (q.choices.length > full.length)
    notes.push('les réponses à points partiels ne sont pas reprises : seules les réponses à 100 % sont acceptées');
  const accepted = full.map((c) => plainText(c.text));
  if (!accepted.length) return { ok: false, reason: 'aucune réponse acceptée à 100 %' };
  const expl = explanation(
    q,
    full.map((c) => plainText(c.feedback)),
    [],
    `Réponse attendue : ${accepted[0]}.`,
    notes,
  );
  return { ok: true, item: { ...base, schema: 1, type: 'short', accepted, explanation: expl }, notes };
}

function fromMatching(q: Matching, base: ItemIdentity & { prompt: string }): GiftMapping {
  const notes: string[] = [];
  const pairs = q.matchPairs.map((p) => ({ left: plainText(p.subquestion), right: p.subanswer.trim() }));
  const kept = pairs.filter((p) => p.left);
  if (kept.length < pairs.length) notes.push('les réponses en trop (sans question) ne sont pas reprises');
  const expl = explanation(q, [], [], kept.map((p) => `${p.left} → ${p.right}`).join(' ; '), notes);
  return { ok: true, item: { ...base, schema: 1, type: 'matching', pairs: kept, explanation: expl }, notes };
}

/** Only exact numbers map: a short answer compares text, so a tolerance cannot be honoured. */
function fromNumerical(q: Numerical, base: ItemIdentity & { prompt: string }): GiftMapping {
  const notes: string[] = [];
  const answers = Array.isArray(q.choices)
    ? q.choices.filter((c) => (c.weight === null ? c.isCorrect : c.weight >= 100))
    : [{ text: q.choices, feedback: null }];
  const exact: number[] = [];
  for (const a of answers) {
    const f = a.text;
    if (f.type === 'simple' && f.number !== undefined) exact.push(f.number);
    else if (f.type === 'range' && f.range === 0 && f.number !== undefined) exact.push(f.number);
    else return { ok: false, reason: 'réponse numérique avec une marge (ex. 4:1 ou 3..5) : Relais ne compare que des réponses exactes' };
  }
  if (!exact.length) return { ok: false, reason: 'aucune réponse numérique juste' };
  const accepted = [...new Set(exact.flatMap((n) => [String(n), String(n).replace('.', ',')]))];
  const feedback = answers.map((a) => plainText(a.feedback));
  const expl = explanation(q, feedback, [], `Réponse attendue : ${accepted[0]}.`, notes);
  return { ok: true, item: { ...base, schema: 1, type: 'short', accepted, explanation: expl }, notes };
}

/** Maps one parsed GIFT question onto this project's quiz item types. */
export function giftToItem(q: Exclude<GIFTQuestion, { type: 'Category' }>, id: ItemIdentity): GiftMapping {
  if (q.type === 'Essay') return { ok: false, reason: 'question ouverte (essai) : Relais ne corrige que des réponses fermées' };
  if (q.type === 'Description') return { ok: false, reason: 'texte sans question (description) : à mettre dans une leçon' };
  const prompt = plainText(q.stem);
  const base = { ...id, prompt };
  const mapped =
    q.type === 'MC'
      ? fromChoices(q, base)
      : q.type === 'TF'
        ? fromTrueFalse(q, base)
        : q.type === 'Short'
          ? fromShort(q, base)
          : q.type === 'Matching'
            ? fromMatching(q, base)
            : fromNumerical(q, base);
  if (mapped.ok && q.stem.format === 'html') mapped.notes.push('mise en forme HTML retirée (Relais n’affiche pas de HTML)');
  if (mapped.ok && q.stem.format === 'markdown') mapped.notes.push('mise en forme Markdown gardée telle quelle dans le texte');
  return mapped;
}
