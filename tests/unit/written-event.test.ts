import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_REPLY_CHARS } from '../../src/domain/content/written-reply.schema';
import { eventOnceKey } from '../../src/domain/records/event-once';
import { ProgressEvent } from '../../src/domain/records/progress-event.schema';
import { checkSiteRecord } from '../../src/domain/records/record-validate';
import { progressEvent } from '../factories/event.factory';

const reply = (text: string, attempt = 1) =>
  progressEvent('written.submitted', { quizId: 'quiz-07', moduleId: 'm07', itemId: 'q07-w01', attempt, text, hintsSeen: true }, 3);

describe('written.submitted event', () => {
  it('is a valid progress event for the terminal and for the server’s record check', () => {
    const e = reply('Bonjour Madame, votre colis arrive jeudi. Cordialement.');
    expect(v.safeParse(ProgressEvent, e).success).toBe(true);
    expect(checkSiteRecord(e).ok).toBe(true);
  });

  it(`is refused empty, over ${MAX_REPLY_CHARS} characters, at attempt 0 or with an unknown field`, () => {
    expect(v.safeParse(ProgressEvent, reply('')).success).toBe(false);
    expect(v.safeParse(ProgressEvent, reply('a'.repeat(MAX_REPLY_CHARS + 1))).success).toBe(false);
    expect(v.safeParse(ProgressEvent, reply('a'.repeat(MAX_REPLY_CHARS))).success).toBe(true);
    expect(v.safeParse(ProgressEvent, reply('Bonjour', 0)).success).toBe(false);
    const extra = reply('Bonjour');
    (extra.data as Record<string, unknown>).score = 1;
    expect(checkSiteRecord(extra).ok).toBe(false);
  });

  it('one reply per item and attempt is recorded once', () => {
    const a = reply('Bonjour', 2);
    expect(eventOnceKey('demo-marius', 'written.submitted', a.data as never)).toBe('demo-marius|written.submitted|q07-w01|2');
  });

  it('a session ends once (a reload may write its end a second time)', () => {
    const end = { sessionId: 's-abc', activeSeconds: 12, reason: 'signout' } as never;
    expect(eventOnceKey('demo-marius', 'session.ended', end)).toBe('demo-marius|session.ended|s-abc');
  });
});
