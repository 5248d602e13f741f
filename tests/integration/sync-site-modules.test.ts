import 'fake-indexeddb/auto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signModuleVersion } from '../../src/app/trainer/authoring/module-publish';
import { analyseInk } from '../../src/domain/authoring/ink-checks';
import { draftAfterPublish, isBehind, type ModuleDraft } from '../../src/domain/authoring/module-draft';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import type { ContentSiteModuleDoc } from '../../src/domain/sync/site-content';
import { AppDb } from '../../src/storage/app-db';
import { createReplica, type PouchConstructor } from '../../src/storage/pouch-replica';
import { SyncRepository } from '../../src/storage/sync.repository';
import { AuthoringRepository } from '../../src/storage/trainer/authoring.repository';
import { runSync } from '../../src/sync/sync-run';
import { identityOf, moduleDraftFactory } from '../support/authoring-factory';
import { trainerFactory, type TestTrainer } from '../support/trainer-factory';
import { raw } from './helpers/raw';
import { enrol, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';

let server: TestServer;
let trainerDevice: EnrolResponse;
let terminal: EnrolResponse;
let marie: TestTrainer;
let paul: TestTrainer;
const site = 'modules';
const hex = (c: string) => c.repeat(32);
const reasons = (json: unknown) => Object.fromEntries((json as { id: string; reason: string }[]).map((r) => [r.id, r.reason]));
const push = (device: EnrolResponse, docs: unknown[]) =>
  raw(server.url, { path: '/sync/content/_bulk_docs', device, body: { docs, new_edits: false } });
const atRev = <T extends object>(doc: T, gen: number, ids: string[]) => ({
  ...doc,
  _rev: `${gen}-${ids[0]}`,
  _revisions: { start: gen, ids },
});

async function version(t: TestTrainer, draft: ModuleDraft, latest?: ContentSiteModuleDoc, siteId = site): Promise<ContentSiteModuleDoc> {
  const ink = new Map(draft.module.roleplays.map((r) => [r.name, analyseInk(r.ink)]));
  const r = await signModuleVersion(identityOf(t, siteId), draft, ink, latest, { keepMine: true });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.doc;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'relais-site-modules-'));
  server = await startSyncServer();
  await seedSite(server.admin, site, ['ana']);
  await seedSite(server.admin, 'ailleurs', ['zoe']);
  trainerDevice = await enrol(server, site, 'formateur-1', 'trainer');
  terminal = await enrol(server, site, 'poste-1');
  [marie, paul] = await Promise.all([trainerFactory('k-marie'), trainerFactory('k-paul')]);
  await server.admin.registerTrainerKey({ siteId: site, keyId: marie.keyId, trainerName: 'Marie', publicKey: marie.publicKey });
  await server.admin.registerTrainerKey({ siteId: 'ailleurs', keyId: paul.keyId, trainerName: 'Paul', publicKey: paul.publicKey });
});
let root: string;
afterAll(async () => {
  await server.stop();
  await rm(root, { recursive: true, force: true });
});

/** A device as the app runs it: its Dexie database and a PouchDB replica in a folder of its own. */
async function device(name: string, enrolment: EnrolResponse) {
  await mkdir(join(root, name));
  const db = new AppDb(`site-modules-${name}-${Math.random()}`);
  const sync = () =>
    runSync(
      {
        store: new SyncRepository(db),
        openReplica: async (target) => createReplica(PouchDB as unknown as PouchConstructor, target, (n) => join(root, name, n)),
        installPack: async () => ({ ok: true }),
        activeContentHash: () => undefined,
        baseUrl: server.url,
      },
      enrolment,
      () => undefined,
    );
  return { db, sync, authoring: new AuthoringRepository(db) };
}

describe('a site’s own modules in content', () => {
  it('[W21] a trainer device of the site publishes a module signed by a trainer key of the site; anything else is refused', async () => {
    const named = (slug: string, siteId = site) => {
      const d = moduleDraftFactory(siteId);
      d.moduleId = d.module.ref.id = d.module.ref.dir = d.module.meta.id = `${siteId}-${slug}`;
      return d;
    };
    const v1 = await version(marie, named('accueil'));
    const signed = await version(marie, named('falsifie'));
    const tampered = { ...signed, module: { ...signed.module, title: 'Changé après signature' } };
    const byPaul = await version(paul, named('paul'));
    const otherSite = await version(paul, named('autre', 'ailleurs'), undefined, 'ailleurs');
    expect(reasons((await push(terminal, [atRev(v1, 1, [hex('1')])])).json)).toEqual({ [v1._id]: expect.stringContaining('formateur') });
    const docs = [v1, tampered, byPaul, otherSite].map((d, i) => atRev(d, 1, [hex(String(i + 1))]));
    expect(reasons((await push(trainerDevice, docs)).json)).toEqual({
      [tampered._id]: expect.stringContaining('signature'),
      [byPaul._id]: expect.stringContaining('non enregistrée'),
      [otherSite._id]: expect.stringContaining('autre site'),
    });
  });

  it('[W21] [W16] each publish is the next version: an older one re-pushed, or a fork, is refused', async () => {
    const draft = moduleDraftFactory(site, 'ccp1.ecoute');
    draft.moduleId = draft.module.ref.id = draft.module.ref.dir = draft.module.meta.id = `${site}-ecoute`;
    const v1 = await version(marie, draft);
    const v2 = await version(marie, { ...draft, basedOn: 1 }, v1);
    expect((await push(trainerDevice, [atRev(v1, 1, [hex('a')])])).json).toEqual([]);
    expect((await push(trainerDevice, [atRev(v2, 2, [hex('b'), hex('a')])])).json).toEqual([]);
    const replay = reasons((await push(trainerDevice, [atRev(v1, 3, [hex('c'), hex('b'), hex('a')])])).json);
    expect(Object.values(replay)[0]).toContain('plus ancienne');
    const stored = (await server.app.relais.backend.service.dbOf({ kind: 'content' }).allDocs()).find((d) => d._id === v1._id);
    expect(stored).toMatchObject({ version: 2, signedBy: 'k-marie', scope: `site:${site}` });
  });

  it('[W21] [W16] two publishes before one sync are both pushed, in order: the server and another terminal end on the last', async () => {
    const trainer = await device('formateur-1', trainerDevice);
    const classroom = await device('poste-1', terminal);
    const draft = moduleDraftFactory(site, 'ccp1.ecoute');
    draft.moduleId = draft.module.ref.id = draft.module.ref.dir = draft.module.meta.id = `${site}-deux-fois`;
    const v1 = await version(marie, draft);
    await trainer.authoring.publish(v1, { ...draft, basedOn: 1 });
    const first = await trainer.sync();
    expect(first, JSON.stringify(first)).toMatchObject({ ok: true, refused: [] });

    // Offline, the trainer fixes the quiz twice and publishes each time.
    const fixed = (prompt: string, basedOn: number): ModuleDraft => {
      const d = structuredClone(draft);
      d.basedOn = basedOn;
      d.module.quiz!.items[0]!.prompt = prompt;
      return d;
    };
    const v2 = await version(marie, fixed('Que dit-on d’abord ?', 1), v1);
    await trainer.authoring.publish(v2, fixed('Que dit-on d’abord ?', 2));
    const v3 = await version(marie, fixed('Que dit-on en tout premier ?', 2), v2);
    await trainer.authoring.publish(v3, fixed('Que dit-on en tout premier ?', 3));
    expect(await new SyncRepository(trainer.db).signedCounts()).toEqual({ pending: 2, refused: 0 });

    const run = await trainer.sync();
    expect(run).toMatchObject({ ok: true, refused: [], sent: 2 });
    expect(await new SyncRepository(trainer.db).signedCounts()).toEqual({ pending: 0, refused: 0 });
    const content = server.app.relais.backend.service.dbOf({ kind: 'content' });
    const stored = (await content.allDocs()).find((d) => d._id === v3._id);
    expect(stored).toMatchObject({
      version: 3,
      signature: v3.signature,
      module: { items: [expect.objectContaining({ prompt: 'Que dit-on en tout premier ?' })] },
    });
    expect((await trainer.authoring.versions(v3.module.id)).map((d) => [d.version, d.signature])).toEqual([
      [1, v1.signature],
      [2, v2.signature],
      [3, v3.signature],
    ]);

    // A version sent again once it is on the server (and pulled back) is not sent: nothing changes there.
    await trainer.db.signedOutbox.update(`${v3._id}@3`, { synced: 0 });
    const revOf = async () => ((await content.get(v3._id)) as { _rev: string })._rev;
    const rev = await revOf();
    expect(rev).toMatch(/^3-/);
    expect(await trainer.sync()).toMatchObject({ ok: true, refused: [] });
    expect(await revOf()).toBe(rev);

    expect((await classroom.sync()).ok).toBe(true);
    const held = await classroom.db.siteModules.where('moduleId').equals(v3.module.id).toArray();
    expect(held.map((r) => [r.version, r.doc.signature])).toEqual([[3, v3.signature]]);
    trainer.db.close();
    classroom.db.close();
  });

  it('[W16] [W21] two trainers of the site publish the same version offline: the second is refused, keeps its draft, is told and chooses', async () => {
    const lea = await trainerFactory('k-lea');
    await server.admin.registerTrainerKey({ siteId: site, keyId: lea.keyId, trainerName: 'Léa', publicKey: lea.publicKey });
    const first = await device('formateur-a', await enrol(server, site, 'formateur-a', 'trainer'));
    const second = await device('formateur-b', await enrol(server, site, 'formateur-b', 'trainer'));
    const draft = moduleDraftFactory(site, 'ccp1.ecoute');
    draft.moduleId = draft.module.ref.id = draft.module.ref.dir = draft.module.meta.id = `${site}-a-deux`;
    const v1 = await version(marie, draft);
    await first.authoring.publish(v1, { ...draft, basedOn: 1 });
    expect((await first.sync()).ok).toBe(true);
    expect((await second.sync()).ok).toBe(true);
    expect((await second.authoring.versions(v1.module.id)).map((d) => d.version)).toEqual([1]);

    const edited = (prompt: string): ModuleDraft => {
      const d = structuredClone(draft);
      d.basedOn = 1;
      d.module.quiz!.items[0]!.prompt = prompt;
      return d;
    };
    const marieV2 = await version(marie, edited('Version de Marie ?'), v1);
    await first.authoring.publish(marieV2, draftAfterPublish(edited('Version de Marie ?'), marieV2));
    const leaV2 = await version(lea, edited('Version de Léa ?'), v1);
    const leaDraft = draftAfterPublish(edited('Version de Léa ?'), leaV2);
    await second.authoring.publish(leaV2, leaDraft);
    expect((await first.sync()).refused).toEqual([]);

    // Léa's version 2 is refused: Marie's reached the server first.
    const run = await second.sync();
    expect(run.refused).toEqual([{ id: leaV2._id, reason: expect.stringContaining('déjà signée avec un autre contenu') }]);
    expect(await new SyncRepository(second.db).signedCounts()).toEqual({ pending: 0, refused: 1 });
    // Her device now holds Marie's version 2, not her own refused one; her text is still her draft.
    const held = await second.authoring.versions(v1.module.id);
    expect(held.map((d) => [d.version, d.signedBy])).toEqual([
      [1, marie.keyId],
      [2, marie.keyId],
    ]);
    expect((await second.authoring.draft(v1.module.id))?.module.quiz?.items[0]?.prompt).toBe('Version de Léa ?');
    // Her next publish says so and shows Marie's; nothing is signed until she chooses.
    const latest = held.at(-1);
    const saved = (await second.authoring.draft(v1.module.id)) as ModuleDraft;
    expect(isBehind(saved, latest)).toBe(true);
    const ink = new Map(saved.module.roleplays.map((r) => [r.name, analyseInk(r.ink)]));
    const told = await signModuleVersion(identityOf(lea, site), saved, ink, latest);
    expect(told).toMatchObject({ ok: false, reason: 'behind', theirs: { version: 2, signature: marieV2.signature } });
    // She keeps hers: version 3, after Marie's, goes through.
    const mine = await signModuleVersion(identityOf(lea, site), saved, ink, latest, { keepMine: true });
    if (!mine.ok) throw new Error(JSON.stringify(mine));
    await second.authoring.publish(mine.doc, draftAfterPublish(saved, mine.doc));
    expect(await second.sync()).toMatchObject({ ok: true, refused: [] });
    const stored = (await server.app.relais.backend.service.dbOf({ kind: 'content' }).allDocs()).find((d) => d._id === v1._id);
    expect(stored).toMatchObject({
      version: 3,
      signedBy: lea.keyId,
      module: { items: [expect.objectContaining({ prompt: 'Version de Léa ?' })] },
    });
    first.db.close();
    second.db.close();
  });
});
