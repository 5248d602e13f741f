import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { QuizItem } from '../../src/domain/content/quiz.schema';
import { MAX_REPLY_CHARS } from '../../src/domain/content/written-reply.schema';
import { gradeAttempt } from '../../src/domain/quiz/quiz-grading';
import { layoutAttempt } from '../../src/domain/quiz/quiz-attempt';
import { meetsAllHints, writtenHints } from '../../src/domain/quiz/written-reply-hints';
import { containsPhrase, countWords } from '../../src/domain/quiz/written-reply-text';
import { writtenItemProblems } from '../../src/content-build/written-checks';
import { quizItems } from '../factories/quiz.factory';
import { writtenItem } from '../factories/written.factory';

const issues = (raw: unknown) => {
  const r = v.safeParse(QuizItem, raw);
  return r.success ? [] : r.issues.map((i) => i.message);
};

describe('written item schema', () => {
  it('accepts the factory item and keeps its fields', () => {
    const parsed = v.parse(QuizItem, writtenItem());
    expect(parsed.type).toBe('written');
  });

  it('refuses an SMS longer than 480 characters, or measured in words', () => {
    const sms = writtenItem({
      channel: 'sms',
      customer: { name: 'M. Louis', message: 'Mon RDV ?' },
      length: { unit: 'chars', min: 20, max: 600 },
    });
    expect(issues(sms).join()).toMatch(/480/);
    expect(issues({ ...sms, length: { unit: 'words', min: 5, max: 60 } }).join()).toMatch(/caractères/);
    expect(issues({ ...sms, length: { unit: 'chars', min: 20, max: 300 } })).toEqual([]);
  });

  it('refuses a subject outside an e-mail, inverted bounds, a grid criterion twice, an unknown criterion', () => {
    expect(issues(writtenItem({ channel: 'chat' })).join()).toMatch(/objet/);
    expect(issues(writtenItem({ length: { unit: 'words', min: 80, max: 40 } })).join()).toMatch(/minimale/);
    const twice = writtenItem({
      grid: [
        { criterion: 'tone', label: 'a' },
        { criterion: 'tone', label: 'b' },
      ],
    });
    expect(issues(twice).join()).toMatch(/deux fois/);
    expect(issues({ ...writtenItem(), grid: [{ criterion: 'spelling', label: 'a' }] }).length).toBeGreaterThan(0);
  });

  it(`caps the model answer and the length at ${MAX_REPLY_CHARS} characters`, () => {
    expect(issues(writtenItem({ model: 'a'.repeat(MAX_REPLY_CHARS + 1) })).length).toBeGreaterThan(0);
    expect(issues(writtenItem({ length: { unit: 'chars', min: 1, max: MAX_REPLY_CHARS + 1 } })).length).toBeGreaterThan(0);
  });

  it('the quiz never draws a written item and never counts it in the score', () => {
    const items = [quizItems.single(), writtenItem()];
    const layout = layoutAttempt({ id: 'q', passMark: 0.5, retry: { maxAttempts: 0 } }, items, 7);
    expect(layout.itemIds).toEqual(['q-single']);
    const result = gradeAttempt(items, { 'q-single': 1 }, 0.5);
    expect(result.score).toBe(1);
    expect(result.missedItemIds).toEqual([]);
  });
});

describe('written reply hints', () => {
  const item = writtenItem();

  it('matches whole words without case or accents', () => {
    expect(containsPhrase('VOTRE COLIS SERA LIVRE DEMAIN', 'livré')).toBe(true);
    expect(containsPhrase('Les frais  de   port', 'frais de port')).toBe(true);
    expect(containsPhrase('Bonjour', 'bon')).toBe(false);
    expect(containsPhrase('délivrance', 'livré')).toBe(false);
    expect(countWords("Bonjour, l'avance est de 20 €.")).toBe(6);
  });

  it('the model answer meets every hint, and the content build says so', () => {
    expect(meetsAllHints(writtenHints(item, item.model))).toBe(true);
    expect(writtenItemProblems(item)).toEqual([]);
  });

  it('a reply without greeting, closing or the shipping costs gets each as advice', () => {
    const h = writtenHints(item, 'Votre colis arrivera jeudi, il est parti de Jarry hier soir avec le transporteur habituel.');
    expect(h.greeting).toBe(false);
    expect(h.closing).toBe(false);
    expect(h.points).toEqual([
      { label: 'Où est le colis', answered: true },
      { label: 'Les frais de port', answered: false },
    ]);
    expect(h.length.verdict).toBe('short');
  });

  it('finds a greeting typed without accents or capitals, but only at the start; a closing only at the end', () => {
    const filler = Array.from({ length: 40 }, () => 'mot').join(' ');
    const h = writtenHints(item, `madame, ${filler} cordialement`);
    expect(h.greeting).toBe(true);
    expect(h.closing).toBe(true);
    const late = writtenHints(item, `${filler} bonjour ${filler} cordialement merci ${filler}`);
    expect(late.greeting).toBe(false);
    expect(late.closing).toBe(false);
  });

  it('says when a reply is too long', () => {
    const long = `Bonjour ${'mot '.repeat(200)} cordialement`;
    expect(writtenHints(item, long).length).toMatchObject({ verdict: 'long', value: 202 });
  });

  it('the build names what a model answer misses', () => {
    const bad = writtenItem({
      model:
        'Votre colis arrivera jeudi au Lamentin, sans faute, par le transporteur habituel, vers midi, à votre adresse, et le livreur vous appellera avant de passer.',
    });
    expect(writtenItemProblems(bad)).toEqual([
      'q-written : la réponse modèle ne commence par aucune des salutations (greeting)',
      'q-written : la réponse modèle ne finit par aucune des formules de fin (closing)',
      'q-written : la réponse modèle ne traite pas « Les frais de port » (aucun de ses mots)',
    ]);
  });
});
