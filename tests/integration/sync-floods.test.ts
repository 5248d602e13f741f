import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { basic, enrol, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';
import { eventsFactory } from './helpers/sync-factories';
import { raw, withRev } from './helpers/raw';

const site = 'flood';
let server: TestServer;
let dev: EnrolResponse;
const MB = 1024 * 1024;

beforeAll(async () => {
  server = await startSyncServer({ limits: { inFlightBytes: 4_000_000, bulkBodyBytes: 2 * MB, ratePerSecond: 10_000, rateBurst: 10_000 } });
  await seedSite(server.admin, site, ['ana']);
  dev = await enrol(server, site, 'f1');
});
afterAll(() => server.stop());

/** A push whose headers announce `bytes` and whose body is sent only when `finish` is called. */
function heldPush(bytes: number) {
  const body = Buffer.alloc(bytes, 0x20);
  const head = Buffer.from(JSON.stringify({ docs: [], new_edits: false }));
  head.copy(body, 0);
  const u = new URL(`${server.url}/sync/site-${site}/_bulk_docs`);
  const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { authorization: basic(dev), 'content-type': 'application/json', 'content-length': String(bytes) } });
  const status = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
  req.flushHeaders();
  req.write(body.subarray(0, 10));
  return { status, finish: () => req.end(body.subarray(10)) };
}

const push = (docs: unknown[]) => raw(server.url, { path: `/sync/site-${site}/_bulk_docs`, device: dev, body: { docs, new_edits: false } });

describe('floods', () => {
  it('[B7] bodies in flight are bounded: over the budget a push gets 503 and Retry-After, and goes through once the others are done', async () => {
    // Two bodies that fill the budget exactly, held half-sent.
    const held = [heldPush(2_000_000), heldPush(2_000_000)];
    await new Promise((r) => setTimeout(r, 300));
    const docs = eventsFactory({ siteId: site, learnerId: 'ana', deviceId: 'f1', count: 3 }).map((d) => withRev(d));
    const refused = await push(docs).finally(() => held.forEach((h) => h.finish()));
    expect(refused.status).toBe(503);
    expect(refused.json).toEqual({ error: 'unavailable', reason: expect.any(String) });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await Promise.all(held.map((h) => h.status))).toEqual([201, 201]);
    const retried = await push(docs);
    expect(retried.status).toBe(201);
    expect(retried.json).toEqual([]);
  });
});
