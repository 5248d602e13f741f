import { describe, expect, it } from 'vitest';
import { canStartAttempt, layoutAttempt } from '../../src/domain/quiz/quiz-attempt';
import { gradeAttempt, initialAnswer, isAnswered, isCorrect } from '../../src/domain/quiz/quiz-grading';
import { normalizeAnswer } from '../../src/domain/quiz/normalize-answer';
import { allItemTypes, quizItems } from '../factories/quiz.factory';

describe('quiz grading', () => {
  it('single and true/false compare the exact value', () => {
    expect(isCorrect(quizItems.single(), 1)).toBe(true);
    expect(isCorrect(quizItems.single(), 0)).toBe(false);
    expect(isCorrect(quizItems.single(), '1')).toBe(false);
    expect(isCorrect(quizItems.truefalse(), false)).toBe(true);
    expect(isCorrect(quizItems.truefalse(), true)).toBe(false);
    expect(isCorrect(quizItems.truefalse(), undefined)).toBe(false);
  });

  it('multiple needs exactly the right set, in any order, duplicates not counted twice', () => {
    const item = quizItems.multiple();
    expect(isCorrect(item, [2, 0])).toBe(true);
    expect(isCorrect(item, [0])).toBe(false);
    expect(isCorrect(item, [0, 2, 3])).toBe(false);
    expect(isCorrect(item, [0, 0])).toBe(false);
    expect(isCorrect(item, [])).toBe(false);
  });

  it('an ordering question can be submitted as shown: its answer starts as the display order', () => {
    const item = quizItems.ordering();
    const shown = [2, 0, 3, 1];
    const start = initialAnswer(item, shown);
    expect(start).toEqual(shown);
    expect(isAnswered(item, start)).toBe(true);
    expect(isCorrect(item, start)).toBe(false);
    expect(initialAnswer(quizItems.single(), [1, 0, 2])).toBeUndefined();
    expect(initialAnswer(quizItems.matching(), [1, 0])).toBeUndefined();
  });

  it('ordering and matching use authored indexes, whatever the display order', () => {
    expect(isCorrect(quizItems.ordering(), [0, 1, 2, 3])).toBe(true);
    expect(isCorrect(quizItems.ordering(), [1, 0, 2, 3])).toBe(false);
    expect(isCorrect(quizItems.ordering(), [0, 1, 2])).toBe(false);
    expect(isCorrect(quizItems.matching(), [0, 1, 2])).toBe(true);
    expect(isCorrect(quizItems.matching(), [0, 2, 1])).toBe(false);
    expect(isAnswered(quizItems.matching(), [0, -1, 2])).toBe(false);
  });

  it('short answers ignore case, accents, apostrophes, extra spaces and end punctuation', () => {
    const item = quizItems.short();
    for (const given of ['bonjour', '  BONJOUR  ', 'Bonjour !', 'reformulation  de la DEMANDE.', 'Réformulation de la demande']) {
      expect(isCorrect(item, given), given).toBe(true);
    }
    expect(isCorrect(item, 'bonsoir')).toBe(false);
    expect(isCorrect(item, '   ')).toBe(false);
    expect(normalizeAnswer('L’écoute  Active')).toBe("l'ecoute active");
  });

  it('grades an attempt per competency, with missed and unanswered items', () => {
    const items = allItemTypes();
    const result = gradeAttempt(
      items,
      { 'q-single': 1, 'q-multiple': [0, 2], 'q-tf': true, 'q-order': [0, 1, 2, 3], 'q-short': 'bonjour' },
      0.7,
    );
    expect(result.score).toBeCloseTo(4 / 6);
    expect(result.passed).toBe(false);
    expect(result.byCompetency).toEqual({ 'c-a': { correct: 3, total: 3 }, 'c-b': { correct: 1, total: 3 } });
    expect(result.missedItemIds).toEqual(['q-tf', 'q-match']);
    expect(
      gradeAttempt(items, { 'q-single': 1, 'q-multiple': [0, 2], 'q-tf': false, 'q-order': [0, 1, 2, 3], 'q-short': 'bonjour' }, 0.7)
        .passed,
    ).toBe(true);
  });

  it('a score equal to the pass mark passes; an empty quiz never does', () => {
    const items = [quizItems.single('a'), quizItems.single('b')];
    expect(gradeAttempt(items, { a: 1, b: 0 }, 0.5).passed).toBe(true);
    expect(gradeAttempt([], {}, 0).passed).toBe(false);
  });
});

describe('quiz attempts', () => {
  const quiz = { id: 'quiz', passMark: 0.7, retry: { maxAttempts: 0, cooldownMinutes: 0 }, itemsPerAttempt: 4 };

  it('the seeded shuffle is the same for the same seed and draws itemsPerAttempt items', () => {
    const items = allItemTypes();
    const a = layoutAttempt(quiz, items, 42);
    expect(layoutAttempt(quiz, items, 42)).toEqual(a);
    expect(a.itemIds).toHaveLength(4);
    expect(new Set(a.itemIds).size).toBe(4);
    const others = [1, 2, 3, 4, 5].map((s) => layoutAttempt(quiz, items, s).itemIds.join());
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it('never shows an ordering question already in the right order', () => {
    for (let seed = 0; seed < 200; seed++) {
      const order = layoutAttempt({ ...quiz, itemsPerAttempt: undefined }, [quizItems.ordering()], seed).optionOrder['q-order'];
      expect(order).not.toEqual([0, 1, 2, 3]);
      expect([...(order ?? [])].sort()).toEqual([0, 1, 2, 3]);
    }
  });

  it('applies the retry policy: max attempts, then cooldown after a failure', () => {
    const now = new Date('2026-01-05T10:00:00Z');
    expect(canStartAttempt(quiz, { count: 5, passed: false, lastFailedAt: null }, now)).toEqual({ ok: true, attempt: 6 });
    const limited = { ...quiz, retry: { maxAttempts: 2, cooldownMinutes: 10 } };
    expect(canStartAttempt(limited, { count: 2, passed: false, lastFailedAt: null }, now)).toEqual({ ok: false, reason: 'max-attempts' });
    expect(canStartAttempt(limited, { count: 2, passed: true, lastFailedAt: null }, now)).toEqual({ ok: true, attempt: 3 });
    expect(canStartAttempt(limited, { count: 1, passed: false, lastFailedAt: '2026-01-05T09:55:00Z' }, now)).toEqual({
      ok: false,
      reason: 'cooldown',
      until: '2026-01-05T10:05:00.000Z',
    });
    expect(canStartAttempt(limited, { count: 1, passed: false, lastFailedAt: '2026-01-05T09:49:00Z' }, now)).toEqual({
      ok: true,
      attempt: 2,
    });
  });
});
