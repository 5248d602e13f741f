import type { FastifyInstance } from 'fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-node';
import { buildServer } from '../../../sync-server/src/app';
import type { ServerConfig } from '../../../sync-server/src/config';
import type { AdminService } from '../../../sync-server/src/admin/admin.service';
import type { EnrolResponse } from '../../../src/domain/sync/device.schema';
import { pacedFetch } from '../../../src/sync/paced-fetch';
import { learnerFactory, TEST_TRAINER, testTrainerKeys } from '../../factories/record.factory';

export interface TestServer {
  url: string;
  app: FastifyInstance;
  admin: AdminService;
  dataDir: string;
  stop(): Promise<void>;
}

/** The real server (sync endpoint only) on a free port with a fresh data dir. */
export async function startSyncServer(config: Partial<ServerConfig> = {}): Promise<TestServer> {
  const root = await mkdtemp(join(tmpdir(), 'relais-sync-'));
  const dataDir = config.dataDir ?? join(root, 'data');
  const app = await buildServer({ port: 0, host: '127.0.0.1', dataDir, ...config });
  await app.listen({ port: config.port ?? 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    admin: app.relais.admin,
    dataDir,
    async stop() {
      await app.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export async function enrol(
  server: { url: string; admin: AdminService },
  siteId: string,
  deviceId: string,
  role: 'terminal' | 'trainer' = 'terminal',
): Promise<EnrolResponse> {
  const { code } = await server.admin.enrol(siteId, role);
  const res = await fetch(`${server.url}/sync/_enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceId }),
  });
  if (!res.ok) throw new Error(`enrolment failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as EnrolResponse;
}

export type Db = PouchDB.Database<Record<string, unknown>>;

const terminalFetch = pacedFetch((u, init) => fetch(u, init));
/** A real PouchDB client database on the server, as a terminal sees it. */
export function remote(url: string, dbName: string, device: { deviceId: string; credential: string }): Db {
  // Paced as a terminal's replica is: a test that pushes thousands of events does not trip [A4].
  return new PouchDB(`${url}/sync/${dbName}`, {
    skip_setup: true,
    auth: { username: device.deviceId, password: device.credential },
    fetch: terminalFetch,
  }) as Db;
}

const localRoots: string[] = [];
/** A terminal's own PouchDB on LevelDB in a temp dir. */
export async function local(name = 'terminal'): Promise<Db> {
  const root = await mkdtemp(join(tmpdir(), `relais-client-${name}-`));
  localRoots.push(root);
  return new PouchDB(join(root, 'db')) as Db;
}
export async function cleanLocals(): Promise<void> {
  await Promise.all(localRoots.splice(0).map((r) => rm(r, { recursive: true, force: true })));
}

/** Registers the factories' trainer key for a site, as the operator does with `trainer-key`. */
export async function registerTestTrainer(admin: AdminService, siteId: string): Promise<void> {
  await admin.registerTrainerKey({
    siteId,
    keyId: TEST_TRAINER.keyId,
    trainerName: TEST_TRAINER.name,
    publicKey: (await testTrainerKeys()).publicKey,
  });
}

/** A site with its trainer key and learners, seeded through the admin service as `npm start` does. */
export async function seedSite(admin: AdminService, siteId: string, learnerIds: string[]): Promise<void> {
  await registerTestTrainer(admin, siteId);
  await admin.putLearners(await Promise.all(learnerIds.map((id) => learnerFactory(siteId, id))));
}

/** Basic auth header for raw requests. */
export const basic = (d: { deviceId: string; credential: string }) =>
  `Basic ${Buffer.from(`${d.deviceId}:${d.credential}`).toString('base64')}`;

export function replicate(from: Db, to: Db, opts: PouchDB.Replication.ReplicateOptions = {}) {
  const denied: { id: string; reason: string }[] = [];
  const rep = PouchDB.replicate(from, to, { batch_size: 100, ...opts });
  rep.on('denied', (e) => denied.push(e as unknown as { id: string; reason: string }));
  return Object.assign(rep, { denied });
}
