import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { cleanLocals, enrol, local, remote, replicate, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';
import { eventsFactory } from '../factories/record.factory';
import { raw } from './helpers/raw';
import { startReferenceCouch, type ReferenceCouch } from './helpers/reference-couch';

let couch: ReferenceCouch;
let server: TestServer;
let dev: EnrolResponse;
const site = 'couch';

beforeAll(async () => {
  couch = await startReferenceCouch();
  server = await startSyncServer({ couchDbUrl: couch.url });
  await seedSite(server.admin, site, ['ana']);
  dev = await enrol(server, site, 't1');
});
afterAll(async () => {
  await server.stop();
  await couch.stop();
  await cleanLocals();
});

describe('[S1] COUCHDB_URL: the same gateway over a CouchDB-protocol server', () => {
  it('pushes and pulls through the gateway, with the same rules', async () => {
    const db = await local();
    const events = eventsFactory({ siteId: site, learnerId: 'ana', deviceId: 't1', count: 120 });
    await db.bulkDocs([...events, { ...eventsFactory({ siteId: site, learnerId: 'ana', deviceId: 'other', count: 1 })[0]! }]);
    const push = replicate(db, remote(server.url, `site-${site}`, dev));
    const res = await push;
    expect(res.docs_written).toBe(120);
    expect(push.denied).toHaveLength(1);
    const other = await local('pull');
    const pull = await replicate(remote(server.url, `site-${site}`, dev), other);
    expect(pull.docs_written).toBe(122); // 120 events, the learner and the trainer key
    // The changes feed paged with CouchDB's opaque sequences: a second pull finds nothing new.
    expect((await replicate(remote(server.url, `site-${site}`, dev), other)).docs_written).toBe(0);
  });

  it('[G3] the backend down gives 503, never 401/403; back up, sync goes on', async () => {
    await couch.pause();
    try {
      const r = await raw(server.url, { path: `/sync/site-${site}/_changes`, device: dev });
      expect(r.status).toBe(503);
      expect(r.json).toMatchObject({ error: 'unavailable' });
      const fresh = await raw(server.url, { path: `/sync/site-${site}`, device: { deviceId: 'never-seen', credential: 'x'.repeat(43) } });
      expect(fresh.status).toBe(503);
    } finally {
      await couch.resume();
    }
    const r = await raw(server.url, { path: `/sync/site-${site}/_changes?limit=1`, device: dev });
    expect(r.status).toBe(200);
  });
});

describe('[G3] embedded store failing', () => {
  it('answers 503 when the embedded store is closed under the server', async () => {
    const s = await startSyncServer();
    try {
      await seedSite(s.admin, site, ['ana']);
      const d = await enrol(s, site, 't1');
      await s.app.relais.backend.store.close();
      const r = await raw(s.url, { path: `/sync/site-${site}/_changes`, device: d });
      expect(r.status).toBe(503);
    } finally {
      await s.stop();
    }
  });
});
