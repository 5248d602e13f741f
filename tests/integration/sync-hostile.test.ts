import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';
import { eventFactory } from '../factories/record.factory';
import { raw, withRev } from './helpers/raw';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';

let server: TestServer;
let dev: EnrolResponse;
const site = 'hostile';
const ev = (seq: number, o: Partial<ReturnType<typeof eventFactory>> = {}) =>
  withRev({ ...eventFactory({ siteId: site, learnerId: 'ana', deviceId: 't1', seq }), ...o });
const bulk = (docs: unknown[]) => raw(server.url, { path: `/sync/site-${site}/_bulk_docs`, device: dev, body: { docs, new_edits: false } });
const reasons = (json: unknown) => Object.fromEntries((json as { id: string; reason: string }[]).map((r) => [r.id, r.reason]));

beforeAll(async () => {
  server = await startSyncServer({ limits: { bulkBodyBytes: 200_000, siteDocBytes: 4_000, ratePerSecond: 10_000, rateBurst: 10_000 } });
  await seedSite(server.admin, site, ['ana']);
  dev = await enrol(server, site, 't1');
});
afterAll(() => server.stop());

describe('the allow-list', () => {
  it.each([
    ['GET', '/sync/site-hostile/_all_docs'],
    ['GET', '/sync/_all_dbs'],
    ['GET', '/sync/'],
    ['PUT', '/sync/site-hostile'],
    ['DELETE', '/sync/site-hostile'],
    ['PUT', '/sync/site-hostile/event:ana:t1:0000000001'],
    ['DELETE', '/sync/site-hostile/event:ana:t1:0000000001'],
    ['GET', '/sync/site-hostile/_design/x'],
    ['POST', '/sync/site-hostile/_find'],
    ['POST', '/sync/site-hostile/_purge'],
    ['GET', '/sync/site-hostile/_security'],
    ['POST', '/sync/site-hostile/_compact'],
    ['HEAD', '/sync/site-hostile'],
    ['GET', '/sync/site-hostile/_local/a/b'],
  ])('[G1] %s %s is 404', async (method, path) => {
    const r = await raw(server.url, { method, path, device: dev, ...(method === 'POST' || method === 'PUT' ? { body: {} } : {}) });
    expect(r.status).toBe(404);
  });

  it('[G2] every error has the same JSON shape', async () => {
    const r = await raw(server.url, { path: '/sync/nope/x/y/z', device: dev });
    expect(r.json).toEqual({ error: 'not_found', reason: expect.any(String) });
  });

  it('[G1] an unauthenticated request to an unknown route is still 404', async () => {
    expect((await raw(server.url, { path: '/sync/_utils' })).status).toBe(404);
  });
});

describe('hostile bodies', () => {
  it('[B1] an oversize body is refused with 413 before parsing', async () => {
    const big = 'x'.repeat(300_000);
    const r = await raw(server.url, {
      path: `/sync/site-${site}/_bulk_docs`,
      device: dev,
      body: `{"docs":[],"new_edits":false,"pad":"${big}"}`,
    });
    expect(r.status).toBe(413);
  });

  it('[B2] duplicate keys refuse that document only', async () => {
    const good = ev(1);
    const text = `{"docs":[${JSON.stringify(good)},${JSON.stringify(ev(2)).replace('"schema":1', '"schema":1,"schema":1')}],"new_edits":false}`;
    const r = await raw(server.url, { path: `/sync/site-${site}/_bulk_docs`, device: dev, body: text });
    expect(r.status).toBe(201);
    expect(reasons(r.json)).toEqual({ 'event:ana:t1:0000000002': expect.stringContaining('double') });
  });

  it('[B2] a duplicate key outside the documents refuses the request', async () => {
    const r = await raw(server.url, {
      path: `/sync/site-${site}/_bulk_docs`,
      device: dev,
      body: '{"docs":[],"new_edits":false,"new_edits":true}',
    });
    expect(r.status).toBe(400);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('[B3] a %s key at any depth refuses the document', async (key) => {
    const doc = ev(3);
    const text = JSON.stringify(doc).replace('"lessonId"', `"deep":{"a":{"${key}":{"polluted":true}}},"lessonId"`);
    const r = await raw(server.url, { path: `/sync/site-${site}/_bulk_docs`, device: dev, body: `{"docs":[${text}],"new_edits":false}` });
    expect(reasons(r.json)['event:ana:t1:0000000003']).toContain(key);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('[B3] an escaped __proto__ key is seen too', async () => {
    const text = JSON.stringify(ev(3)).replace('"lessonId"', '"\\u005f_proto__":{},"lessonId"');
    const r = await raw(server.url, { path: `/sync/site-${site}/_bulk_docs`, device: dev, body: `{"docs":[${text}],"new_edits":false}` });
    expect(reasons(r.json)['event:ana:t1:0000000003']).toContain('__proto__');
  });

  it('[B4] deep nesting refuses the document; absurd nesting refuses the request', async () => {
    const deep = JSON.stringify(ev(4)).replace('"lessonId"', `"deep":${'['.repeat(40)}${']'.repeat(40)},"lessonId"`);
    const r = await raw(server.url, {
      path: `/sync/site-${site}/_bulk_docs`,
      device: dev,
      body: `{"docs":[${deep},${JSON.stringify(ev(5))}],"new_edits":false}`,
    });
    expect(reasons(r.json)).toEqual({ 'event:ana:t1:0000000004': expect.stringContaining('imbrication') });
    const absurd = await raw(server.url, {
      path: `/sync/site-${site}/_bulk_docs`,
      device: dev,
      body: `{"docs":[${'['.repeat(5000)}${']'.repeat(5000)}],"new_edits":false}`,
    });
    expect(absurd.status).toBe(400);
  });

  it('[B5] unknown query parameters are refused', async () => {
    const r = await raw(server.url, { path: `/sync/site-${site}/_changes?since=0&filter=_view&view=x`, device: dev });
    expect(r.status).toBe(400);
    const r2 = await raw(server.url, { path: `/sync/site-${site}/_changes?include_docs=true&attachments=true`, device: dev });
    expect(r2.status).toBe(400);
  });

  it('[B6] a body that is not JSON is 400, and another content type 415', async () => {
    expect((await raw(server.url, { path: `/sync/site-${site}/_revs_diff`, device: dev, body: '{"a":' })).status).toBe(400);
    expect(
      (
        await raw(server.url, {
          path: `/sync/site-${site}/_revs_diff`,
          device: dev,
          body: 'a=b',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
      ).status,
    ).toBe(415);
  });
});

describe('per-document write rules', () => {
  it('[W0] only new_edits:false is accepted', async () => {
    const r = await raw(server.url, { path: `/sync/site-${site}/_bulk_docs`, device: dev, body: { docs: [ev(6)] } });
    expect(r.status).toBe(400);
  });

  it('[W0][W7] one invalid document among valid ones: the valid ones are written', async () => {
    const bad = { ...ev(11), data: { moduleId: 'm-accueil' } };
    const r = await bulk([ev(10), bad, ev(12)]);
    expect(r.status).toBe(201);
    expect(Object.keys(reasons(r.json))).toEqual(['event:ana:t1:0000000011']);
    for (const seq of [10, 12]) {
      const got = await raw(server.url, { path: `/sync/site-${site}/event:ana:t1:00000000${seq}`, device: dev });
      expect(got.status).toBe(200);
    }
  });

  it('[W1] a document that is not an object, or has no _id, is refused', async () => {
    const r = await bulk([42, { schema: 1 }]);
    expect((r.json as unknown[]).length).toBe(2);
  });

  it('[W2] an oversize document is refused alone', async () => {
    const big = { ...ev(20), data: { moduleId: 'm-accueil', lessonId: 'l-20' }, pad: 'x'.repeat(5000) };
    const r = await bulk([big, ev(21)]);
    expect(reasons(r.json)).toEqual({ 'event:ana:t1:0000000020': expect.stringContaining('trop gros') });
  });

  it('[W3][W4][W5] design docs, _local docs, unknown underscore fields, reserved ids and deletions are refused', async () => {
    const r = await bulk([
      withRev({ _id: '_design/evil', views: {} }),
      withRev({ _id: '_local/evil', x: 1 }),
      { ...ev(22), _attachments: {} },
      { ...ev(23), _conflicts: [] },
      withRev({ _id: '_users', x: 1 }),
      { ...ev(24), _deleted: true },
    ]);
    const got = reasons(r.json);
    expect(got['_design/evil']).toContain('conception');
    expect(got['_local/evil']).toContain('_local');
    expect(got['event:ana:t1:0000000022']).toContain('_attachments');
    expect(got['event:ana:t1:0000000023']).toContain('_conflicts');
    expect(got._users).toContain('réservé');
    expect(got['event:ana:t1:0000000024']).toContain('suppression');
  });

  it('[W6] malformed and forged revisions are refused', async () => {
    const r = await bulk([
      { ...ev(30), _rev: 'not-a-rev' },
      { ...ev(31), _revisions: { start: 2, ids: ['a'.repeat(32)] } },
      { ...ev(32), _revisions: { start: 1, ids: ['b'.repeat(32)] } },
      withRev({ _id: 'learner:zed', x: 1 }, 150, 'c'.repeat(32)),
      {
        ...withRev({ _id: 'learner:zed2' }, 101, 'c'.repeat(32)),
        _revisions: { start: 101, ids: Array.from({ length: 101 }, (_, i) => (i === 0 ? 'c' : 'd').repeat(32)) },
      },
      { ...ev(33), _revisions: { start: 1, ids: ['a'.repeat(32)], extra: 1 } },
    ]);
    const got = reasons(r.json);
    expect(got['event:ana:t1:0000000030']).toContain('mal formée');
    expect(got['event:ana:t1:0000000031']).toContain('start');
    expect(got['event:ana:t1:0000000032']).toContain('ids[0]');
    expect(got['learner:zed2']).toContain('trop long');
    expect(got['event:ana:t1:0000000033']).toContain('inconnus');
  });

  it('[W7] the shared schemas decide, including the deterministic _id', async () => {
    const r = await bulk([
      { ...ev(40), _id: 'event:ana:t1:0000000999' },
      { ...ev(41), name: 'quiz.hacked' },
      { ...ev(42), extra: 1 },
    ]);
    expect(Object.keys(reasons(r.json)).sort()).toEqual(['event:ana:t1:0000000041', 'event:ana:t1:0000000042', 'event:ana:t1:0000000999']);
  });

  it('[W8] a document for another site is refused', async () => {
    const r = await bulk([{ ...ev(50), siteId: 'other' }]);
    expect(Object.values(reasons(r.json))[0]).toContain('autre site');
  });

  it('[W9] an event from another device, or for an unknown learner, is refused', async () => {
    const other = withRev(eventFactory({ siteId: site, learnerId: 'ana', deviceId: 't2', seq: 1 }));
    const ghost = withRev(eventFactory({ siteId: site, learnerId: 'ghost', deviceId: 't1', seq: 1 }));
    const r = await bulk([other, ghost]);
    const got = reasons(r.json);
    expect(got['event:ana:t2:0000000001']).toContain('autre poste');
    expect(got['event:ghost:t1:0000000001']).toContain('apprenant inconnu');
  });

  it('[W10] events are immutable: another revision of a stored event is refused', async () => {
    await bulk([ev(60)]);
    const changed = { ...ev(60), _rev: `2-${'e'.repeat(32)}`, _revisions: { start: 2, ids: ['e'.repeat(32), 'a'.repeat(32)] } };
    const sibling = withRev(ev(60), 1, 'f'.repeat(32));
    const again = ev(60);
    const r = await bulk([changed]);
    expect(Object.values(reasons(r.json))[0]).toMatch(/événement ne se modifie pas/);
    const r2 = await bulk([sibling]);
    expect(Object.values(reasons(r2.json))[0]).toMatch(/ne se modifie pas/);
    expect(await bulk([again]).then((x) => x.json)).toEqual([]);
  });

  it('[W12] a terminal writes no unsigned learner, no trainer key and no content', async () => {
    const learner = withRev({
      _id: 'learner:bob',
      schema: 1,
      type: 'learner',
      siteId: site,
      learnerId: 'bob',
      firstName: 'Bob',
      avatar: 'soleil',
      pin: { algo: 'PBKDF2-SHA256', iterations: 10000, salt: 'AAAA', hash: 'AAAA' },
      active: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const key = withRev({
      _id: 'trainer-key:k1',
      schema: 1,
      type: 'trainer-key',
      siteId: site,
      keyId: 'k1',
      trainerName: 'X',
      publicKey: 'AAAA',
      registeredAt: '2026-01-01T00:00:00.000Z',
    });
    const got = reasons((await bulk([learner, key])).json);
    expect(got['learner:bob']).toContain('formateur');
    expect(got['trainer-key:k1']).toContain('serveur');
    const content = await raw(server.url, {
      path: '/sync/content/_bulk_docs',
      device: dev,
      body: { docs: [withRev({ _id: 'programme', type: 'content-programme' })], new_edits: false },
    });
    expect(Object.values(reasons(content.json))[0]).toContain('[W23]');
  });

  it('[W14] the same id twice in one batch: the second copy is refused', async () => {
    const r = await bulk([ev(70), ev(70)]);
    expect(reasons(r.json)).toEqual({ 'event:ana:t1:0000000070': expect.stringContaining('double') });
  });

  it('[W15] oversize _revs_diff, _bulk_get and _bulk_docs requests are refused', async () => {
    const many = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`id${i}`, [`1-${'a'.repeat(32)}`]]));
    const small = await startSyncServer({ limits: { bulkBodyBytes: 10_000_000 } });
    try {
      await seedSite(small.admin, site, ['ana']);
      const d = await enrol(small, site, 't1');
      expect((await raw(small.url, { path: `/sync/site-${site}/_revs_diff`, device: d, body: many })).status).toBe(400);
      const docs = Array.from({ length: 2001 }, (_, i) => ({ id: `x${i}` }));
      expect((await raw(small.url, { path: `/sync/site-${site}/_bulk_get`, device: d, body: { docs } })).status).toBe(400);
      expect(
        (await raw(small.url, { path: `/sync/site-${site}/_bulk_docs`, device: d, body: { docs: docs.map(() => ({})), new_edits: false } }))
          .status,
      ).toBe(400);
      expect((await raw(small.url, { path: `/sync/site-${site}/_revs_diff`, device: d, body: { x: ['nope'] } })).status).toBe(400);
    } finally {
      await small.stop();
    }
  });
});

describe('reads', () => {
  it("[P1] another site's database does not exist for this device", async () => {
    for (const path of ['/sync/site-other', '/sync/site-other/_changes', '/sync/site-other/learner:ana', '/sync/site-other/_local/abc']) {
      expect((await raw(server.url, { path, device: dev })).status).toBe(404);
    }
    expect((await raw(server.url, { path: '/sync/site-other/_bulk_get', device: dev, body: { docs: [] } })).status).toBe(404);
  });

  it('[P2] _local and design ids are never served through _bulk_get or GET', async () => {
    const r = await raw(server.url, {
      path: `/sync/site-${site}/_bulk_get?revs=true`,
      device: dev,
      body: { docs: [{ id: '_local/x' }, { id: '_design/y' }] },
    });
    const results = (r.json as { results: { docs: { error?: unknown }[] }[] }).results;
    expect(results.every((x) => x.docs.every((d) => d.error))).toBe(true);
    expect((await raw(server.url, { path: `/sync/site-${site}/_design%2Fy`, device: dev })).status).toBe(404);
  });

  it('[P3] GET of a document takes revs, open_revs, rev and latest only', async () => {
    const ok = await raw(server.url, { path: `/sync/site-${site}/learner:ana?revs=true&open_revs=all`, device: dev });
    expect(ok.status).toBe(200);
    expect(Array.isArray(ok.json)).toBe(true);
    expect((await raw(server.url, { path: `/sync/site-${site}/learner:ana?open_revs=[1]`, device: dev })).status).toBe(400);
    expect((await raw(server.url, { path: `/sync/site-${site}/learner:ana?attachments=true`, device: dev })).status).toBe(400);
  });

  it('[C1] _changes: limit is clamped, feeds other than normal and longpoll are refused, since is checked', async () => {
    const r = await raw(server.url, { path: `/sync/site-${site}/_changes?limit=999999&since=0`, device: dev });
    expect(r.status).toBe(200);
    expect((r.json as { results: unknown[] }).results.length).toBeLessThanOrEqual(1000);
    const one = await raw(server.url, { path: `/sync/site-${site}/_changes?limit=1`, device: dev });
    expect((one.json as { results: unknown[] }).results.length).toBe(1);
    for (const q of ['feed=continuous', 'feed=eventsource', 'since=abc', 'since=1e9', 'limit=x', 'filter=app/x']) {
      expect((await raw(server.url, { path: `/sync/site-${site}/_changes?${q}`, device: dev })).status).toBe(400);
    }
  });
});

describe('credentials', () => {
  it.each([
    ['GET', '/sync/site-hostile'],
    ['GET', '/sync/site-hostile/_changes'],
    ['POST', '/sync/site-hostile/_bulk_docs'],
    ['POST', '/sync/site-hostile/_revs_diff'],
    ['POST', '/sync/site-hostile/_bulk_get'],
    ['GET', '/sync/site-hostile/_local/abc'],
    ['GET', '/sync/content/programme'],
  ])('[G4] %s %s needs a device credential', async (method, path) => {
    const r = await raw(server.url, { method, path, ...(method === 'POST' ? { body: {} } : {}) });
    expect(r.status).toBe(401);
  });
});
