import PouchDB from 'pouchdb-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, remote, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';
import { raw, withRev } from './helpers/raw';
import { eventFactory } from '../factories/record.factory';

let server: TestServer;
const site = 'devices';

beforeAll(async () => {
  server = await startSyncServer({ limits: { authFailuresMax: 100, ratePerSecond: 1, rateBurst: 30 } });
  await seedSite(server.admin, site, ['ana']);
});
afterAll(() => server.stop());

const enrolRaw = (body: object, headers: Record<string, string> = {}) => raw(server.url, { path: '/sync/_enrol', body, headers });

describe('enrolment and authentication', () => {
  it('[A5] a code is good once; the server keeps only hashes', async () => {
    const { code } = await server.admin.enrol(site, 'terminal');
    const first = await enrolRaw({ code, deviceId: 'poste-a' });
    expect(first.status).toBe(200);
    const credential = (first.json as { credential: string }).credential;
    expect(first.json).toMatchObject({ deviceId: 'poste-a', siteId: site, role: 'terminal' });
    const again = await enrolRaw({ code, deviceId: 'poste-b' });
    expect(again.json).toMatchObject({ error: 'used-code' });
    const stored = JSON.stringify(await new PouchDB(`${server.dataDir}/db/relais-admin`).allDocs({ include_docs: true }).catch(() => ({})));
    // The admin database is held by the server; look at what the registry returns instead.
    const devices = await server.app.relais.backend.registry.list();
    const text = JSON.stringify(devices) + stored;
    expect(text).not.toContain(credential);
    expect(text).not.toContain(code.replace(/-/g, ''));
  });

  it('[A5] an expired code is refused', async () => {
    const { code } = await server.admin.enrol(site, 'terminal', -1);
    expect((await enrolRaw({ code, deviceId: 'poste-c' })).json).toMatchObject({ error: 'expired-code' });
  });

  it('[A6] a device id taken by another active device is refused', async () => {
    await enrol(server, site, 'poste-d');
    const { code } = await server.admin.enrol(site, 'terminal');
    const r = await enrolRaw({ code, deviceId: 'poste-d' });
    expect(r.status).toBe(409);
    expect(r.json).toMatchObject({ error: 'device-taken' });
  });

  it("[A6] re-enrolling a revoked id gives a new generation of it, so the new device's events never collide", async () => {
    const old = await enrol(server, site, 'poste-r');
    const first = withRev(eventFactory({ siteId: site, learnerId: 'ana', deviceId: 'poste-r', seq: 1 }));
    expect(
      (await raw(server.url, { path: `/sync/site-${site}/_bulk_docs`, device: old, body: { docs: [first], new_edits: false } })).json,
    ).toEqual([]);
    await server.admin.revoke('poste-r');
    const again = await enrol(server, site, 'poste-r');
    expect(again.deviceId).toBe('poste-r-g2');
    const next = withRev(eventFactory({ siteId: site, learnerId: 'ana', deviceId: again.deviceId, seq: 1 }), 1, 'b'.repeat(32));
    expect(
      (await raw(server.url, { path: `/sync/site-${site}/_bulk_docs`, device: again, body: { docs: [next], new_edits: false } })).json,
    ).toEqual([]);
    await server.admin.revoke('poste-r-g2');
    expect((await enrol(server, site, 'poste-r')).deviceId).toBe('poste-r-g3');
    expect((await raw(server.url, { path: `/sync/site-${site}`, device: old })).status).toBe(401);
  });

  it('[A1] wrong, missing and unknown credentials get 401 (never a login dialog)', async () => {
    const dev = await enrol(server, site, 'poste-e');
    const wrong = await raw(server.url, { path: `/sync/site-${site}`, device: { ...dev, credential: 'x'.repeat(43) } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBeNull();
    expect((await raw(server.url, { path: `/sync/site-${site}` })).status).toBe(401);
    expect((await raw(server.url, { path: `/sync/site-${site}`, device: dev })).status).toBe(200);
  });

  it('[A3] [A7] repeated failures are answered 429, while the real credential and its neighbours still pass; failed enrolments lock the address', async () => {
    const locked = await startSyncServer({ limits: { authFailuresMax: 3 } });
    try {
      const dev = await enrol(locked, site, 'poste-f');
      const neighbour = await enrol(locked, site, 'poste-f2');
      for (let i = 0; i < 3; i++) await raw(locked.url, { path: `/sync/site-${site}`, device: { ...dev, credential: 'bad' } });
      const guess = await raw(locked.url, { path: `/sync/site-${site}`, device: { ...dev, credential: 'bad' } });
      expect(guess.status).toBe(429);
      expect(Number(guess.headers.get('retry-after'))).toBeGreaterThan(0);
      // A stranger who knows the id cannot lock the terminal's real credential out.
      expect((await raw(locked.url, { path: `/sync/site-${site}`, device: dev })).status).toBe(200);
      // Another terminal behind the same classroom address still syncs.
      expect((await raw(locked.url, { path: `/sync/site-${site}`, device: neighbour })).status).toBe(200);
      for (let i = 0; i < 3; i++) await raw(locked.url, { path: '/sync/_enrol', body: { code: 'AAAA-AAAA-AAAA', deviceId: 'x' } });
      expect((await raw(locked.url, { path: '/sync/_enrol', body: { code: 'AAAA-AAAA-AAAA', deviceId: 'x' } })).status).toBe(429);
    } finally {
      await locked.stop();
    }
  });

  it('[A4] a device over its rate gets 429', async () => {
    const dev = await enrol(server, site, 'poste-g');
    const statuses = await Promise.all(
      Array.from({ length: 40 }, () => raw(server.url, { path: `/sync/site-${site}`, device: dev }).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
  });
});

describe('revocation', () => {
  it('[A2] a revoked device is refused at once, its open long-poll included', async () => {
    const dev = await enrol(server, site, 'poste-h');
    const info = (await raw(server.url, { path: `/sync/site-${site}`, device: dev })).json as { update_seq: number };
    const started = Date.now();
    const poll = raw(server.url, { path: `/sync/site-${site}/_changes?feed=longpoll&timeout=20000&since=${info.update_seq}`, device: dev });
    await new Promise((r) => setTimeout(r, 300));
    await server.admin.revoke('poste-h');
    const r = await poll;
    expect(r.status).toBe(401);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await raw(server.url, { path: `/sync/site-${site}`, device: dev })).status).toBe(401);
    const db = remote(server.url, `site-${site}`, dev);
    await expect(db.get('learner:ana')).rejects.toMatchObject({ status: 401 });
  });
});
