import 'fake-indexeddb/auto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packHash } from '../../src/domain/content/pack-hash';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { packToContentDocs, type ContentModuleDoc } from '../../src/domain/sync/content-docs';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { signDoc } from '../../src/domain/sync/signed-doc';
import { AppDb } from '../../src/storage/app-db';
import { createReplica, type PouchConstructor } from '../../src/storage/pouch-replica';
import { SyncRepository } from '../../src/storage/sync.repository';
import { runSync } from '../../src/sync/sync-run';
import type { StoredDoc } from '../../sync-server/src/store/sync-store';
import { operatorFactory, signedContentDocs } from '../factories/operator.factory';
import { makePack } from '../factories/pack.factory';
import { testTrainerKeys, TEST_TRAINER } from '../factories/record.factory';
import { runCli } from './helpers/child-server';
import { raw } from './helpers/raw';
import { cleanLocals, enrol, local, remote, replicate, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';

let server: TestServer;
let trainer: EnrolResponse;
let terminal: EnrolResponse;
const site = 'national';
const hex = (c: string) => c.repeat(32);
const reasons = (json: unknown) => Object.fromEntries((json as { id: string; reason: string }[]).map((r) => [r.id, r.reason]));
const atRev = <T extends object>(doc: T, gen: number, ids: string[]) => ({
  ...doc,
  _rev: `${gen}-${ids[0]}`,
  _revisions: { start: gen, ids },
});
const push = (device: EnrolResponse, docs: unknown[]) =>
  raw(server.url, { path: '/sync/content/_bulk_docs', device, body: { docs, new_edits: false } });
const contentDb = () => server.app.relais.backend.store.db('content');
const storedDoc = async (id: string) => (await contentDb().allDocs()).find((d) => d._id === id);

beforeAll(async () => {
  server = await startSyncServer();
  await seedSite(server.admin, site, ['ana']);
  trainer = await enrol(server, site, 'formateur-1', 'trainer');
  terminal = await enrol(server, site, 'poste-1');
});
afterAll(async () => {
  await server.stop();
  await cleanLocals();
});

describe('[W23] no device writes national content', () => {
  it('[W23] an unsigned national module, one signed by a trainer key, one signed by an operator key and an operator key are refused from every device', async () => {
    const operator = await operatorFactory('exploitant-pirate');
    const pack = await makePack({ modules: 1 });
    const [unsigned] = packToContentDocs(pack, '2026-12-01T09:00:00.000Z').filter((d) => d.type === 'content-module');
    const [programme, operatorSigned] = await signedContentDocs(pack, operator);
    const byTrainer = await signDoc({ ...operatorSigned!, signedBy: TEST_TRAINER.keyId }, (await testTrainerKeys()).privateKey);
    const docs = [
      atRev(unsigned!, 1, [hex('1')]),
      atRev({ ...byTrainer, _id: 'module:par-formateur' }, 1, [hex('2')]),
      atRev(programme!, 1, [hex('3')]),
      atRev(operator.keyDoc, 1, [hex('4')]),
    ];
    for (const device of [trainer, terminal]) {
      const refused = reasons((await push(device, docs)).json);
      expect(Object.keys(refused).sort()).toEqual(
        [unsigned!._id, 'module:par-formateur', 'operator-key:exploitant-pirate', 'programme'].sort(),
      );
      for (const reason of Object.values(refused)) expect(reason).toContain('[W23]');
    }
    expect(await contentDb().allDocs()).toEqual([]);
  });

  it('[W23] a trainer’s real PouchDB replica cannot replace the published programme', async () => {
    const pack = await makePack({ modules: 1, titlePrefix: 'Officiel' });
    await server.admin.publishPack(pack);
    const mine = await local('trainer-content');
    await replicate(remote(server.url, 'content', trainer), mine);
    const published = (await mine.get('programme')) as Record<string, unknown>;
    await mine.put({ ...published, programme: { ...(published.programme as object), title: 'Programme pirate' } });
    const pushed = replicate(mine, remote(server.url, 'content', trainer));
    await pushed;
    expect(pushed.denied.map((d) => [d.id, d.reason])).toEqual([['programme', expect.stringContaining('[W23]')]]);
    expect(await storedDoc('programme')).toMatchObject({ version: published.version, signature: published.signature });
  });
});

describe('[W24] the operator signs the national content', () => {
  it('[W24] publish signs each document with the server’s operator key (created 0600 on first use), and a new pack moves the changed ones to the next version', async () => {
    const fresh = await startSyncServer();
    try {
      const pack = await makePack({ modules: 2 });
      const first = await fresh.admin.publishPack(pack);
      expect(first).toMatchObject({ written: 3, keyId: 'exploitant', createdKey: true });
      expect((await stat(join(fresh.dataDir, 'operator-key.json'))).mode & 0o777).toBe(0o600);
      const db = fresh.app.relais.backend.store.db('content');
      const v1 = new Map((await db.allDocs()).map((d) => [d._id, d]));
      expect(v1.get('operator-key:exploitant')).toMatchObject({ type: 'operator-key', keyId: 'exploitant' });
      expect(v1.get('programme')).toMatchObject({ scope: 'national', schema: 2, version: 1, prevHash: null, signedBy: 'exploitant' });
      const edited = structuredClone(pack) as ContentPack;
      edited.modules[1]!.title = 'Module modifié';
      const { kind, format, hash, builtAt, ...body } = edited;
      edited.hash = await packHash(body);
      const second = await fresh.admin.publishPack(edited);
      expect(second).toMatchObject({ written: 1, createdKey: false });
      const moved = await db.get(`module:${pack.modules[1]!.id}`);
      expect(moved).toMatchObject({ version: 2, prevHash: expect.stringMatching(/^[0-9a-f]{64}$/), module: { title: 'Module modifié' } });
      expect(await db.get('programme')).toMatchObject({ version: 1, signature: (v1.get('programme') as StoredDoc).signature });
      expect((await fresh.admin.publishPack(edited)).written).toBe(0);

      // Another gateway on the same store, without the key file: it makes no second key under the same id.
      await rm(join(fresh.dataDir, 'operator-key.json'));
      await expect(fresh.admin.publishPack(pack)).rejects.toThrow('déjà enregistrée');
      await expect(stat(join(fresh.dataDir, 'operator-key.json'))).rejects.toThrow('ENOENT');
    } finally {
      await fresh.stop();
    }
  });

  it('[W24] a key file held off the server signs once its public key is registered; an unregistered one is refused', async () => {
    const root = await mkdtemp(join(tmpdir(), 'relais-opkey-'));
    const env = { DATA_DIR: join(root, 'data') };
    try {
      const keyFile = join(root, 'cle-usb.json');
      const created = await runCli(['operator-key', 'create', '--key-id', 'national-2026', '--out', keyFile], env);
      expect(created.code).toBe(0);
      expect(created.stdout).toContain('Empreinte');
      expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
      const again = await runCli(['operator-key', 'create', '--key-id', 'national-2026', '--out', join(root, 'autre.json')], env);
      expect(again.stderr).toContain('déjà enregistrée');
      const over = await runCli(['operator-key', '--key-id', 'national-2027', '--out', keyFile], env);
      expect(over.stderr).toContain('jamais remplacée');
      await writeFile(join(root, 'pack.json'), JSON.stringify(await makePack({ modules: 1 })));
      const published = await runCli(['publish', join(root, 'pack.json'), '--key', keyFile], env);
      expect(published.stdout).toContain('signé par « national-2026 »');

      // The same key file on another server, where its public key was never registered, signs nothing.
      const other = { DATA_DIR: join(root, 'autre') };
      const refused = await runCli(['publish', join(root, 'pack.json'), '--key', keyFile], other);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('n’est pas enregistrée');
      const { publicKey } = JSON.parse(await readFile(keyFile, 'utf8')) as { publicKey: string };
      expect((await runCli(['operator-key', 'register', '--key-id', 'national-2026', '--public-key', publicKey], other)).code).toBe(0);
      expect((await runCli(['publish', join(root, 'pack.json'), '--key', keyFile], other)).code).toBe(0);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('[W25] the terminal checks the national content again before it installs', () => {
  it('[W25] installs what the operator signed; keeps its content when a document is forged or rolled back in the store, and says why', async () => {
    const appDb = new AppDb(`national-${Date.now()}`);
    const replicaRoot = await mkdtemp(join(tmpdir(), 'relais-national-replica-'));
    const installed: ContentPack[] = [];
    const sync = () =>
      runSync(
        {
          store: new SyncRepository(appDb),
          openReplica: async (target) => createReplica(PouchDB as unknown as PouchConstructor, target, (name) => join(replicaRoot, name)),
          installPack: async (pack) => {
            installed.push(pack);
            return { ok: true, status: 'imported' };
          },
          activeContentHash: () => installed.at(-1)?.hash,
          baseUrl: server.url,
        },
        terminal,
        () => undefined,
      );
    try {
      const pack = await makePack({ modules: 2, titlePrefix: 'Signé' });
      await server.admin.publishPack(pack);
      const first = await sync();
      expect(first).toMatchObject({ ok: true, contentInstalled: true });
      expect(installed.at(-1)?.hash).toBe(pack.hash);
      const moduleId = `module:${pack.modules[0]!.id}`;
      const v1 = (await storedDoc(moduleId)) as unknown as ContentModuleDoc & { _rev: string };

      // Written into the store around the gateway (a shared CouchDB, a restored backup): a forged module.
      await contentDb().put({ ...v1, module: { ...v1.module, title: 'Module pirate' } } as unknown as StoredDoc);
      const forged = await sync();
      expect(forged).toMatchObject({ ok: true, contentInstalled: false });
      expect(installed).toHaveLength(1);
      expect(forged.ignored).toEqual([{ id: moduleId, reason: 'contenu national : signature de l’exploitant invalide' }]);
      expect(forged.report?.refusals).toEqual([expect.objectContaining({ id: moduleId, kind: 'national-content' })]);

      // The operator publishes a new version; then the store is rolled back to the older signed one.
      const edited = await makePack({ modules: 2, titlePrefix: 'Nouveau' });
      await server.admin.publishPack(edited);
      expect((await sync()).contentInstalled).toBe(true);
      expect(installed.at(-1)?.hash).toBe(edited.hash);
      const current = await storedDoc(moduleId);
      // Built on what the store held (the forged text): the next version all the same.
      expect(current).toMatchObject({ version: v1.version + 1 });
      await contentDb().put({ ...v1, _rev: current!._rev } as unknown as StoredDoc);
      const rolledBack = await sync();
      expect(rolledBack.contentInstalled).toBe(false);
      expect(installed.at(-1)?.hash).toBe(edited.hash);
      expect(rolledBack.ignored).toEqual([
        { id: moduleId, reason: `contenu national : version ${v1.version} plus ancienne que la version ${v1.version + 1} installée` },
      ]);
    } finally {
      appDb.close();
      await rm(replicaRoot, { recursive: true, force: true });
    }
  });
});
