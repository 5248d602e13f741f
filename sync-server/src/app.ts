import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { ensureWritableDir } from './data-dir';
import { registerStaticApp } from './static-app';

export interface BuildOptions {
  logger?: boolean;
}

/** Builds the server: the PWA and (once registered) the sync endpoint, behind one fastify instance. */
export async function buildServer(config: ServerConfig, opts: BuildOptions = {}): Promise<FastifyInstance> {
  await ensureWritableDir(config.dataDir);
  const app = Fastify({ logger: opts.logger ?? false, routerOptions: { ignoreTrailingSlash: true } });
  if (config.appDir) await registerStaticApp(app, config.appDir);
  return app;
}
