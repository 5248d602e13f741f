import express from 'express';
import expressPouchDB from 'express-pouchdb';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-node';

export interface ReferenceCouch {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Stops answering (the port closes) but keeps the data, to simulate a backend that is down. */
  pause(): Promise<void>;
  resume(): Promise<void>;
}

/**
 * An unguarded CouchDB-protocol server (express-pouchdb over pouchdb-node on LevelDB), in this
 * process: the stand-in for a real CouchDB in tests and the baseline in the bench.
 */
export async function startReferenceCouch(port = 0): Promise<ReferenceCouch> {
  const root = await mkdtemp(join(tmpdir(), 'relais-couch-'));
  const Pouch = PouchDB.defaults({ prefix: `${root}/` } as PouchDB.Configuration.DatabaseConfiguration);
  const app = express();
  app.use('/', expressPouchDB(Pouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: join(root, 'log.txt') }));
  let server: Server;
  const listen = (p: number) =>
    new Promise<Server>((resolve) => {
      const s = app.listen(p, '127.0.0.1', () => resolve(s));
    });
  server = await listen(port);
  const bound = (server.address() as AddressInfo).port;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections?.();
    });
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    async pause() {
      await close();
    },
    async resume() {
      server = await listen(bound);
    },
    async stop() {
      await close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
