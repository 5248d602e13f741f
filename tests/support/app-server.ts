import type { FastifyInstance } from 'fastify';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildServer } from '../../sync-server/src/app';
import type { ServerConfig } from '../../sync-server/src/config';

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  appDir: string;
  app: FastifyInstance;
  stop(): Promise<void>;
}

/** The built app under test; RELAIS_APP_DIR lets parallel work build elsewhere (`vite build --outDir`). */
export const BUILT_APP = resolve(process.env.RELAIS_APP_DIR ?? 'dist');

/**
 * Starts the real server on a free port with a fresh data dir. With `copyApp`, the built app is
 * served from a private copy that the test may change (to publish a "new version").
 */
export async function startAppServer(
  opts: { copyApp?: boolean; config?: Partial<ServerConfig>; port?: number } = {},
): Promise<RunningServer> {
  const root = await mkdtemp(join(tmpdir(), 'relais-server-'));
  const dataDir = join(root, 'data');
  let appDir = BUILT_APP;
  if (opts.copyApp) {
    appDir = join(root, 'app');
    await cp(BUILT_APP, appDir, { recursive: true });
  }
  const config: ServerConfig = { port: opts.port ?? 0, host: '127.0.0.1', dataDir, appDir, ...opts.config };
  const app = await buildServer(config);
  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    appDir,
    app,
    async stop() {
      await app.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
