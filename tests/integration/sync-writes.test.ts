import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentSigningText } from '../../src/domain/sync/assessment-signature';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { enrol, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';
import { eventFactory, learnerFactory } from './helpers/sync-factories';
import { raw, withRev } from './helpers/raw';

let server: TestServer;
let trainer: EnrolResponse;
let terminal: EnrolResponse;
let keyPair: CryptoKeyPair;
const site = 'writes';
const b64 = (buf: ArrayBuffer) => Buffer.from(buf).toString('base64');
const reasons = (json: unknown) => Object.fromEntries((json as { id: string; reason: string }[]).map((r) => [r.id, r.reason]));
const bulk = (device: EnrolResponse, docs: unknown[], db = `site-${site}`) => raw(server.url, { path: `/sync/${db}/_bulk_docs`, device, body: { docs, new_edits: false } });

async function assessment(assessmentId: string, keyId: string, key: CryptoKey) {
  const doc: Record<string, unknown> = {
    _id: `assessment:ana:${assessmentId}`,
    schema: 1,
    type: 'assessment',
    siteId: site,
    learnerId: 'ana',
    assessmentId,
    kind: 'initial',
    at: '2026-01-07T09:00:00.000Z',
    trainerKeyId: keyId,
    competencies: { 'c-accueil': 0.5 },
    decisions: [],
    notes: 'Bon début.',
  };
  doc.signature = b64(await crypto.subtle.sign('Ed25519', key, new TextEncoder().encode(assessmentSigningText(doc))));
  return withRev(doc);
}

beforeAll(async () => {
  server = await startSyncServer();
  await seedSite(server.admin, site, ['ana']);
  trainer = await enrol(server, site, 'trainer-1', 'trainer');
  terminal = await enrol(server, site, 't1');
  keyPair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  await server.admin.registerTrainerKey({ siteId: site, keyId: 'k-marie', trainerName: 'Marie', publicKey: b64(await crypto.subtle.exportKey('raw', keyPair.publicKey)) });
});
afterAll(() => server.stop());

describe('write rules that need the store', () => {
  it('[W13] an assessment is accepted only when signed by a trainer key registered for the site', async () => {
    const good = await assessment('a1', 'k-marie', keyPair.privateKey);
    const tampered = { ...(await assessment('a2', 'k-marie', keyPair.privateKey)), notes: 'Modifié après signature.' };
    const stranger = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const unknownKey = await assessment('a3', 'k-inconnu', stranger.privateKey);
    const wrongKey = await assessment('a4', 'k-marie', stranger.privateKey);
    const got = reasons((await bulk(terminal, [good, tampered, unknownKey, wrongKey])).json);
    expect(got).toEqual({
      'assessment:ana:a2': expect.stringContaining('signature'),
      'assessment:ana:a3': expect.stringContaining('non enregistrée'),
      'assessment:ana:a4': expect.stringContaining('signature'),
    });
  });

  it('[W12] a trainer device writes learners; [W11] an update must extend a known leaf', async () => {
    const created = withRev(await learnerFactory(site, 'bob'), 1, '1'.repeat(32));
    expect((await bulk(trainer, [created])).json).toEqual([]);
    const renamed = { ...created, firstName: 'Robert', _rev: `2-${'2'.repeat(32)}`, _revisions: { start: 2, ids: ['2'.repeat(32), '1'.repeat(32)] } };
    expect((await bulk(trainer, [renamed])).json).toEqual([]);
    const forged = { ...created, firstName: 'Pirate', _rev: `3-${'3'.repeat(32)}`, _revisions: { start: 3, ids: ['3'.repeat(32), '9'.repeat(32)] } };
    expect(Object.values(reasons((await bulk(trainer, [forged])).json))[0]).toContain('forgée');
    const doc = (await raw(server.url, { path: `/sync/site-${site}/learner:bob?conflicts=true`, device: trainer })).json as Record<string, unknown>;
    expect(doc.firstName).toBe('Robert');
    expect(doc._conflicts).toBeUndefined();
  });

  it('[W12] a trainer device publishes content documents; a terminal cannot', async () => {
    const bad = withRev({ _id: 'module:x', schema: 1, type: 'content-module', publishedAt: '2026-01-01T00:00:00.000Z', module: { id: 'x' } });
    expect(Object.values(reasons((await bulk(trainer, [bad], 'content')).json))[0]).toContain('module');
    expect(Object.values(reasons((await bulk(terminal, [bad], 'content')).json))[0]).toContain('formateur');
  });
});

describe('immutability across a restart', () => {
  it('[W10] after a restart, another revision of the newest stored event is still refused', async () => {
    const first = await startSyncServer();
    const dataDir = first.dataDir;
    await seedSite(first.admin, 'restart', ['ana']);
    const dev = await enrol(first, 'restart', 't1');
    const events = [1, 2, 3].map((seq) => withRev(eventFactory({ siteId: 'restart', learnerId: 'ana', deviceId: 't1', seq })));
    expect((await raw(first.url, { path: '/sync/site-restart/_bulk_docs', device: dev, body: { docs: events, new_edits: false } })).json).toEqual([]);
    await first.app.close();
    const second = await startSyncServer({ dataDir });
    try {
      const tampered = { ...events[2]!, _rev: `1-${'9'.repeat(32)}`, _revisions: { start: 1, ids: ['9'.repeat(32)] } };
      const r = await raw(second.url, { path: '/sync/site-restart/_bulk_docs', device: dev, body: { docs: [tampered], new_edits: false } });
      expect(Object.values(reasons(r.json))[0]).toContain('ne se modifie pas');
    } finally {
      await second.stop();
      await first.stop();
    }
  });
});
