import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentDoc } from '../../src/domain/records/assessment.schema';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { enrol, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';
import { eventFactory, learnerFactory, signedFactory } from '../factories/record.factory';
import { raw, withRev } from './helpers/raw';

let server: TestServer;
let trainer: EnrolResponse;
let terminal: EnrolResponse;
let keyPair: CryptoKeyPair;
let elsewhere: CryptoKeyPair;
const site = 'writes';
const b64 = (buf: ArrayBuffer) => Buffer.from(buf).toString('base64');
const reasons = (json: unknown) => Object.fromEntries((json as { id: string; reason: string }[]).map((r) => [r.id, r.reason]));
const bulk = (device: EnrolResponse, docs: unknown[], db = `site-${site}`) =>
  raw(server.url, { path: `/sync/${db}/_bulk_docs`, device, body: { docs, new_edits: false } });
const hex = (c: string) => c.repeat(32);
/** Revision `gen` of a document, extending the given earlier revision hashes (newest first), as PouchDB pushes it. */
const atRev = <T extends object>(doc: T, gen: number, ids: string[]) => ({
  ...doc,
  _rev: `${gen}-${ids[0]}`,
  _revisions: { start: gen, ids },
});

const marie = () => ({ keyId: 'k-marie', privateKey: keyPair.privateKey });
const bilan = (
  assessmentId: string,
  o: { level?: number; previous?: AssessmentDoc; signer?: { keyId: string; privateKey: CryptoKey } } = {},
) =>
  signedFactory(
    {
      _id: `assessment:ana:${assessmentId}`,
      schema: 2 as const,
      type: 'assessment' as const,
      siteId: site,
      learnerId: 'ana',
      assessmentId,
      kind: 'initial' as const,
      at: '2026-01-07T09:00:00.000Z',
      competencies: { 'c-accueil': o.level ?? 0.5 },
      decisions: [],
      notes: 'Bon début.',
    },
    o.previous,
    o.signer ?? marie(),
  ) as Promise<AssessmentDoc>;

beforeAll(async () => {
  server = await startSyncServer();
  await seedSite(server.admin, site, ['ana']);
  await seedSite(server.admin, 'ailleurs', ['zoe']);
  trainer = await enrol(server, site, 'trainer-1', 'trainer');
  terminal = await enrol(server, site, 't1');
  keyPair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  elsewhere = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  await server.admin.registerTrainerKey({
    siteId: site,
    keyId: 'k-marie',
    trainerName: 'Marie',
    publicKey: b64(await crypto.subtle.exportKey('raw', keyPair.publicKey)),
  });
  await server.admin.registerTrainerKey({
    siteId: 'ailleurs',
    keyId: 'k-paul',
    trainerName: 'Paul',
    publicKey: b64(await crypto.subtle.exportKey('raw', elsewhere.publicKey)),
  });
});
afterAll(() => server.stop());

describe('write rules that need the store', () => {
  it('[W13] a signed document is accepted only when signed by a trainer key registered for the site', async () => {
    const good = withRev(await bilan('a1'));
    const tampered = { ...withRev(await bilan('a2')), notes: 'Modifié après signature.' };
    const stranger = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const unknownKey = withRev(await bilan('a3', { signer: { keyId: 'k-inconnu', privateKey: stranger.privateKey } }));
    const wrongKey = withRev(await bilan('a4', { signer: { keyId: 'k-marie', privateKey: stranger.privateKey } }));
    const otherSite = withRev(await bilan('a5', { signer: { keyId: 'k-paul', privateKey: elsewhere.privateKey } }));
    const got = reasons((await bulk(terminal, [good, tampered, unknownKey, wrongKey, otherSite])).json);
    expect(got).toEqual({
      'assessment:ana:a2': expect.stringContaining('signature'),
      'assessment:ana:a3': expect.stringContaining('non enregistrée'),
      'assessment:ana:a4': expect.stringContaining('signature'),
      'assessment:ana:a5': expect.stringContaining('non enregistrée'),
    });
  });

  it('[W12] signed learners and bilans come from any device of the site; unsigned ones from none', async () => {
    const fromTerminal = withRev(await learnerFactory(site, 'carla'));
    const { signedBy, version, prevHash, signature, ...bare } = await learnerFactory(site, 'dina');
    const unsigned = withRev(bare);
    const { signedBy: s2, version: v2, prevHash: p2, signature: g2, ...bareBilan } = await bilan('a6');
    const got = reasons((await bulk(terminal, [fromTerminal])).json);
    expect(got).toEqual({});
    const refused = reasons((await bulk(trainer, [unsigned, withRev(bareBilan)])).json);
    expect(refused).toEqual({
      'learner:dina': expect.stringContaining('non signé'),
      'assessment:ana:a6': expect.stringContaining('non signé'),
    });
  });

  it('[W16] the roll-back attack: v2 at level 0.9 stands when v1 is re-pushed as a new revision', async () => {
    const v1 = await bilan('roll', { level: 0.2 });
    const v2 = await bilan('roll', { level: 0.9, previous: v1 });
    expect((await bulk(trainer, [atRev(v1, 1, [hex('1')])])).json).toEqual([]);
    expect((await bulk(terminal, [atRev(v2, 2, [hex('2'), hex('1')])])).json).toEqual([]);
    const replay = atRev(v1, 3, [hex('3'), hex('2'), hex('1')]);
    expect(Object.values(reasons((await bulk(terminal, [replay])).json))[0]).toContain('plus ancienne');
    const fork = atRev(await bilan('roll', { level: 0.1, previous: v1 }), 3, [hex('4'), hex('2'), hex('1')]);
    expect(Object.values(reasons((await bulk(terminal, [fork])).json))[0]).toContain('déjà signée');
    const skip = atRev(await bilan('roll', { level: 0.3, previous: { ...v2, version: 3 } }), 3, [hex('5'), hex('2'), hex('1')]);
    expect(Object.values(reasons((await bulk(terminal, [skip])).json))[0]).toContain('attendue 3');
    const v3 = atRev(await bilan('roll', { level: 0.4, previous: v2 }), 3, [hex('6'), hex('2'), hex('1')]);
    expect((await bulk(terminal, [v3])).json).toEqual([]);
    expect((await bulk(terminal, [v3])).json).toEqual([]); // the stored revision again: a no-op
    const doc = (await raw(server.url, { path: `/sync/site-${site}/assessment:ana:roll`, device: terminal })).json as AssessmentDoc;
    expect(doc).toMatchObject({ version: 3, competencies: { 'c-accueil': 0.4 } });
  });

  it('[W16] a first version must be version 1; a later one without the stored chain is refused', async () => {
    const v1 = await bilan('late');
    const v2 = await bilan('late', { previous: v1, level: 0.7 });
    expect(Object.values(reasons((await bulk(terminal, [withRev(v2)])).json))[0]).toContain('version 1 manque');
  });

  it('[W12] [W11] a learner update must be the next signed version and extend a known leaf', async () => {
    const v1 = await learnerFactory(site, 'bob');
    const created = atRev(v1, 1, [hex('1')]);
    expect((await bulk(trainer, [created])).json).toEqual([]);
    const v2 = await signedFactory({ ...v1, firstName: 'Robert' }, v1);
    expect((await bulk(terminal, [atRev(v2, 2, [hex('2'), hex('1')])])).json).toEqual([]);
    const v3 = await signedFactory({ ...v2, firstName: 'Pirate' }, v2);
    expect(Object.values(reasons((await bulk(trainer, [atRev(v3, 3, [hex('3'), hex('9')])])).json))[0]).toContain('forgée');
    const doc = (await raw(server.url, { path: `/sync/site-${site}/learner:bob?conflicts=true`, device: trainer })).json as Record<
      string,
      unknown
    >;
    expect(doc.firstName).toBe('Robert');
    expect(doc._conflicts).toBeUndefined();
  });

  it('[W23] no device publishes national content, a trainer device no more than a terminal', async () => {
    const bad = withRev({
      _id: 'module:x',
      schema: 1,
      type: 'content-module',
      publishedAt: '2026-01-01T00:00:00.000Z',
      module: { id: 'x' },
    });
    expect(Object.values(reasons((await bulk(trainer, [bad], 'content')).json))[0]).toContain('[W23]');
    expect(Object.values(reasons((await bulk(terminal, [bad], 'content')).json))[0]).toContain('[W23]');
  });

  it('[W22] [W24] a pack whose lesson HTML leaves the allow-list is refused at publish with the reason; the clean one is published', async () => {
    const pack = JSON.parse(await readFile('dist/content/pack.json', 'utf8'));
    const tampered = structuredClone(pack);
    tampered.modules[0].lessons[0].html += '<form action="/connexion"><p>Tapez votre PIN</p></form>';
    await expect(server.admin.publishPack(tampered)).rejects.toThrow('élément interdit : <form>');
    expect((await server.admin.publishPack(pack)).written).toBeGreaterThan(1);
  });
});

describe('immutability across a restart', () => {
  it('[W10] after a restart, another revision of the newest stored event is still refused', async () => {
    const first = await startSyncServer();
    const dataDir = first.dataDir;
    await seedSite(first.admin, 'restart', ['ana']);
    const dev = await enrol(first, 'restart', 't1');
    const events = [1, 2, 3].map((seq) => withRev(eventFactory({ siteId: 'restart', learnerId: 'ana', deviceId: 't1', seq })));
    expect(
      (await raw(first.url, { path: '/sync/site-restart/_bulk_docs', device: dev, body: { docs: events, new_edits: false } })).json,
    ).toEqual([]);
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
