import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { cleanLocals, enrol, local, remote, replicate, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';
import { eventsFactory } from '../factories/record.factory';
import { raw } from './helpers/raw';
import { startReferenceCouch, type ReferenceCouch } from './helpers/reference-couch';

const site = 'cp';
let couch: ReferenceCouch;
const servers: Record<'embedded' | 'couchdb', { server: TestServer; dev: EnrolResponse }> = {} as never;

beforeAll(async () => {
  couch = await startReferenceCouch();
  for (const mode of ['embedded', 'couchdb'] as const) {
    const limits = { ratePerSecond: 10_000, rateBurst: 10_000 };
    const server = await startSyncServer(mode === 'couchdb' ? { couchDbUrl: couch.url, limits } : { limits });
    await seedSite(server.admin, site, ['ana']);
    servers[mode] = { server, dev: await enrol(server, site, 't1') };
  }
});
afterAll(async () => {
  for (const s of Object.values(servers)) await s.server.stop();
  await couch.stop();
  await cleanLocals();
});

describe.each(['embedded', 'couchdb'] as const)('checkpoints (%s store)', (mode) => {
  const put = (id: string, body: object, db = `site-${site}`) =>
    raw(servers[mode].server.url, { method: 'PUT', path: `/sync/${db}/_local/${id}`, device: servers[mode].dev, body });
  const get = (id: string, db = `site-${site}`) =>
    raw(servers[mode].server.url, { path: `/sync/${db}/_local/${id}`, device: servers[mode].dev });

  it('[K3] a stale checkpoint revision is a 409 conflict, not a 500', async () => {
    const first = await put('stale', { last_seq: 1, session_id: 's1', history: [] });
    expect(first.status).toBe(201);
    const rev = (first.json as { rev: string }).rev;
    expect((await put('stale', { _rev: rev, last_seq: 2, session_id: 's2', history: [] })).status).toBe(201);
    const stale = await put('stale', { _rev: rev, last_seq: 3, session_id: 's3', history: [] });
    expect(stale.status).toBe(409);
    expect(stale.json).toEqual({ error: 'conflict', reason: expect.any(String) });
    expect((await put('stale', { last_seq: 4 })).status).toBe(409);
    expect((await get('stale')).json).toMatchObject({ _id: '_local/stale', last_seq: 2 });
  });

  it('[K3] two replications of one device at once both complete', async () => {
    const db = await local(`k3-${mode}`);
    await db.bulkDocs(eventsFactory({ siteId: site, learnerId: 'ana', deviceId: 't1', count: 300, from: 1 }));
    const target = () => remote(servers[mode].server.url, `site-${site}`, servers[mode].dev);
    const [a, b] = await Promise.all([replicate(db, target()), replicate(db, target())]);
    expect(a.ok && b.ok).toBe(true);
    expect(a.docs_written + b.docs_written).toBeGreaterThanOrEqual(300);
    expect((await replicate(db, target())).docs_read).toBe(0);
  });

  it.each([`site-${site}`, 'content'])('[K4] a device holds a bounded number of checkpoints in %s', async (db) => {
    for (let i = 0; i < 40; i++) expect((await put(`many-${i}`, { last_seq: i }, db)).status).toBe(201);
    const readable = (await Promise.all(Array.from({ length: 40 }, (_, i) => get(`many-${i}`, db)))).filter((r) => r.status === 200);
    expect(readable.length).toBeGreaterThan(0);
    expect(readable.length).toBeLessThanOrEqual(16);
  });

  it.each([
    ['a huge session_id', { session_id: 'x'.repeat(150_000) }],
    ['an object as last_seq', { last_seq: { a: 1 } }],
    ['a non-integer version', { version: 'v1' }],
    ['a replicator that is not a string', { replicator: ['pouchdb'] }],
    ['a history entry with other fields', { history: [{ session_id: 's', last_seq: 1, payload: 'x' }] }],
    ['a history entry with a huge session_id', { history: [{ session_id: 'x'.repeat(20_000), last_seq: 1 }] }],
    ['a malformed _rev', { _rev: 'not-a-rev' }],
  ])('[K2] a checkpoint with %s is refused', async (_label, body) => {
    expect((await put('typed', body)).status).toBe(400);
  });
});
