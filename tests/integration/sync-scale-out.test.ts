import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { AdminService } from '../../sync-server/src/admin/admin.service';
import { sendAdminCommand } from '../../sync-server/src/admin/admin-socket';
import { openBackend, type Backend } from '../../sync-server/src/backend';
import { GATEWAY_DB, SharedCounters } from '../../sync-server/src/gateway/shared-counters';
import { freePort, startChildServer, type ChildServer } from './helpers/child-server';
import { raw, withRev } from './helpers/raw';
import { startReferenceCouch, type ReferenceCouch } from './helpers/reference-couch';
import { eventFactory } from '../factories/record.factory';
import { seedSite } from './helpers/sync-server';

const site = 'scale';
let root: string;
let couch: ReferenceCouch;
let operator: Backend;
let admin: AdminService;
let a: ChildServer;
let b: ChildServer;
const dirs = { a: '', b: '' };

async function enrolOn(server: ChildServer, deviceId: string): Promise<EnrolResponse> {
  const { code } = await admin.enrol(site, 'terminal');
  const r = await raw(server.url, { path: '/sync/_enrol', body: { code, deviceId } });
  expect(r.status).toBe(200);
  return r.json as EnrolResponse;
}
const info = (server: ChildServer, device: { deviceId: string; credential: string }) =>
  raw(server.url, { path: `/sync/site-${site}`, device });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'relais-scale-'));
  couch = await startReferenceCouch();
  await mkdir(join(root, 'operator'));
  operator = await openBackend({ dataDir: join(root, 'operator'), couchDbUrl: couch.url });
  admin = new AdminService(operator);
  await seedSite(admin, site, ['ana']);
  dirs.a = join(root, 'a');
  dirs.b = join(root, 'b');
  [a, b] = await Promise.all([
    startChildServer({ dataDir: dirs.a, port: await freePort(), env: { COUCHDB_URL: couch.url } }),
    startChildServer({ dataDir: dirs.b, port: await freePort(), env: { COUCHDB_URL: couch.url } }),
  ]);
}, 90_000);
afterAll(async () => {
  await Promise.all([a?.kill('SIGTERM'), b?.kill('SIGTERM')]);
  await operator.close();
  await couch.stop();
  await rm(root, { recursive: true, force: true });
});

describe('[S2] two gateway processes on one CouchDB-protocol backend', () => {
  it('[S2] [A2] a revocation made through one gateway is refused by the other at once', async () => {
    const dev = await enrolOn(a, 'rev-1');
    expect((await info(b, dev)).status).toBe(200);
    await sendAdminCommand(dirs.a, { command: 'revoke', deviceId: 'rev-1' });
    expect((await info(b, dev)).status).toBe(401);
    expect((await info(a, dev)).status).toBe(401);
  });

  it('[S2] [A3] a lockout earned on one gateway holds on the other, and the real credential still passes there', async () => {
    const dev = await enrolOn(a, 'lock-1');
    const wrong = { ...dev, credential: 'not-the-credential' };
    for (let i = 0; i < 10; i++) await info(a, wrong);
    expect((await info(a, wrong)).status).toBe(429);
    await expect.poll(async () => (await info(b, wrong)).status, { timeout: 10_000 }).toBe(429);
    expect((await info(b, dev)).status).toBe(200);
  });

  it('[S2] [C2] a long-poll on one gateway wakes when the other writes', async () => {
    const dev = await enrolOn(a, 'poll-1');
    const seq = ((await info(b, dev)).json as { update_seq: string }).update_seq;
    const poll = raw(b.url, {
      path: `/sync/site-${site}/_changes?feed=longpoll&timeout=20000&since=${encodeURIComponent(String(seq))}`,
      device: dev,
    });
    await new Promise((r) => setTimeout(r, 500));
    const ev = withRev(eventFactory({ siteId: site, learnerId: 'ana', deviceId: 'poll-1', seq: 1 }));
    const push = await raw(a.url, { path: `/sync/site-${site}/_bulk_docs`, device: dev, body: { docs: [ev], new_edits: false } });
    expect(push.status).toBe(201);
    const woke = await poll;
    expect(woke.status).toBe(200);
    expect((woke.json as { results: { id: string }[] }).results.map((r) => r.id)).toContain(ev._id);
  });

  it('[S2] [A5] an enrolment code redeemed on one gateway is used on the other', async () => {
    const { code } = await admin.enrol(site, 'terminal');
    expect((await raw(a.url, { path: '/sync/_enrol', body: { code, deviceId: 'code-1' } })).status).toBe(200);
    expect((await raw(b.url, { path: '/sync/_enrol', body: { code, deviceId: 'code-2' } })).json).toMatchObject({ error: 'used-code' });
  });

  it('[S2] [A4] [A8] counters (rate limits, budgets, failures) are summed over the gateways', async () => {
    const one = new SharedCounters();
    const two = new SharedCounters();
    await one.share(operator.store.db(GATEWAY_DB), 50);
    await two.share(operator.store.db(GATEWAY_DB), 50);
    try {
      for (let i = 0; i < 150; i++) one.incr('rate:shared-1', 60_000);
      for (let i = 0; i < 30; i++) two.incr('rate:shared-1', 60_000);
      await expect.poll(() => two.read('rate:shared-1', 60_000).current, { timeout: 10_000 }).toBe(180);
      await expect.poll(() => one.read('rate:shared-1', 60_000).current, { timeout: 10_000 }).toBe(180);
      one.lock('login-id:shared-1', Date.now() + 60_000);
      await expect.poll(() => two.lockedFor('login-id:shared-1'), { timeout: 10_000 }).toBeGreaterThan(0);
    } finally {
      one.stop();
      two.stop();
    }
  });
});
