import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../src/storage/app-db';
import {
  deleteLearnerRecordings,
  learnerRecordings,
  markRunReviewed,
  purgeRecordings,
  recordingRetentionDays,
  recordingsUsage,
  runRecordings,
  saveRecording,
  setRecordingRetentionDays,
} from '../../src/storage/recordings';
import { recordingFactory } from '../factories/recording.factory';

const dbs: AppDb[] = [];
const freshDb = async () => {
  const db = new AppDb(`recordings-${Math.random()}`);
  await db.open();
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 11, day, hour)).toISOString();

describe('voice recordings on the terminal', () => {
  it('keeps a take with its audio, size and measures; lists a learner’s takes newest first', async () => {
    const db = await freshDb();
    const first = await saveRecording(db, recordingFactory({ createdAt: at(1), audioBytes: 1200 }));
    const second = await saveRecording(db, recordingFactory({ createdAt: at(2), sentenceId: 'micro-2' }));
    await saveRecording(db, recordingFactory({ learnerId: 'bob', createdAt: at(3) }));
    expect(first.removedOldest).toBe(0);
    expect(first.id).not.toBe(second.id);

    const rows = await learnerRecordings(db, 'ana');
    expect(rows.map((r) => r.id)).toEqual([second.id, first.id]);
    const kept = rows[1]!;
    expect(kept.bytes).toBe(1200);
    expect(kept.audio.size).toBe(1200);
    expect(kept.measures.speakingSeconds).toBe(3.2);
    expect(kept.sentenceId).toBe('micro-1');
  });

  it('over the take quota removes the learner’s oldest takes first, never another learner’s, and says how many', async () => {
    const db = await freshDb();
    const quota = { takes: 3, bytes: 1_000_000 };
    const ids: string[] = [];
    for (let day = 1; day <= 3; day++) ids.push((await saveRecording(db, recordingFactory({ createdAt: at(day) }), quota)).id);
    await saveRecording(db, recordingFactory({ learnerId: 'bob', createdAt: at(1) }), quota);

    const fourth = await saveRecording(db, recordingFactory({ createdAt: at(4) }), quota);
    expect(fourth.removedOldest).toBe(1);
    expect((await learnerRecordings(db, 'ana')).map((r) => r.id)).toEqual([fourth.id, ids[2], ids[1]]);
    expect(await learnerRecordings(db, 'bob')).toHaveLength(1);
  });

  it('over the size quota removes as many old takes as needed, but keeps the new one even when it alone is too big', async () => {
    const db = await freshDb();
    const quota = { takes: 100, bytes: 10_000 };
    for (let day = 1; day <= 4; day++) await saveRecording(db, recordingFactory({ createdAt: at(day), audioBytes: 2_000 }), quota);

    const big = await saveRecording(db, recordingFactory({ createdAt: at(5), audioBytes: 5_000 }), quota);
    expect(big.removedOldest).toBe(2);
    const left = await learnerRecordings(db, 'ana');
    expect(left.map((r) => r.createdAt)).toEqual([at(5), at(4), at(3)]);
    expect(left.reduce((s, r) => s + r.bytes, 0)).toBe(9_000);

    const huge = await saveRecording(db, recordingFactory({ createdAt: at(6), audioBytes: 20_000 }), quota);
    expect(huge.removedOldest).toBe(3);
    expect((await learnerRecordings(db, 'ana')).map((r) => r.id)).toEqual([huge.id]);
  });

  it('the default quota stops a learner at 200 takes', async () => {
    const db = await freshDb();
    await db.recordings.bulkPut(
      Array.from({ length: 200 }, (_, i) => ({
        ...recordingFactory({ createdAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString() }),
        id: `old-${String(i).padStart(3, '0')}`,
        bytes: 1000,
      })),
    );
    const saved = await saveRecording(db, recordingFactory({ createdAt: at(1) }));
    expect(saved.removedOldest).toBe(1);
    expect(await db.recordings.get('old-000')).toBeUndefined();
    expect(await db.recordings.count()).toBe(200);
  });

  it('purges the takes older than the retention period, of every learner', async () => {
    const db = await freshDb();
    await saveRecording(db, recordingFactory({ createdAt: at(1) }));
    await saveRecording(db, recordingFactory({ learnerId: 'bob', createdAt: at(2) }));
    const recent = await saveRecording(db, recordingFactory({ createdAt: at(9) }));

    expect(await purgeRecordings(db, new Date(at(10)), 30)).toBe(0);
    expect(await purgeRecordings(db, new Date(at(10)), 7)).toBe(2);
    expect((await db.recordings.toArray()).map((r) => r.id)).toEqual([recent.id]);
  });

  it('deletes every take of one learner and only his', async () => {
    const db = await freshDb();
    await saveRecording(db, recordingFactory({ createdAt: at(1) }));
    await saveRecording(db, recordingFactory({ createdAt: at(2) }));
    await saveRecording(db, recordingFactory({ learnerId: 'bob', createdAt: at(2) }));
    expect(await deleteLearnerRecordings(db, 'ana')).toBe(2);
    expect(await learnerRecordings(db, 'ana')).toEqual([]);
    expect(await learnerRecordings(db, 'bob')).toHaveLength(1);
  });

  it('lists a role-play run’s answers by step, and deletes them once the trainer has reviewed the run', async () => {
    const db = await freshDb();
    const answer = (step: number, run = 1, createdAt = at(1, 10 + step)) =>
      recordingFactory({ kind: 'roleplay', sentenceId: undefined, roleplayId: 'rp-accueil', run, step, createdAt });
    await saveRecording(db, answer(2));
    await saveRecording(db, answer(0));
    await saveRecording(db, answer(1));
    await saveRecording(db, answer(0, 2));
    await saveRecording(db, recordingFactory({ createdAt: at(1) }));

    expect((await runRecordings(db, 'ana', 'rp-accueil', 1)).map((r) => r.step)).toEqual([0, 1, 2]);
    await markRunReviewed(db, 'ana', 'rp-accueil', 1, at(2));
    expect(await runRecordings(db, 'ana', 'rp-accueil', 1)).toEqual([]);
    expect(await runRecordings(db, 'ana', 'rp-accueil', 2)).toHaveLength(1);
    expect(await learnerRecordings(db, 'ana')).toHaveLength(2);
  });

  it('reports the space used: takes, bytes and learners', async () => {
    const db = await freshDb();
    expect(await recordingsUsage(db)).toEqual({ count: 0, bytes: 0, learners: 0 });
    await saveRecording(db, recordingFactory({ createdAt: at(1), audioBytes: 1500 }));
    await saveRecording(db, recordingFactory({ createdAt: at(2), audioBytes: 500 }));
    await saveRecording(db, recordingFactory({ learnerId: 'bob', createdAt: at(2), audioBytes: 250 }));
    expect(await recordingsUsage(db)).toEqual({ count: 3, bytes: 2250, learners: 2 });
  });
});

describe('the recordings’ retention setting of the terminal', () => {
  it('is 30 days until the staff set another period of 1 to 365 days', async () => {
    const db = await freshDb();
    expect(await recordingRetentionDays(db)).toBe(30);
    await setRecordingRetentionDays(db, 7);
    expect(await recordingRetentionDays(db)).toBe(7);
    for (const bad of [0, -3, 2.5, 366, Number.NaN]) await expect(setRecordingRetentionDays(db, bad)).rejects.toThrow(RangeError);
    expect(await recordingRetentionDays(db)).toBe(7);
  });
});
