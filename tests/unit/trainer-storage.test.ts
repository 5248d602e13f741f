import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDb, STORES_V1, STORES_V2 } from '../../src/storage/app-db';
import { SyncRepository } from '../../src/storage/sync.repository';
import { TrainerWorkRepository, type PrepareImport } from '../../src/storage/trainer/trainer-work.repository';
import type { LearnerDoc } from '../../src/domain/records/learner.schema';
import { signDoc, nextVersionFields } from '../../src/domain/sync/signed-doc';
import { demoTrainerKeys } from '../../src/domain/demo/demo-site';
import { learnerFactory } from '../factories/record.factory';
import { progressEvent } from '../factories/event.factory';
import { recordFactory } from '../support/record-factory';
import { ecfFactory } from '../support/report-factory';

/** A merge kept as it comes (the app re-homes and re-signs it; this checks the storage alone). */
const asIs =
  (learner: LearnerDoc): PrepareImport =>
  async (plan) => ({
    learner: plan.newLearner ? learner : undefined,
    events: plan.events,
    docs: [...plan.assessments, ...plan.work, ...plan.bilans],
  });

const freshDb = async () => {
  const db = new AppDb(`trainer-${Math.random()}`);
  await db.open();
  return db;
};

describe('trainer storage', () => {
  it('opens a version 2 database as version 3: data kept, trainer work and keys tables added', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(STORES_V1);
    v2.version(2).stores(STORES_V2);
    const event = { ...progressEvent('lesson.completed', { moduleId: 'm1', lessonId: 'm1-l1' }, 1), synced: 0 };
    await v2.table('events').add(event);
    v2.close();
    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(12);
    expect(await db.events.get(event._id)).toEqual(event);
    await db.trainerWork.put(ecfFactory({ learnerId: 'demo-marius', ecfId: 'ecf-1' }));
    expect(await db.trainerWork.where('[learnerId+type]').equals(['demo-marius', 'ecf']).count()).toBe(1);
    await db.delete();
  });

  it('stores a signed document only as version 1 or the direct successor of the stored one', async () => {
    const db = await freshDb();
    const repo = new TrainerWorkRepository(db);
    const { privateKey } = await demoTrainerKeys();
    const v1 = await signDoc(ecfFactory({ learnerId: 'demo-marius', ecfId: 'ecf-1' }), privateKey);
    expect(await repo.save(v1)).toEqual({ ok: true });
    const v2 = await signDoc({ ...v1, notes: 'Revu.', ...(await nextVersionFields(v1)) }, privateKey);
    expect(await repo.save(v2)).toEqual({ ok: true });
    expect(await repo.save(v1)).toMatchObject({ ok: false, reason: 'not-successor' });
    expect(await repo.save({ ...v2, ecfId: 'BAD ID' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect((await repo.get(v1._id))?.version).toBe(2);
    await db.delete();
  });

  it('imports a record in one transaction, all of it queued for the next push; then nothing more the second time', async () => {
    const db = await freshDb();
    const repo = new TrainerWorkRepository(db);
    const record = recordFactory();
    const learner = { ...(await learnerFactory('guyane', 'demo-marius')), firstName: 'Marius' };
    expect(await repo.importRecord(record, asIs(learner))).toEqual({ ok: true, newLearner: true, events: 3, documents: 2 });
    const data = await repo.learnerData('demo-marius');
    expect(data?.events.map((e) => e.at)).toEqual(record.events.map((e) => e.at));
    expect(data?.work).toHaveLength(2);
    const sync = new SyncRepository(db);
    expect((await sync.pendingEvents('demo')).map((e) => e._id)).toEqual(record.events.map((e) => e._id));
    expect((await sync.pendingSigned(learner.siteId)).map((d) => d._id)).toContain(learner._id);
    expect(await repo.importRecord(record, asIs(learner))).toEqual({ ok: true, newLearner: false, events: 0, documents: 0 });
    await db.delete();
  });

  it('leaves nothing half-imported: a refused history or a failing write changes nothing', async () => {
    const db = await freshDb();
    const repo = new TrainerWorkRepository(db);
    const learner = await learnerFactory('guyane', 'demo-marius');
    await db.learners.add(learner);
    await db.events.add({ ...progressEvent('lesson.completed', { moduleId: 'm2', lessonId: 'other' }, 1), synced: 1 });
    expect(await repo.importRecord(recordFactory(), asIs(learner))).toMatchObject({ ok: false, reason: 'different-history' });
    expect(await db.events.count()).toBe(1);
    expect(await db.trainerWork.count()).toBe(0);

    const broken = recordFactory('demo-kevin');
    broken.events.push(broken.events[0]!);
    await expect(repo.importRecord(broken, asIs({ ...learner, _id: 'learner:demo-kevin', learnerId: 'demo-kevin' }))).rejects.toThrow();
    expect(await db.learners.get('demo-kevin')).toBeUndefined();
    expect(await db.events.where('learnerId').equals('demo-kevin').count()).toBe(0);
    await db.delete();
  });

  it('keeps the trainer work and trainer keys a sync pulls, for the reports and for verifying record files', async () => {
    const db = await freshDb();
    const ecf = ecfFactory({ learnerId: 'demo-marius', ecfId: 'ecf-1' });
    const key = {
      _id: 'trainer-key:k-1',
      schema: 1 as const,
      type: 'trainer-key' as const,
      siteId: 'demo',
      keyId: 'k-1',
      trainerName: 'Formatrice',
      publicKey: 'AAAA',
      registeredAt: '2026-01-05T08:00:00.000Z',
    };
    await new SyncRepository(db).savePulled({ learners: [], events: [], assessments: [], trainerWork: [ecf], trainerKeys: [key] }, 7);
    const repo = new TrainerWorkRepository(db);
    expect(await repo.ofLearner('demo-marius')).toEqual([ecf]);
    expect(await repo.trainerKey('demo', 'k-1')).toBe('AAAA');
    expect(await repo.trainerKey('autre-site', 'k-1')).toBeUndefined();
    await db.delete();
  });
});
