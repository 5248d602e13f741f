import Fastify, { type FastifyInstance } from 'fastify';
import { AdminService } from './admin/admin.service';
import { startAdminSocket } from './admin/admin-socket';
import { openBackend, type Backend } from './backend';
import type { ServerConfig } from './config';
import { ensureWritableDir } from './data-dir';
import { AuthGuard } from './gateway/auth-guard';
import { GATEWAY_DB, SharedCounters } from './gateway/shared-counters';
import { registerSyncGateway } from './gateway/sync-routes';
import { registerStaticApp } from './static-app';

interface BuildOptions {
  logger?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    relais: { backend: Backend; admin: AdminService };
  }
}

/** Builds the server: the PWA and the sync endpoint (under /sync), behind one fastify instance. */
export async function buildServer(config: ServerConfig, opts: BuildOptions = {}): Promise<FastifyInstance> {
  await ensureWritableDir(config.dataDir);
  const app = Fastify({ logger: opts.logger ?? false, routerOptions: { ignoreTrailingSlash: true } });
  const backend = await openBackend({ dataDir: config.dataDir, couchDbUrl: config.couchDbUrl, limits: config.limits });
  const admin = new AdminService(backend);
  app.decorate('relais', { backend, admin });
  const socket = config.adminSocket === false ? undefined : await startAdminSocket(config.dataDir, admin);
  const counters = new SharedCounters();
  // [S2] Several gateways on one CouchDB share their counters (rate limits, budgets, lockouts).
  if (backend.store.kind === 'couchdb') await counters.share(backend.store.db(GATEWAY_DB));
  app.addHook('onClose', async () => {
    counters.stop();
    socket?.close();
    await backend.close();
  });
  await registerSyncGateway(app, {
    service: backend.service,
    registry: backend.registry,
    guard: new AuthGuard(backend.service.limits, counters),
    audit: backend.audit,
    counters,
    appOrigin: config.appOrigin,
  });
  if (config.appDir) await registerStaticApp(app, config.appDir);
  return app;
}
