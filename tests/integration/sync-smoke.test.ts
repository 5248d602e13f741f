import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanLocals, enrol, local, remote, replicate, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';
import { eventsFactory } from '../factories/record.factory';

let server: TestServer;
beforeAll(async () => {
  server = await startSyncServer();
  await seedSite(server.admin, 'alpha', ['ana']);
});
afterAll(async () => {
  await server.stop();
  await cleanLocals();
});

describe('smoke', () => {
  it('pushes and pulls', async () => {
    const dev = await enrol(server, 'alpha', 't1');
    const db = await local();
    await db.bulkDocs(eventsFactory({ siteId: 'alpha', learnerId: 'ana', deviceId: 't1', count: 250 }));
    const r = remote(server.url, 'site-alpha', dev);
    const push = await replicate(db, r);
    expect(push.docs_written).toBe(250);
    const other = await local('b');
    const pull = await replicate(r, other);
    expect(pull.docs_written).toBe(252); // 250 events, the learner and the trainer key
  });
});
