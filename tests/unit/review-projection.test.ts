import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { projectReviewCards } from '../../src/domain/review/review-projection';
import { rateCard, scheduleMissed } from '../../src/domain/review/review-scheduler';
import { AppDb } from '../../src/storage/app-db';
import { ProgressRepository } from '../../src/storage/progress.repository';
import { ReviewRepository } from '../../src/storage/review.repository';
import { SyncRepository } from '../../src/storage/sync.repository';
import { progressEvent } from '../factories/event.factory';

const submitted = (seq: number, missed: string[], device = 'poste-1') =>
  progressEvent(
    'quiz.submitted',
    { quizId: 'q1', moduleId: 'm1', attempt: seq, score: 0.5, passed: false, byCompetency: {}, missedItemIds: missed },
    seq,
    'ana',
    device,
  );
const rated = (seq: number, itemId: string, rating: 1 | 2 | 3 | 4, device = 'poste-1') =>
  progressEvent('review.rated', { itemId, rating }, seq, 'ana', device);

describe('review cards as a projection of the log', () => {
  it('schedules missed items and rates reviews at the events’ own times', () => {
    const log = [submitted(1, ['i1', 'i2']), rated(2, 'i1', 3), submitted(3, ['i1'])];
    const cards = projectReviewCards(log);
    const at = (e: { at: string }) => new Date(e.at);
    const i1 = scheduleMissed(rateCard(scheduleMissed(undefined, at(log[0]!)), 3, at(log[1]!)), at(log[2]!));
    expect(cards.get('i1')).toEqual(i1);
    expect(cards.get('i2')).toEqual(scheduleMissed(undefined, at(log[0]!)));
    expect([...cards.keys()].sort()).toEqual(['i1', 'i2']);
  });

  it('gives the same cards whatever order two terminals’ events arrive in', () => {
    const log = [submitted(1, ['i1']), rated(2, 'i1', 1, 'poste-2'), rated(3, 'i1', 3)];
    expect(projectReviewCards([log[2]!, log[0]!, log[1]!])).toEqual(projectReviewCards(log));
  });

  it('live updates (event and cards in one transaction) and a rebuild from the log agree', async () => {
    const db = new AppDb(`reviews-${Math.random()}`);
    const repo = new ReviewRepository(db);
    const progress = new ProgressRepository(db);
    const author = { siteId: 'demo', learnerId: 'ana', deviceId: 'poste-1' };
    const quiz = { quizId: 'q1', moduleId: 'm1', attempt: 1, score: 0.5, passed: false, byCompetency: {}, missedItemIds: ['i1', 'i2'] };
    await repo.recordWithCards(progress, author, 'quiz.submitted', quiz);
    await repo.recordWithCards(progress, author, 'review.rated', { itemId: 'i1', rating: 3 });
    await repo.recordWithCards(progress, author, 'review.rated', { itemId: 'i2', rating: 1 });
    const live = await db.reviewCards.toArray();
    expect(live.map((c) => c.itemId).sort()).toEqual(['i1', 'i2']);
    // The same submission again (a power cut, then the learner submits again) moves nothing.
    expect((await repo.recordWithCards(progress, author, 'quiz.submitted', quiz)).fresh).toBe(false);
    expect(await db.reviewCards.toArray()).toEqual(live);
    expect(await db.events.count()).toBe(3);
    await repo.rebuild('ana');
    expect(await db.reviewCards.toArray()).toEqual(live);
    await db.delete();
  });

  it('a sync that brings the learner’s quiz from another terminal gives them its reviews here', async () => {
    const db = new AppDb(`reviews-sync-${Math.random()}`);
    const elsewhere = submitted(1, ['i7'], 'poste-2');
    await new SyncRepository(db).savePulled({ learners: [], events: [elsewhere], assessments: [] }, 5);
    const due = await new ReviewRepository(db).dueBy('ana', Date.parse(elsewhere.at));
    expect(due.map((d) => d.itemId)).toEqual(['i7']);
    await db.delete();
  });
});
