import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resumeAttempt, type AttemptProgress } from '../../src/domain/quiz/quiz-resume';
import { AppDb, STORES_V1, STORES_V2 } from '../../src/storage/app-db';
import { ProgressRepository } from '../../src/storage/progress.repository';
import { SyncRepository } from '../../src/storage/sync.repository';
import { progressEvent } from '../factories/event.factory';

const layout = { seed: 1, itemIds: ['q1', 'q2', 'q3'], optionOrder: {} };
const saved = (o: Partial<AttemptProgress> = {}): AttemptProgress => ({ attempt: 2, layout, answers: {}, checked: [], index: 0, ...o });

describe('a quiz attempt resumes from the event log', () => {
  it('counts an answer recorded after the last saved draft as checked, and resumes at the next question', () => {
    const draft = saved({ answers: { q1: 0 }, checked: ['q1'], index: 1 });
    const resumed = resumeAttempt(draft, [
      { attempt: 2, itemId: 'q1', answer: 0 },
      { attempt: 2, itemId: 'q2', answer: 3 },
    ]);
    expect(resumed.checked).toEqual(['q1', 'q2']);
    expect(resumed.answers.q2).toBe(3);
    expect(resumed.index).toBe(2);
  });

  it('ignores answers of other attempts and of items outside the layout', () => {
    const resumed = resumeAttempt(saved(), [
      { attempt: 1, itemId: 'q1', answer: 1 },
      { attempt: 2, itemId: 'other', answer: 1 },
    ]);
    expect(resumed).toEqual(saved());
  });

  it('stays on the last question, checked, when every answer is recorded (the next step is the result)', () => {
    const all = ['q1', 'q2', 'q3'].map((itemId) => ({ attempt: 2, itemId, answer: true }));
    const resumed = resumeAttempt(saved(), all);
    expect(resumed.index).toBe(2);
    expect(resumed.checked).toHaveLength(3);
  });
});

describe('an act that may happen once is recorded once', () => {
  let db: AppDb;
  let n = 0;
  beforeEach(() => {
    db = new AppDb(`once-${n++}`);
  });
  afterEach(async () => {
    await db.delete();
  });
  const author = { siteId: 'demo', learnerId: 'demo-marius', deviceId: 'poste-1' };
  const answer = { quizId: 'm1-quiz', attempt: 1, itemId: 'q1', answer: 2, correct: false };

  it('a second answer to the same item and attempt returns the first and writes nothing', async () => {
    const repo = new ProgressRepository(db);
    const first = await repo.append(author, 'quiz.answered', answer);
    const again = await repo.append(author, 'quiz.answered', { ...answer, answer: 1, correct: true });
    expect(again).toEqual(first);
    expect(await db.events.count()).toBe(1);
    await repo.append(author, 'quiz.answered', { ...answer, attempt: 2 });
    await repo.append(author, 'quiz.answered', { ...answer, itemId: 'q2' });
    expect(await db.events.count()).toBe(3);
  });

  it('an answer that came down from another terminal counts too, and the outbox never carries the local key', async () => {
    const sync = new SyncRepository(db);
    const pulled = progressEvent('quiz.answered', answer, 7, 'demo-marius', 'poste-2');
    await sync.savePulled({ learners: [], events: [pulled], assessments: [] }, 1);
    const repo = new ProgressRepository(db);
    expect(await repo.append(author, 'quiz.answered', answer)).toEqual(pulled);
    await repo.append(author, 'quiz.answered', { ...answer, itemId: 'q9' });
    const pending = await sync.pendingEvents('demo');
    expect(pending).toHaveLength(1);
    expect(Object.keys(pending[0] as object)).not.toContain('once');
  });

  it('a version 2 database gets the keys of its stored events on upgrade', async () => {
    const name = `once-upgrade-${n++}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(STORES_V1);
    v2.version(2).stores(STORES_V2);
    await v2.table('events').add({ ...progressEvent('quiz.answered', answer, 1), synced: 1 });
    await v2.table('events').add({ ...progressEvent('lesson.completed', { moduleId: 'm1', lessonId: 'l1' }, 2), synced: 1 });
    v2.close();
    const upgraded = new AppDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(12);
    expect(await upgraded.events.where('once').equals('demo-marius|quiz.answered|m1-quiz|1|q1').count()).toBe(1);
    expect((await upgraded.events.toArray()).filter((r) => r.once)).toHaveLength(1);
    await upgraded.delete();
  });
});
