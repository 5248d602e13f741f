import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { cleanLocals, enrol, local, remote, replicate, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';
import { eventFactory, eventsFactory } from '../factories/record.factory';
import { raw } from './helpers/raw';

let server: TestServer;
let dev: EnrolResponse;
const APP = 'http://relais.local:8080';

beforeAll(async () => {
  server = await startSyncServer({ appOrigin: APP });
  await seedSite(server.admin, 'gw', ['ana']);
  dev = await enrol(server, 'gw', 't1');
});
afterAll(async () => {
  await server.stop();
  await cleanLocals();
});

describe('gateway', () => {
  it('[G5] CORS answers exactly the app origin, and nothing else', async () => {
    const pre = await raw(server.url, {
      method: 'OPTIONS',
      path: '/sync/site-gw/_bulk_docs',
      headers: { origin: APP, 'access-control-request-method': 'POST' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(APP);
    const other = await raw(server.url, {
      method: 'OPTIONS',
      path: '/sync/site-gw/_bulk_docs',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.status).toBe(404);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const get = await raw(server.url, { path: '/sync/site-gw', device: dev, headers: { origin: 'http://evil.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    const ok = await raw(server.url, { path: '/sync/site-gw', device: dev, headers: { origin: APP } });
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('[G6] the audit log has one JSON line per request with device, site, route, counts and reasons', async () => {
    const db = await local('audit');
    await db.bulkDocs([
      ...eventsFactory({ siteId: 'gw', learnerId: 'ana', deviceId: 't1', count: 4 }),
      eventFactory({ siteId: 'gw', learnerId: 'ghost', deviceId: 't1', seq: 1 }),
    ]);
    await replicate(db, remote(server.url, 'site-gw', dev));
    await raw(server.url, { path: '/sync/site-gw/_all_docs', device: dev });
    await new Promise((r) => setTimeout(r, 100));
    const lines = (await readFile(join(server.dataDir, 'audit.log'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const write = lines.find((l) => l.route === '/sync/:db/_bulk_docs');
    expect(write).toMatchObject({
      device: 't1',
      site: 'gw',
      db: 'site-gw',
      status: 201,
      accepted: 4,
      refused: 1,
      reasons: [{ id: 'event:ghost:t1:0000000001', reason: expect.stringContaining('inconnu') }],
    });
    expect(lines.some((l) => l.status === 404)).toBe(true);
    expect(lines.every((l) => typeof l.at === 'string' && typeof l.ms === 'number')).toBe(true);
  });

  it('keeps serving the app: the static PWA is untouched by the /sync prefix', async () => {
    const r = await raw(server.url, { path: '/' });
    // This server has no app dir: the root is fastify's own 404, not a sync answer.
    expect(r.status).toBe(404);
  });
});
