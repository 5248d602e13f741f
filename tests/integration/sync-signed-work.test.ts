import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleplayScoreDoc } from '../../src/domain/records/trainer-work.schema';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import type { BilanDoc } from '../../src/domain/trainer/bilan.schema';
import { signedFactory } from '../factories/record.factory';
import { roleplayScoreFactory } from '../support/report-factory';
import { bilanFactory, trainerFactory, type TestTrainer } from '../support/trainer-factory';
import { raw } from './helpers/raw';
import { enrol, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';

// The refusals the trainer space relies on, for its own record types: a bilan (which carries the plan)
// and a role-play score. Every one is pushed from a classroom terminal, as a trainer working there would.
let server: TestServer;
let terminal: EnrolResponse;
let marie: TestTrainer;
let paul: TestTrainer;
let stranger: TestTrainer;
const site = 'travaux';
const reasons = (json: unknown) => Object.fromEntries((json as { id: string; reason: string }[]).map((r) => [r.id, r.reason]));
const bulk = (docs: unknown[]) =>
  raw(server.url, { path: `/sync/site-${site}/_bulk_docs`, device: terminal, body: { docs, new_edits: false } });
const hex = (c: string) => c.repeat(32);
const atRev = <T extends object>(doc: T, gen: number) => ({
  ...doc,
  _rev: `${gen}-${hex(String(gen))}`,
  _revisions: { start: gen, ids: Array.from({ length: gen }, (_, i) => hex(String(gen - i))) },
});
const unsigned = (doc: Record<string, unknown>) => {
  const { signedBy: _s, version: _v, prevHash: _p, signature: _g, ...bare } = doc;
  return bare;
};

const bilan = (t: TestTrainer, bilanId: string, exempt: string[], previous?: BilanDoc) =>
  bilanFactory(t, { siteId: site, learnerId: 'ana', bilanId, plan: { exempt }, previous });
const score = (t: TestTrainer, scoreId: string, ratio: number, previous?: RoleplayScoreDoc) => {
  const {
    signedBy: _s,
    version: _v,
    prevHash: _p,
    signature: _g,
    ...doc
  } = roleplayScoreFactory({
    learnerId: 'ana',
    scoreId,
    at: '2026-03-02T10:00:00.000Z',
    source: { kind: 'live', situation: 'Appel entrant' },
    ratio,
  });
  return signedFactory({ ...doc, siteId: site }, previous, t) as Promise<RoleplayScoreDoc>;
};

beforeAll(async () => {
  server = await startSyncServer();
  await seedSite(server.admin, site, ['ana']);
  await seedSite(server.admin, 'ailleurs', ['zoe']);
  terminal = await enrol(server, site, 't-classe');
  [marie, paul, stranger] = await Promise.all([trainerFactory('k-marie'), trainerFactory('k-paul'), trainerFactory('k-inconnu')]);
  await server.admin.registerTrainerKey({ siteId: site, keyId: marie.keyId, trainerName: 'Marie', publicKey: marie.publicKey });
  await server.admin.registerTrainerKey({ siteId: 'ailleurs', keyId: paul.keyId, trainerName: 'Paul', publicKey: paul.publicKey });
});
afterAll(() => server.stop());

describe('bilans, plans and scores at the server', () => {
  it('[W12] [W13] refuses an unsigned one, one signed by an unregistered key and one by another site’s key; takes the well signed one', async () => {
    const docs = [
      await bilan(marie, 'b-ok', ['m-accueil']),
      unsigned(await bilan(marie, 'b-nu', ['m-accueil'])),
      await bilan(stranger, 'b-inconnu', ['m-accueil']),
      await bilan(paul, 'b-ailleurs', ['m-accueil']),
      await score(marie, 's-ok', 0.8),
      unsigned(await score(marie, 's-nu', 0.8)),
      await score(stranger, 's-inconnu', 0.8),
      await score(paul, 's-ailleurs', 0.8),
    ];
    const got = reasons((await bulk(docs.map((d) => atRev(d, 1)))).json);
    expect(got).toEqual({
      'bilan:ana:b-nu': expect.stringContaining('non signé'),
      'bilan:ana:b-inconnu': expect.stringContaining('non enregistrée'),
      'bilan:ana:b-ailleurs': expect.stringContaining('non enregistrée'),
      'roleplay-score:ana:s-nu': expect.stringContaining('non signé'),
      'roleplay-score:ana:s-inconnu': expect.stringContaining('non enregistrée'),
      'roleplay-score:ana:s-ailleurs': expect.stringContaining('non enregistrée'),
    });
  });

  it('[W16] refuses an older version replayed over a newer one: the plan and the score stand', async () => {
    const b1 = await bilan(marie, 'b-roll', ['m-accueil']);
    const b2 = await bilan(marie, 'b-roll', [], b1);
    const s1 = await score(marie, 's-roll', 0.3);
    const s2 = await score(marie, 's-roll', 0.9, s1);
    expect((await bulk([atRev(b1, 1), atRev(s1, 1)])).json).toEqual([]);
    expect((await bulk([atRev(b2, 2), atRev(s2, 2)])).json).toEqual([]);
    const replay = reasons((await bulk([atRev(b1, 3), atRev(s1, 3)])).json);
    expect(replay).toEqual({
      'bilan:ana:b-roll': expect.stringContaining('plus ancienne'),
      'roleplay-score:ana:s-roll': expect.stringContaining('plus ancienne'),
    });
    const held = await server.app.relais.backend.service.dbOf({ kind: 'site', siteId: site }).allDocs();
    expect(held.find((d) => d._id === 'bilan:ana:b-roll')).toMatchObject({ version: 2, plan: { exempt: [] } });
    expect(held.find((d) => d._id === 'roleplay-score:ana:s-roll')).toMatchObject({ version: 2, ratio: 0.9 });
  });
});
