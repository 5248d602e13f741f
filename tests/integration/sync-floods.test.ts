import { request } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { basic, enrol, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';
import { eventsFactory } from '../factories/record.factory';
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
  const req = request({
    host: u.hostname,
    port: u.port,
    path: u.pathname,
    method: 'POST',
    headers: { authorization: basic(dev), 'content-type': 'application/json', 'content-length': String(bytes) },
  });
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

describe('unauthenticated requests and the audit log', () => {
  it('[A8] [G6] unauthenticated requests are throttled per address, quietly, and a failed login records the device id it claimed', async () => {
    const s = await startSyncServer({ limits: { anonPerMinute: 20, authFailuresMax: 1000 } });
    try {
      await seedSite(s.admin, site, ['ana']);
      const real = await enrol(s, site, 'vrai');
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++)
        statuses.push((await raw(s.url, { path: `/sync/site-${site}`, device: { deviceId: `guess-${i}`, credential: 'x' } })).status);
      expect(statuses.slice(0, 19)).toEqual(Array(19).fill(401));
      expect(statuses.slice(20)).toEqual(Array(40).fill(429));
      const refused = await raw(s.url, { path: `/sync/site-${site}` });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      // A terminal with its credential, behind the same address, still syncs.
      expect((await raw(s.url, { path: `/sync/site-${site}`, device: real })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 200));
      const lines = (await readFile(join(s.dataDir, 'audit.log'), 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      const failed = lines.filter((l) => l.status === 401 || l.status === 429);
      expect(failed.length).toBeLessThanOrEqual(22);
      expect(lines.find((l) => l.status === 401)).toMatchObject({ device: null, claimed: 'guess-0' });
    } finally {
      await s.stop();
    }
  });

  it('[G9] the audit log rotates by size and keeps a bounded number of files', async () => {
    const s = await startSyncServer({ limits: { auditMaxBytes: 3000, auditFiles: 3, anonPerMinute: 10_000 } });
    try {
      for (let i = 0; i < 80; i++) await raw(s.url, { path: `/sync/site-${site}/_nothing-${i}` });
      await new Promise((r) => setTimeout(r, 200));
      const files = (await readdir(s.dataDir)).filter((f) => f.startsWith('audit.log')).sort();
      expect(files).toEqual(['audit.log', 'audit.log.1', 'audit.log.2']);
      for (const f of files) expect((await stat(join(s.dataDir, f))).size).toBeLessThanOrEqual(3000);
      const kept = (await Promise.all(files.map((f) => readFile(join(s.dataDir, f), 'utf8')))).join('').trim().split('\n');
      // The oldest lines were dropped; every kept line is whole JSON.
      expect(kept.length).toBeLessThan(80);
      expect(kept.every((l) => typeof (JSON.parse(l) as { at: string }).at === 'string')).toBe(true);
    } finally {
      await s.stop();
    }
  });
});
