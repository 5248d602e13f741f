import type { FastifyInstance } from 'fastify';
import { parseDbName } from '../../../src/domain/sync/db-names';
import type { DeviceRegistry } from '../devices/device-registry';
import type { AuditLog } from './audit-log';
import { registerAuditHook } from './audit-hook';
import type { AuthGuard } from './auth-guard';
import { makeAuthenticator } from './authentication';
import { registerCors } from './cors';
import { registerErrorHandler } from './error-handler';
import { notFound } from './http-error';
import { registerInFlightBudget } from './in-flight';
import { registerJsonBodyParser } from './json-body-parser';
import { registerDeviceRateLimit } from './rate-limit';
import { LongPollRegistry } from './long-poll-registry';
import { registerChangesRoutes } from './routes/changes.routes';
import { registerCheckpointRoutes } from './routes/checkpoint.routes';
import { registerDocumentRoutes } from './routes/document.routes';
import { registerEnrolRoutes } from './routes/enrol.routes';
import type { RouteDeps } from './routes/route-deps';
import type { SharedCounters } from './shared-counters';
import { newSyncContext, type SyncContext } from './sync-context';
import type { DocumentService } from './document.service';

interface GatewayDeps {
  service: DocumentService;
  registry: DeviceRegistry;
  guard: AuthGuard;
  audit: AuditLog;
  counters: SharedCounters;
  appOrigin?: string;
}

const UNAUTHENTICATED = new Set(['/sync/_enrol']);
const FALLBACK = '/sync/*';

/** The replication endpoint, under /sync: an allow-list of routes, everything else 404 ([G1]). */
export async function registerSyncGateway(app: FastifyInstance, deps: GatewayDeps): Promise<void> {
  const { service, registry, guard, audit, counters, appOrigin } = deps;
  const polls = new LongPollRegistry();
  registry.onRevoked((deviceId) => polls.endAll(deviceId));
  const authenticate = makeAuthenticator(registry, guard, service.store.kind === 'couchdb');
  const routeDeps: RouteDeps = { service, registry, guard, polls };

  await app.register(
    async (sync) => {
      sync.decorateRequest('sync', null as unknown as SyncContext);
      sync.addHook('onRequest', async (req) => {
        req.sync = newSyncContext();
      });
      await registerCors(sync, appOrigin);
      registerJsonBodyParser(sync, service.limits.maxDepth);
      registerErrorHandler(sync);
      registerAuditHook(sync, audit);

      sync.addHook('onRequest', async (req) => {
        const route = req.routeOptions.url;
        // [G1] An unknown route is a 404 before authentication and before any body parsing.
        if (route === FALLBACK || route === undefined) {
          // [A8] Unknown routes spend the address's budget too; past it they are no longer audited.
          if (!guard.spendAnonymous(req.ip).ok) req.sync.quiet = true;
          throw notFound();
        }
        if (req.method === 'OPTIONS' || UNAUTHENTICATED.has(route)) return;
        // [G1] A name that can never be one of our databases is a 404 before anything else.
        const dbName = (req.params as { db?: string }).db;
        if (dbName !== undefined && !parseDbName(dbName)) throw notFound('Database does not exist.');
        req.sync.device = await authenticate(req);
      });
      await registerDeviceRateLimit(sync, counters, service.limits);
      registerInFlightBudget(sync, service.limits.inFlightBytes);

      registerEnrolRoutes(sync, routeDeps);
      registerDocumentRoutes(sync, routeDeps);
      registerCheckpointRoutes(sync, routeDeps);
      registerChangesRoutes(sync, routeDeps);
      // [G1] Everything else, whatever the method (OPTIONS is @fastify/cors's): 404 in onRequest above.
      sync.route({
        method: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'],
        url: '/*',
        exposeHeadRoute: false,
        handler: async () => {
          throw notFound();
        },
      });
    },
    { prefix: '/sync' },
  );
}
