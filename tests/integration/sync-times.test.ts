import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { enrol, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';
import { eventFactory } from '../factories/record.factory';
import { raw, withRev } from './helpers/raw';

let server: TestServer;
let terminal: EnrolResponse;
const site = 'times';
const reasons = (json: unknown) => Object.fromEntries((json as { id: string; reason: string }[]).map((r) => [r.id, r.reason]));
const bulkText = (text: string) => raw(server.url, { path: `/sync/site-${site}/_bulk_docs`, device: terminal, body: text });
const bulk = (docs: unknown[]) => bulkText(JSON.stringify({ docs, new_edits: false }));
const stored = async (id: string) =>
  (await raw(server.url, { path: `/sync/site-${site}/${id}`, device: terminal })).json as Record<string, unknown>;
const ev = (seq: number, at?: string) =>
  withRev(
    { ...eventFactory({ siteId: site, learnerId: 'ana', deviceId: 't1', seq }), ...(at ? { at } : {}) },
    1,
    String(seq % 10).repeat(32),
  );

beforeAll(async () => {
  server = await startSyncServer();
  await seedSite(server.admin, site, ['ana']);
  terminal = await enrol(server, site, 't1');
});
afterAll(() => server.stop());

describe('numbers and times', () => {
  it('[W19] a number that is not finite (1e400) is refused, not stored as null', async () => {
    const quiz = {
      ...ev(1),
      name: 'quiz.submitted',
      data: { quizId: 'q-1', moduleId: 'm-1', attempt: 1, score: 0.5, passed: false, byCompetency: {}, missedItemIds: [] },
    };
    const text = JSON.stringify({ docs: [quiz], new_edits: false }).replace('"score":0.5', '"score":1e400');
    const got = reasons((await bulkText(text)).json);
    expect(got[quiz._id]).toContain('non fini');
    expect((await raw(server.url, { path: `/sync/site-${site}/${quiz._id}`, device: terminal })).status).toBe(404);
  });

  it('[W18] the server records its own receipt time; a pushed receipt is refused', async () => {
    const before = new Date().toISOString();
    expect((await bulk([ev(2, new Date().toISOString())])).json).toEqual([]);
    const doc = await stored(ev(2)._id);
    expect((doc.receipt as { at: string }).at >= before).toBe(true);
    expect(doc.receipt).not.toHaveProperty('clock');
    expect(doc._rev).toBe(ev(2)._rev);
    const forged = { ...ev(3), receipt: { at: '2026-01-06T08:00:00.000Z' } };
    expect(reasons((await bulk([forged])).json)[forged._id]).toContain('serveur');
  });

  it('[W18] events dated 2099 or 1970 are kept, flagged, with the receipt time to fall back on', async () => {
    const future = ev(4, '2099-01-01T00:00:00.000Z');
    const past = ev(5, '1970-01-01T00:00:00.000Z');
    expect((await bulk([future, past])).json).toEqual([]);
    expect((await stored(future._id)).receipt).toMatchObject({ clock: 'future' });
    expect((await stored(past._id)).receipt).toMatchObject({ clock: 'before-learner' });
    expect((await stored(future._id)).at).toBe('2099-01-01T00:00:00.000Z');
  });
});
