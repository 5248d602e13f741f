import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { checkpoint, CHECKPOINT_EVERY, loadPath } from '../../src/app/learner/learner-path-loader';
import { db } from '../../src/app/shell/services';
import { moduleStatuses } from '../../src/domain/path/path-derive';
import { replayLog } from '../../src/domain/path/path-replay';
import { ProgressRepository } from '../../src/storage/progress.repository';
import { assessmentFactory } from '../factories/record.factory';
import { progressEvent, realisticLog } from '../factories/event.factory';
import { pathCurriculum } from '../factories/path.factory';

const progress = new ProgressRepository(db);
const curriculum = pathCurriculum();

async function storeLog(count: number, learnerId = 'demo-marius') {
  const log = realisticLog(curriculum, count, learnerId);
  await db.events.bulkAdd(log.map((e) => ({ ...e, synced: 0 as const })));
  return log;
}

afterEach(async () => {
  await Promise.all([db.events.clear(), db.snapshots.clear(), db.assessments.clear()]);
});

/** Passes m1 (two lessons, then its quiz) as events 1–3, one second apart from 08:00:01. */
function passM1(learnerId = 'demo-marius') {
  return [
    progressEvent('lesson.completed', { moduleId: 'm1', lessonId: 'm1-l1' }, 1, learnerId),
    progressEvent('lesson.completed', { moduleId: 'm1', lessonId: 'm1-l2' }, 2, learnerId),
    progressEvent(
      'quiz.submitted',
      {
        quizId: 'm1-quiz',
        moduleId: 'm1',
        attempt: 1,
        score: 1,
        passed: true,
        byCompetency: { 'c-a': { correct: 4, total: 4 } },
        missedItemIds: [],
      },
      3,
      learnerId,
    ),
  ];
}

describe('path checkpoints', () => {
  it('a long log is checkpointed, so the next start-up replays only what came after', async () => {
    const log = await storeLog(3000);
    const first = await loadPath('demo-marius', curriculum, progress);
    expect(first.replayed).toBe(3000);
    expect((await db.snapshots.get('demo-marius'))?.throughSeq).toBe(3000);

    const extra = realisticLog(curriculum, 3400).slice(3000);
    await db.events.bulkAdd(extra.map((e) => ({ ...e, synced: 0 as const })));
    const second = await loadPath('demo-marius', curriculum, progress);
    expect(second.replayed).toBe(400);
    expect(second.replayed).toBeLessThanOrEqual(2 * CHECKPOINT_EVERY);
    const straight = replayLog(curriculum, [...log, ...extra]).getSnapshot();
    expect(second.actor.getSnapshot().context).toEqual(straight.context);
    expect(second.actor.getSnapshot().value).toEqual(straight.value);
  });

  it('replays from the start when the snapshot is no longer whole or the pack changed', async () => {
    const log = await storeLog(600);
    const loaded = await loadPath('demo-marius', curriculum, progress);
    await checkpoint('demo-marius', loaded);
    // An older event arrives from another terminal: the snapshot no longer covers every seq ≤ throughSeq.
    await db.events.delete(log[10]!._id);
    expect((await loadPath('demo-marius', curriculum, progress)).replayed).toBe(599);
    const otherPack = { ...curriculum, packHash: 'b'.repeat(64) };
    expect((await loadPath('demo-marius', otherPack, progress)).replayed).toBe(599);
  });

  it('folds a trainer’s assessments in by time, and a new one pulled later is taken into account', async () => {
    const log = passM1();
    await db.events.bulkAdd(log.map((e) => ({ ...e, synced: 0 as const })));
    const before = await loadPath('demo-marius', curriculum, progress);
    expect(moduleStatuses(before.actor.getSnapshot().context).m1).toBe('passed');
    await checkpoint('demo-marius', before);

    // A bilan de suivi after the quiz asks to review m1; it arrives with a sync.
    const review = await assessmentFactory({
      siteId: 'demo',
      learnerId: 'demo-marius',
      assessmentId: 'suivi-1',
      at: '2026-01-05T08:00:10.000Z',
      decisions: [{ moduleId: 'm1', decision: 'review' }],
    });
    await db.assessments.put(review);
    const after = await loadPath('demo-marius', curriculum, progress);
    expect(after.replayed).toBe(3);
    expect(moduleStatuses(after.actor.getSnapshot().context).m1).toBe('needs-review');

    // The same decision dated before the quiz is overtaken by the quiz passed after it.
    await db.assessments.put({ ...review, at: '2026-01-05T08:00:02.500Z' });
    const earlier = await loadPath('demo-marius', curriculum, progress);
    expect(moduleStatuses(earlier.actor.getSnapshot().context).m1).toBe('passed');
    expect(earlier.actor.getSnapshot().context).toEqual(
      replayLog(curriculum, log, undefined, [{ ...review, at: '2026-01-05T08:00:02.500Z' }]).getSnapshot().context,
    );

    // Another learner's assessment changes nothing here.
    await db.assessments.put(
      await assessmentFactory({
        siteId: 'demo',
        learnerId: 'demo-kevin',
        assessmentId: 'suivi-2',
        at: '2026-01-05T09:00:00.000Z',
        decisions: [{ moduleId: 'm1', decision: 'review' }],
      }),
    );
    expect(moduleStatuses((await loadPath('demo-marius', curriculum, progress)).actor.getSnapshot().context).m1).toBe('passed');
  });

  it('keeps learners apart: one learner’s snapshot and events never feed another’s path', async () => {
    await storeLog(700, 'demo-marius');
    await loadPath('demo-marius', curriculum, progress);
    const kevin = await loadPath('demo-kevin', curriculum, progress);
    expect(kevin.replayed).toBe(0);
    expect(kevin.actor.getSnapshot().context.eventCount).toBe(0);
  });
});
