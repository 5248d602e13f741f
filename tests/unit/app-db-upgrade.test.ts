import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ACTIVE_PACK_KEY } from '../../src/storage/active-pack';
import { AppDb, STORES_V1, STORES_V11, STORES_V2, STORES_V3, STORES_V4, STORES_V5, STORES_V6 } from '../../src/storage/app-db';
import { learnerRecordings, saveRecording } from '../../src/storage/recordings';
import { recordingFactory } from '../factories/recording.factory';
import { importPack, packToRows } from '../../src/storage/content-import';
import { ContentRepository } from '../../src/storage/content.repository';
import { makePack } from '../factories/pack.factory';
import { packHash } from '../../src/domain/content/pack-hash';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { bilanFactory, trainerFactory } from '../support/trainer-factory';
import { assessmentFactory, eventFactory } from '../factories/record.factory';

/** The version every older terminal database opens at. */
const LATEST_VERSION = 12;

describe('app database upgrades', () => {
  it('opens a version 1 terminal database as version 2: data kept, assessments table added', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(STORES_V1);
    const event = { ...eventFactory({ siteId: 'demo', learnerId: 'ana', deviceId: 'poste-1', seq: 1 }), synced: 0 };
    await v1.table('events').add(event);
    await v1.table('meta').put({ key: 'deviceId', value: 'poste-1' });
    v1.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.events.get(event._id)).toEqual(event);
    expect((await db.meta.get('deviceId'))?.value).toBe('poste-1');
    const bilan = await assessmentFactory({ siteId: 'demo', learnerId: 'ana', assessmentId: 'b1', at: '2026-02-01T10:00:00.000Z' });
    await db.assessments.put(bilan);
    expect(await db.assessments.where('learnerId').equals('ana').count()).toBe(1);
    await db.delete();
  });

  it('opens a version 2 terminal database as version 3: data kept, trainer stores added', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(STORES_V1);
    v2.version(2).stores(STORES_V2);
    const event = { ...eventFactory({ siteId: 'demo', learnerId: 'ana', deviceId: 'poste-1', seq: 1 }), synced: 0 };
    await v2.table('events').add(event);
    const assessment = await assessmentFactory({ siteId: 'demo', learnerId: 'ana', assessmentId: 'b1', at: '2026-02-01T10:00:00.000Z' });
    await v2.table('assessments').add(assessment);
    v2.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.events.get(event._id)).toEqual(event);
    expect(await db.assessments.get(assessment._id)).toEqual(assessment);
    const bilan = await bilanFactory(await trainerFactory(), { siteId: 'demo', learnerId: 'ana', plan: { exempt: ['m-accueil'] } });
    await db.transaction('rw', db.bilans, db.signedOutbox, async () => {
      await db.bilans.put(bilan);
      await db.signedOutbox.put({ _id: bilan._id, doc: bilan, synced: 0 });
    });
    expect(await db.bilans.where('learnerId').equals('ana').count()).toBe(1);
    expect(await db.signedOutbox.where('synced').equals(0).count()).toBe(1);
    expect(await db.trainerVaults.count()).toBe(0);
    await db.delete();
  });

  it('opens a version 3 terminal database at the latest version: quiz items kept and found without their indexes', async () => {
    const name = `upgrade-v4-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(STORES_V1);
    v3.version(2).stores(STORES_V2);
    v3.version(3).stores(STORES_V3);
    const pack = await makePack({ modules: 2, items: 40 });
    const rows = packToRows(pack);
    await v3.table('quizItems').bulkPut(rows.quizItems);
    await v3.table('modules').bulkPut(rows.modules);
    await v3
      .table('packs')
      .put({ hash: pack.hash, status: 'active', builtAt: pack.builtAt, programme: pack.programme, placement: null, rowCount: 42 });
    await v3.table('meta').put({ key: ACTIVE_PACK_KEY, value: pack.hash });
    v3.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.quizItems.schema.indexes).toEqual([]);
    const repo = new ContentRepository(db);
    expect((await repo.items(['m0-i3', 'm1-i7'])).map((i) => i.id)).toEqual(['m0-i3', 'm1-i7']);
    expect((await repo.itemsOf('m1')).map((i) => i.id).sort()).toEqual(
      rows.quizItems
        .filter((r) => r.moduleId === 'm1')
        .map((r) => r.id)
        .sort(),
    );
    // The next import replaces the old pack's items, found by their key range.
    const next = await makePack({ modules: 1, items: 5, titlePrefix: 'Nouveau' });
    expect(await importPack(db, next)).toMatchObject({ ok: true, status: 'imported' });
    expect(await db.quizItems.count()).toBe(5);
    await db.delete();
  });

  it('opens a version 4 terminal database as version 5: data kept, published site modules table added', async () => {
    const name = `upgrade-v5-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(1).stores(STORES_V1);
    v4.version(2).stores(STORES_V2);
    v4.version(3).stores(STORES_V3);
    v4.version(4).stores(STORES_V4);
    const event = { ...eventFactory({ siteId: 'demo', learnerId: 'ana', deviceId: 'poste-1', seq: 1 }), synced: 0 };
    await v4.table('events').add(event);
    const draft = {
      key: 'authoring:demo-accueil',
      learnerId: 'authoring:demo',
      value: { moduleId: 'demo-accueil' },
      updatedAt: '2026-12-02T10:00:00.000Z',
    };
    await v4.table('drafts').put(draft);
    v4.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.events.get(event._id)).toEqual(event);
    expect((await db.drafts.get('authoring:demo-accueil'))?.value).toEqual({ moduleId: 'demo-accueil' });
    expect(await db.siteModules.count()).toBe(0);
    await db.delete();
  });

  it('opens a version 5 terminal database as version 11: content kept, a pack’s trainer sheets stored apart and removed with it', async () => {
    const name = `upgrade-v11-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(1).stores(STORES_V1);
    v5.version(2).stores(STORES_V2);
    v5.version(3).stores(STORES_V3);
    v5.version(4).stores(STORES_V4);
    v5.version(5).stores({ siteModules: '&[moduleId+version], moduleId' });
    const event = { ...eventFactory({ siteId: 'demo', learnerId: 'ana', deviceId: 'poste-1', seq: 1 }), synced: 0 };
    await v5.table('events').add(event);
    v5.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.events.get(event._id)).toEqual(event);
    const base = await makePack({ modules: 2 });
    const sheet = {
      objectives: ['saluer'],
      sequences: [{ title: 'Jour 1', hours: 10, kind: 'apport' as const, steps: ['Un pas'], material: [] }],
      drills: [{ title: 'Dictée', minutes: 10, instructions: 'Dictez' }],
      callerBriefs: [],
    };
    const { kind, format, hash: _h, builtAt, ...body } = base;
    const withSheet = { ...body, modules: body.modules.map((m, i) => (i === 0 ? { ...m, trainerSheet: sheet } : m)) };
    const pack: ContentPack = { kind, format, builtAt, ...withSheet, hash: await packHash(withSheet) };
    expect((await importPack(db, pack)).ok).toBe(true);
    const repo = new ContentRepository(db);
    expect(await repo.trainerSheet(pack.modules[0]!.id)).toEqual(sheet);
    expect(await repo.trainerSheet(pack.modules[1]!.id)).toBeUndefined();
    expect(await repo.module(pack.modules[0]!.id)).not.toHaveProperty('trainerSheet');
    // A newer pack without sheets replaces it: the old pack's sheet rows go with it.
    expect((await importPack(db, await makePack({ modules: 2, titlePrefix: 'Autre' }))).ok).toBe(true);
    expect(await db.trainerSheets.count()).toBe(0);
    await db.delete();
  });

  it('opens a version 5 terminal database as version 6: a site module waiting in the outbox moves under its version key', async () => {
    const name = `upgrade-v6-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(1).stores(STORES_V1);
    v5.version(2).stores(STORES_V2);
    v5.version(3).stores(STORES_V3);
    v5.version(4).stores(STORES_V4);
    v5.version(5).stores(STORES_V5);
    const module = { _id: 'site-module:demo-accueil', type: 'content-site-module', siteId: 'demo', version: 2 };
    const learner = { _id: 'learner:demo-ana', type: 'learner', siteId: 'demo', version: 3 };
    await v5.table('signedOutbox').bulkPut([
      { _id: module._id, doc: module, synced: 0 },
      { _id: learner._id, doc: learner, synced: 1 },
    ]);
    v5.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.signedOutbox.toArray()).toEqual([
      { _id: learner._id, doc: learner, synced: 1 },
      { _id: 'site-module:demo-accueil@2', doc: module, synced: 0 },
    ]);
    await db.delete();
  });

  it('opens a version 11 terminal database as version 12: data kept, an empty recordings table added', async () => {
    const name = `upgrade-v12-${Math.random()}`;
    const v11 = new Dexie(name);
    v11.version(1).stores(STORES_V1);
    v11.version(2).stores(STORES_V2);
    v11.version(3).stores(STORES_V3);
    v11.version(4).stores(STORES_V4);
    v11.version(5).stores(STORES_V5);
    v11.version(6).stores(STORES_V6);
    v11.version(11).stores(STORES_V11);
    const event = { ...eventFactory({ siteId: 'demo', learnerId: 'ana', deviceId: 'poste-1', seq: 1 }), synced: 0 };
    await v11.table('events').add(event);
    await v11.table('trainerSheets').put({ packHash: 'h1', moduleId: 'm1', sheet: { objectives: ['saluer'] } });
    await v11.table('meta').put({ key: 'deviceId', value: 'poste-1' });
    v11.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.events.get(event._id)).toEqual(event);
    expect((await db.trainerSheets.get(['h1', 'm1']))?.sheet).toEqual({ objectives: ['saluer'] });
    expect((await db.meta.get('deviceId'))?.value).toBe('poste-1');
    expect(await db.recordings.count()).toBe(0);
    const { id } = await saveRecording(db, recordingFactory({ learnerId: 'ana' }));
    expect((await learnerRecordings(db, 'ana')).map((r) => r.id)).toEqual([id]);
    await db.delete();
  });

  it('writes with strict durability: a write resolves once it is on disk, not just handed to the system', async () => {
    const db = new AppDb(`durability-${Math.random()}`);
    const durability = await db.transaction('rw', db.meta, (tx) => (tx as unknown as { idbtrans: IDBTransaction }).idbtrans.durability);
    expect(durability).toBe('strict');
    await db.delete();
  });
});
