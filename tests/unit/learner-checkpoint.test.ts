import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { checkpoint, CHECKPOINT_EVERY, loadPath } from '../../src/app/learner-path-loader';
import { db } from '../../src/app/services';
import { replayLog } from '../../src/domain/path/path-replay';
import { ProgressRepository } from '../../src/storage/progress.repository';
import { realisticLog } from '../support/event-factory';
import { pathCurriculum } from '../support/path-factory';

const progress = new ProgressRepository(db);
const curriculum = pathCurriculum();

async function storeLog(count: number, learnerId = 'demo-marius') {
  const log = realisticLog(curriculum, count, learnerId);
  await db.events.bulkAdd(log.map((e) => ({ ...e, synced: 0 as const })));
  return log;
}

afterEach(async () => {
  await Promise.all([db.events.clear(), db.snapshots.clear()]);
});

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

  it('keeps learners apart: one learner’s snapshot and events never feed another’s path', async () => {
    await storeLog(700, 'demo-marius');
    await loadPath('demo-marius', curriculum, progress);
    const kevin = await loadPath('demo-kevin', curriculum, progress);
    expect(kevin.replayed).toBe(0);
    expect(kevin.actor.getSnapshot().context.eventCount).toBe(0);
  });
});
