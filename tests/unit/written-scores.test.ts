import { describe, expect, it } from 'vitest';
import { writtenReplyRows, writtenScoreId } from '../../src/domain/quiz/written-reply-scores';
import { roleplayScoreDocId } from '../../src/domain/records/ids';
import { checkSiteRecord } from '../../src/domain/records/record-validate';
import type { RoleplayScoreDoc } from '../../src/domain/records/trainer-work.schema';
import { masteryWithTrainerScores } from '../../src/domain/trainer/trainer-mastery';
import { latestScores } from '../../src/domain/trainer/trainer-score';
import { progressEvent } from '../factories/event.factory';
import { signedFactory } from '../factories/record.factory';

const reply = (itemId: string, attempt: number, seq: number) =>
  progressEvent(
    'written.submitted',
    { quizId: 'quiz-07', moduleId: 'm07', itemId, attempt, text: `Bonjour, réponse ${attempt}`, hintsSeen: false },
    seq,
  );

async function writtenScore(itemId: string, attempt: number, ratio: number, at: string): Promise<RoleplayScoreDoc> {
  const scoreId = writtenScoreId(itemId, attempt);
  return signedFactory({
    _id: roleplayScoreDocId('demo-marius', scoreId),
    schema: 1 as const,
    type: 'roleplay-score' as const,
    siteId: 'demo',
    learnerId: 'demo-marius',
    scoreId,
    source: { kind: 'written' as const, itemId, attempt },
    competencies: ['tr.ecrit-oral'],
    at,
    grades: { greeting: { level: 3 as const, comment: '' }, tone: { level: 1 as const, comment: 'Deux fautes' } },
    ratio,
    passed: ratio >= 0.6,
  }) as Promise<RoleplayScoreDoc>;
}

describe('trainer scores of written replies', () => {
  it('a signed written score passes the shared record check; an unknown source kind does not', async () => {
    const doc = await writtenScore('q07-w01', 1, 2 / 3, '2026-03-02T10:00:00.000Z');
    expect(checkSiteRecord(doc)).toMatchObject({ ok: true });
    const bad = { ...doc, source: { kind: 'essay', itemId: 'q07-w01', attempt: 1 } };
    expect(checkSiteRecord(bad).ok).toBe(false);
  });

  it('lists replies to score first, then the scored ones with their latest score', async () => {
    const events = [reply('q07-w01', 1, 1), reply('q07-w01', 2, 2), reply('q10-w01', 1, 3)];
    const scores = [
      await writtenScore('q07-w01', 1, 0.5, '2026-03-02T10:00:00.000Z'),
      await writtenScore('q07-w01', 1, 0.8, '2026-03-03T10:00:00.000Z'),
    ];
    const rows = writtenReplyRows(events, scores);
    expect(rows.map((r) => [r.itemId, r.attempt, r.score?.ratio ?? null])).toEqual([
      ['q10-w01', 1, null],
      ['q07-w01', 2, null],
      ['q07-w01', 1, 0.8],
    ]);
    expect(latestScores(scores).live).toEqual([]);
  });

  it('a written score counts as evidence for its competency in the trainer’s mastery', async () => {
    const ctx = {
      quizEvidence: {},
      roleplayEvidence: {},
      assessed: {},
      curriculum: { modules: [], competencies: [{ id: 'tr.ecrit-oral' }, { id: 'ccp1.information' }] },
    } as unknown as Parameters<typeof masteryWithTrainerScores>[0];
    const mastery = masteryWithTrainerScores(ctx, [], [await writtenScore('q07-w01', 1, 0.75, '2026-03-02T10:00:00.000Z')]);
    expect(mastery).toEqual({ 'tr.ecrit-oral': 0.75, 'ccp1.information': 0 });
  });

  it('score ids are slugs, the same for the same reply', () => {
    expect(writtenScoreId('m01.q3', 2)).toBe('w-m01-q3-2');
    expect(writtenScoreId('q07-w01', 1)).toBe(writtenScoreId('q07-w01', 1));
  });
});
