import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/domain/trainer/csv';
import { VERBS, xapiStatements } from '../../src/domain/trainer/xapi';
import { progressEvent } from '../factories/event.factory';
import { roleplayScoreFactory } from '../support/report-factory';

describe('CSV export', () => {
  it('quotes separators, quotes and line breaks, and ends lines with CRLF after a BOM', () => {
    const text = toCsv({
      header: ['Prénom', 'Note'],
      rows: [
        ['Ana; "la grande"', 0.5],
        ['Ben\nDeux', null],
      ],
    });
    expect(text).toBe('\uFEFFPrénom;Note\r\n"Ana; ""la grande""";0,5\r\n"Ben\nDeux";\r\n');
  });

  it('turns a cell that a spreadsheet would run as a formula into text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(true)).toBe('oui');
  });
});

describe('xAPI export', () => {
  const events = [
    progressEvent('session.started', { sessionId: 's-1' }, 1),
    progressEvent('lesson.completed', { moduleId: 'm1', lessonId: 'm1-l1' }, 2),
    progressEvent('quiz.answered', { quizId: 'm1-quiz', attempt: 1, itemId: 'q-1', answer: 2, correct: false }, 3),
    progressEvent(
      'quiz.submitted',
      { quizId: 'm1-quiz', moduleId: 'm1', attempt: 1, score: 0.8, passed: true, byCompetency: {}, missedItemIds: [] },
      4,
    ),
    progressEvent('roleplay.finished', { roleplayId: 'rp-2', moduleId: 'm2', run: 1, ratio: 0.3, passed: false, scores: {} }, 5),
  ];
  const options = { homePage: 'https://relais.example/sites/demo', activityBase: 'https://relais.example/xapi/crcd' };

  it('writes an account actor with a pseudonymous name, ADL verbs, and the event time as timestamp (never stored)', async () => {
    const score = roleplayScoreFactory({
      learnerId: 'demo-marius',
      scoreId: 's1',
      at: '2026-01-07T09:00:00.000Z',
      source: { kind: 'run', roleplayId: 'rp-2', run: 1 },
      ratio: 0.8,
    });
    const statements = await xapiStatements(events, [score], options);
    expect(statements.map((s) => s.verb.id)).toEqual([
      VERBS.completed.id,
      VERBS.answered.id,
      VERBS.passed.id,
      VERBS.failed.id,
      VERBS.passed.id,
    ]);
    expect(statements.map((s) => s.verb.id)).toEqual([
      'http://adlnet.gov/expapi/verbs/completed',
      'http://adlnet.gov/expapi/verbs/answered',
      'http://adlnet.gov/expapi/verbs/passed',
      'http://adlnet.gov/expapi/verbs/failed',
      'http://adlnet.gov/expapi/verbs/passed',
    ]);
    for (const s of statements) {
      expect(s.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://relais.example/sites/demo', name: 'demo-marius' } });
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(s).not.toHaveProperty('stored');
      expect(JSON.stringify(s)).not.toContain('Marius');
    }
    expect(statements.slice(0, 4).map((s) => s.timestamp)).toEqual(events.slice(1).map((e) => e.at));
    expect(statements[1]?.result).toEqual({ success: false, response: '2' });
    expect(statements[2]?.result?.score).toEqual({ scaled: 0.8 });
    expect(statements[4]?.timestamp).toBe('2026-01-07T09:00:00.000Z');
  });

  it('gives the same statement ids for the same events (an LRS deduplicates a second export)', async () => {
    const a = await xapiStatements(events, [], options);
    const b = await xapiStatements(events, [], options);
    expect(a.map((s) => s.id)).toEqual(b.map((s) => s.id));
    expect(new Set(a.map((s) => s.id)).size).toBe(a.length);
  });
});
