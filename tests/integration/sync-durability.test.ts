import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-node';
import { afterAll, describe, expect, it } from 'vitest';
import { AdminService } from '../../sync-server/src/admin/admin.service';
import { openBackend } from '../../sync-server/src/backend';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { freePort, startChildServer } from './helpers/child-server';
import { learnerFactory, eventsFactory } from '../factories/record.factory';
import { cleanLocals, enrol, local, remote, replicate, seedSite, startSyncServer, type Db } from './helpers/sync-server';

const roots: string[] = [];
afterAll(async () => {
  await cleanLocals();
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
});

async function serverState(db: Db) {
  const rows = (await db.allDocs({ include_docs: true, conflicts: true })).rows;
  return {
    events: rows.filter((r) => r.id.startsWith('event:')).length,
    conflicts: rows.filter((r) => (r.doc as { _conflicts?: unknown[] })._conflicts?.length).length,
    revs: new Map(rows.map((r) => [r.id, r.value.rev])),
  };
}

describe('failures in the middle of a sync', () => {
  it('[D1] the server killed in the middle of a push, then resumed: nothing lost, nothing duplicated', async () => {
    const root = await mkdtemp(join(tmpdir(), 'relais-kill-'));
    roots.push(root);
    const dataDir = join(root, 'data');
    // Seed while no server holds the store, as an operator would before starting it.
    const backend = await openBackend({ dataDir });
    const admin = new AdminService(backend);
    await admin.putLearners([await learnerFactory('kill', 'ana')]);
    const { code } = await admin.enrol('kill', 'terminal');
    await backend.close();

    const port = await freePort();
    let child = await startChildServer({ dataDir, port });
    const res = await fetch(`${child.url}/sync/_enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, deviceId: 't1' }),
    });
    const dev = (await res.json()) as EnrolResponse;

    const db = await local('kill');
    await db.bulkDocs(eventsFactory({ siteId: 'kill', learnerId: 'ana', deviceId: 't1', count: 3000 }));
    const push = PouchDB.replicate(db, remote(child.url, 'site-kill', dev), { batch_size: 50 });
    let killed: Promise<void> | undefined;
    push.on('change', (info) => {
      if (!killed && info.docs_written >= 500) killed = child.kill('SIGKILL');
    });
    await expect(push).rejects.toBeTruthy();
    await killed;

    child = await startChildServer({ dataDir, port });
    try {
      const resumed = await replicate(db, remote(child.url, 'site-kill', dev), { batch_size: 200 });
      expect(resumed.ok).toBe(true);
      expect(resumed.docs_written).toBeLessThan(3000);
      const check = await local('kill-check');
      await replicate(remote(child.url, 'site-kill', dev), check);
      const state = await serverState(check);
      expect(state.events).toBe(3000);
      expect(state.conflicts).toBe(0);
      const localRevs = new Map((await db.allDocs()).rows.map((r) => [r.id, r.value.rev]));
      for (const [id, rev] of localRevs) expect(state.revs.get(id)).toBe(rev);
    } finally {
      await child.kill('SIGTERM');
    }
  });

  it('[D2] a connection reset after the commit: the retry changes nothing', async () => {
    const server = await startSyncServer();
    const proxy = await resetOnceProxy(server.url, '_bulk_docs');
    try {
      await seedSite(server.admin, 'reset', ['ana']);
      const dev = await enrol(server, 'reset', 't1');
      const db = await local('reset');
      await db.bulkDocs(eventsFactory({ siteId: 'reset', learnerId: 'ana', deviceId: 't1', count: 100 }));
      await expect(replicate(db, remote(proxy.url, 'site-reset', dev), { batch_size: 100 })).rejects.toBeTruthy();
      expect(proxy.resets).toBe(1);
      const seqAfterCommit = (await server.app.relais.backend.service.dbOf({ kind: 'site', siteId: 'reset' }).info()).update_seq;
      expect(seqAfterCommit).toBe(102); // the trainer key, the learner, 100 events
      const retry = await replicate(db, remote(proxy.url, 'site-reset', dev), { batch_size: 100 });
      expect(retry.ok).toBe(true);
      expect(retry.docs_written).toBe(0);
      const after = (await server.app.relais.backend.service.dbOf({ kind: 'site', siteId: 'reset' }).info()).update_seq;
      expect(after).toBe(seqAfterCommit);
      const check = await local('reset-check');
      await replicate(remote(server.url, 'site-reset', dev), check);
      const state = await serverState(check);
      expect(state.events).toBe(100);
      expect(state.conflicts).toBe(0);
    } finally {
      await new Promise<void>((r) => proxy.server.close(() => r()));
      await server.stop();
    }
  });
});

/** Forwards everything, but drops the connection once, right after the server answered `match`. */
async function resetOnceProxy(target: string, match: string): Promise<{ url: string; server: Server; resets: number }> {
  const state = { resets: 0 };
  const t = new URL(target);
  const server = createServer((req, res) => {
    const chunks: Uint8Array[] = [];
    req.on('data', (c: Buffer) => chunks.push(new Uint8Array(c)));
    req.on('end', () => {
      const up = request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
        const body: Uint8Array[] = [];
        upRes.on('data', (c: Buffer) => body.push(new Uint8Array(c)));
        upRes.on('end', () => {
          if (state.resets === 0 && req.url?.includes(match)) {
            state.resets++;
            req.socket.destroy();
            return;
          }
          res.writeHead(upRes.statusCode ?? 500, upRes.headers).end(Buffer.concat(body));
        });
      });
      up.end(Buffer.concat(chunks));
    });
  });
  server.closeIdleConnections?.();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const out = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    get resets() {
      return state.resets;
    },
  };
  return out;
}
