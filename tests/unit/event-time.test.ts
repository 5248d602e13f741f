import { describe, expect, it } from 'vitest';
import { clockFlag, clockLooksWrong, effectiveAt } from '../../src/domain/records/event-time';
import { replayLog } from '../../src/domain/path/path-replay';
import { projectReviewCards } from '../../src/domain/review/review-projection';
import type { ProgressEvent } from '../../src/domain/records/progress-event.schema';
import { progressEvent } from '../factories/event.factory';
import { pathCurriculum } from '../factories/path.factory';

const RECEIVED = '2026-03-02T10:00:00.000Z';
const failedQuiz = (at: string, clock?: 'future' | 'before-learner'): ProgressEvent => ({
  ...progressEvent(
    'quiz.submitted',
    { quizId: 'm1-quiz', moduleId: 'm1', attempt: 1, score: 0.2, passed: false, byCompetency: {}, missedItemIds: ['i-1'] },
    1,
  ),
  at,
  receipt: clock ? { at: RECEIVED, clock } : { at: RECEIVED },
});

describe('event times', () => {
  it('[W18] flags a device time in the future beyond the skew, or before the learner existed', () => {
    expect(clockFlag('2099-01-01T00:00:00.000Z', RECEIVED, '2026-01-05T08:00:00.000Z')).toBe('future');
    expect(clockFlag('1970-01-01T00:00:00.000Z', RECEIVED, '2026-01-05T08:00:00.000Z')).toBe('before-learner');
    expect(clockFlag('2026-03-02T10:05:00.000Z', RECEIVED, '2026-01-05T08:00:00.000Z')).toBeUndefined();
    expect(clockFlag('2026-02-01T10:00:00.000Z', RECEIVED, '2026-01-05T08:00:00.000Z')).toBeUndefined();
  });

  it('[W18] the path and the review cards fall back on the receipt time where the device time is flagged', () => {
    const flagged = failedQuiz('2099-01-01T00:00:00.000Z', 'future');
    const trusted = failedQuiz('2026-02-01T10:00:00.000Z');
    expect(effectiveAt(flagged)).toBe(RECEIVED);
    expect(effectiveAt(trusted)).toBe('2026-02-01T10:00:00.000Z');
    const quizzes = (e: ProgressEvent) => replayLog(pathCurriculum(), [e]).getSnapshot().context.quizzes['m1-quiz'];
    expect(quizzes(flagged)?.lastFailedAt).toBe(RECEIVED);
    expect(quizzes(trusted)?.lastFailedAt).toBe('2026-02-01T10:00:00.000Z');
    // A review card scheduled in 2099 would never come back; at the receipt time it does.
    const card = projectReviewCards([flagged]).get('i-1') as { due: string } | undefined;
    expect(Date.parse(card?.due ?? '')).toBeLessThan(Date.parse('2027-01-01T00:00:00.000Z'));
  });

  it('says when a terminal’s clock is off from the server’s by more than the skew', () => {
    const server = Date.parse(RECEIVED);
    expect(clockLooksWrong(server + 60_000, server)).toBe(false);
    expect(clockLooksWrong(server - 3 * 3600_000, server)).toBe(true);
  });
});
