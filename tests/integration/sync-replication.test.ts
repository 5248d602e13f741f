import PouchDB from 'pouchdb-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemblePack } from '../../src/domain/sync/content-docs';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { makePack } from '../factories/pack.factory';
import { cleanLocals, enrol, local, remote, replicate, seedSite, startSyncServer, type Db, type TestServer } from './helpers/sync-server';
import { eventFactory, eventsFactory } from '../factories/record.factory';
import { raw } from './helpers/raw';

let server: TestServer;
let t1: EnrolResponse;
let t2: EnrolResponse;
const site = 'repl';

beforeAll(async () => {
  server = await startSyncServer();
  await seedSite(server.admin, site, ['ana', 'ben']);
  await seedSite(server.admin, 'elsewhere', ['zoe']);
  t1 = await enrol(server, site, 't1');
  t2 = await enrol(server, site, 't2');
});
afterAll(async () => {
  await server.stop();
  await cleanLocals();
});

const eventIds = async (db: Db) => (await db.allDocs()).rows.map((r) => r.id).filter((id) => id.startsWith('event:'));

describe('push and pull with real PouchDB clients', () => {
  it('[W0] one invalid document among valid ones: the valid ones land and the sync goes on', async () => {
    const db = await local('w0');
    const valid = eventsFactory({ siteId: site, learnerId: 'ana', deviceId: 't1', count: 300 });
    const invalid = { ...eventFactory({ siteId: site, learnerId: 'ana', deviceId: 't1', seq: 301 }), data: { nope: true } };
    await db.bulkDocs([...valid.slice(0, 150), invalid, ...valid.slice(150)]);
    const push = replicate(db, remote(server.url, `site-${site}`, t1));
    const res = await push;
    expect(res.ok).toBe(true);
    expect(res.docs_written).toBe(300);
    expect(res.doc_write_failures).toBe(1);
    expect(push.denied).toEqual([expect.objectContaining({ id: 'event:ana:t1:0000000301', error: 'forbidden' })]);
    // The next sync carries on past the refused document.
    await db.bulkDocs(eventsFactory({ siteId: site, learnerId: 'ana', deviceId: 't1', count: 5, from: 302 }));
    expect((await replicate(db, remote(server.url, `site-${site}`, t1))).docs_written).toBe(5);
  });

  it('[D3] two terminals syncing the same learner converge', async () => {
    const a = await local('a');
    const b = await local('b');
    await a.bulkDocs(eventsFactory({ siteId: site, learnerId: 'ben', deviceId: 't1', count: 40, from: 1000 }));
    await b.bulkDocs(eventsFactory({ siteId: site, learnerId: 'ben', deviceId: 't2', count: 60 }));
    const sync = async (db: Db, dev: EnrolResponse) => {
      await replicate(db, remote(server.url, `site-${site}`, dev));
      await replicate(remote(server.url, `site-${site}`, dev), db);
    };
    await Promise.all([sync(a, t1), sync(b, t2)]);
    await sync(a, t1);
    await sync(b, t2);
    const [ia, ib] = [await eventIds(a), await eventIds(b)];
    expect(ia).toEqual(ib);
    expect(ia.filter((id) => id.startsWith('event:ben:'))).toHaveLength(100);
    const withConflicts = (await a.allDocs({ include_docs: true, conflicts: true })).rows.filter(
      (r) => (r.doc as { _conflicts?: unknown })?._conflicts,
    );
    expect(withConflicts).toEqual([]);
  });

  it("[P1] a pull brings only the device's own site", async () => {
    const db = await local('p1');
    await replicate(remote(server.url, `site-${site}`, t1), db);
    const docs = (await db.allDocs({ include_docs: true })).rows.map((r) => r.doc as { siteId?: string });
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((d) => d.siteId === site)).toBe(true);
    await expect(replicate(remote(server.url, 'site-elsewhere', t1), db)).rejects.toMatchObject({ status: 404 });
  });

  it("[K1] checkpoints are per device: one device never reads or moves another's", async () => {
    const put = (dev: EnrolResponse, body: object) =>
      raw(server.url, { method: 'PUT', path: `/sync/site-${site}/_local/shared-id`, device: dev, body });
    expect((await put(t1, { _id: '_local/shared-id', last_seq: 7, session_id: 's1', history: [] })).status).toBe(201);
    expect((await raw(server.url, { path: `/sync/site-${site}/_local/shared-id`, device: t2 })).status).toBe(404);
    expect((await put(t2, { _id: '_local/shared-id', last_seq: 99 })).status).toBe(201);
    const mine = (await raw(server.url, { path: `/sync/site-${site}/_local/shared-id`, device: t1 })).json as {
      _id: string;
      last_seq: number;
    };
    expect(mine).toMatchObject({ _id: '_local/shared-id', last_seq: 7 });
    // The checkpoint works: a second replication of an unchanged database reads nothing.
    const db = await local('k1');
    await db.bulkDocs(eventsFactory({ siteId: site, learnerId: 'ana', deviceId: 't1', count: 10, from: 5000 }));
    await replicate(db, remote(server.url, `site-${site}`, t1));
    expect((await replicate(db, remote(server.url, `site-${site}`, t1))).docs_read).toBe(0);
  });

  it('[K2] a checkpoint body holds checkpoint fields only, within the small body limit', async () => {
    const put = (body: object | string) => raw(server.url, { method: 'PUT', path: `/sync/site-${site}/_local/cp`, device: t1, body });
    expect((await put({ _id: '_local/cp', last_seq: 1, payload: 'x' })).status).toBe(400);
    expect((await put({ _id: '_local/other', last_seq: 1 })).status).toBe(400);
    expect((await put({ last_seq: 1, history: 'x'.repeat(300_000) })).status).toBe(413);
    expect((await raw(server.url, { path: `/sync/site-${site}/_local/bad%20id`, device: t1 })).status).toBe(404);
  });

  it("[C2] a live pull (longpoll) receives another terminal's push within moments", async () => {
    const db = await local('c2');
    const live = PouchDB.replicate(remote(server.url, `site-${site}`, t2), db, {
      live: true,
      retry: false,
      heartbeat: 10_000,
      timeout: 20_000,
    } as PouchDB.Replication.ReplicateOptions);
    try {
      await new Promise<void>((resolve) => live.on('paused', () => resolve()));
      const pusher = await local('c2-push');
      await pusher.put(eventFactory({ siteId: site, learnerId: 'ana', deviceId: 't1', seq: 9000 }));
      await replicate(pusher, remote(server.url, `site-${site}`, t1));
      await expect
        .poll(
          () =>
            db.get('event:ana:t1:0000009000').then(
              () => true,
              () => false,
            ),
          { timeout: 10_000 },
        )
        .toBe(true);
    } finally {
      live.cancel();
    }
  });

  it('[C2] an empty longpoll answers at its clamped timeout', async () => {
    const limited = await startSyncServer({ limits: { longpollMaxMs: 500 } });
    try {
      await seedSite(limited.admin, site, ['ana']);
      const d = await enrol(limited, site, 't1');
      const started = Date.now();
      const r = await raw(limited.url, { path: `/sync/site-${site}/_changes?feed=longpoll&since=now&timeout=600000`, device: d });
      expect(r.status).toBe(200);
      expect((r.json as { results: unknown[] }).results).toEqual([]);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await limited.stop();
    }
  });

  it('[P4] published content comes down and assembles into the published pack', async () => {
    const pack = await makePack({ modules: 3, items: 6 });
    await server.admin.publishPack(pack);
    const db = await local('content');
    await replicate(remote(server.url, 'content', t1), db);
    const docs = (await db.allDocs({ include_docs: true })).rows.map((r) => r.doc);
    const assembled = await assemblePack(docs);
    expect(assembled.ok && assembled.pack.hash).toBe(pack.hash);
  });
});
