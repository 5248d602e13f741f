import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { parseDbName, type DbRef } from '../../../src/domain/sync/db-names';
import { EnrolRequest } from '../../../src/domain/sync/device.schema';
import type { DeviceRegistry } from '../devices/device-registry';
import { StoreNotFound, StoreUnavailable } from '../store/sync-store';
import type { AuditLog } from './audit-log';
import type { AuthGuard } from './auth-guard';
import { badRequest, HttpError, notFound } from './http-error';
import { scanJson, type JsonIssue } from './json-guard';
import { bulkGetBody, changesParams, checkpointBody, getDocParams, LOCAL_ID_PATTERN, revsDiffBody } from './request-params';
import { checkpointKey, SyncService } from './sync.service';
import type { DeviceContext } from './validation';

export interface GatewayDeps {
  service: SyncService;
  registry: DeviceRegistry;
  guard: AuthGuard;
  audit: AuditLog;
  appOrigin?: string;
}

interface SyncContext {
  device?: DeviceContext;
  db?: string;
  accepted: number;
  refused: { id: string; reason: string }[];
  jsonIssues: JsonIssue[];
  elementLengths: Map<number, number>;
  started: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    sync: SyncContext;
  }
}

type Req = FastifyRequest<{ Params: Record<string, string>; Querystring: Record<string, string | undefined> }>;

/** The replication endpoint, under /sync: an allow-list of routes, everything else 404 ([G1]). */
export async function registerSyncGateway(app: FastifyInstance, deps: GatewayDeps): Promise<void> {
  const { service, registry, guard, audit, appOrigin } = deps;
  const limits = service.limits;
  const polls = new Map<string, Set<AbortController>>();
  registry.onRevoked((deviceId) => {
    for (const c of polls.get(deviceId) ?? []) c.abort();
  });

  await app.register(
    async (sync) => {
      sync.decorateRequest('sync', null as unknown as SyncContext);

      // [B1]–[B4] Our own JSON parser: size is checked by fastify first (413), then the text is scanned.
      sync.removeAllContentTypeParsers();
      sync.addContentTypeParser('application/json', { parseAs: 'string' }, (req, text, done) => {
        const scan = scanJson(text as string, limits.maxDepth);
        if (scan.fatal) return done(badRequest(scan.fatal) as unknown as FastifyError, undefined);
        try {
          const body: unknown = JSON.parse(text as string);
          req.sync.jsonIssues = scan.issues;
          req.sync.elementLengths = scan.elementLengths;
          done(null, body);
        } catch {
          done(badRequest('JSON invalide') as unknown as FastifyError, undefined);
        }
      });

      sync.addHook('onRequest', async (req, reply) => {
        req.sync = { accepted: 0, refused: [], jsonIssues: [], elementLengths: new Map(), started: performance.now() };
        // [G5] CORS for exactly the app's origin.
        const origin = req.headers.origin;
        if (appOrigin && origin === appOrigin) {
          reply.header('access-control-allow-origin', origin);
          reply.header('access-control-allow-credentials', 'true');
          reply.header('vary', 'Origin');
        }
        const route = req.routeOptions.url;
        if (req.method === 'OPTIONS' || route === '/sync/_enrol' || route === '/sync/*') return;
        // [G1] A name that can never be one of our databases is a 404 before anything else.
        const dbName = (req.params as { db?: string }).db;
        if (dbName !== undefined && !parseDbName(dbName)) throw notFound('Database does not exist.');
        req.sync.device = await authenticate(req);
      });

      sync.addHook('onResponse', async (req, reply) => {
        const ctx = req.sync;
        if (!ctx) return;
        audit.write({
          at: new Date().toISOString(),
          ip: req.ip,
          device: ctx.device?.deviceId ?? null,
          site: ctx.device?.siteId ?? null,
          method: req.method,
          route: req.routeOptions.url ?? req.url.slice(0, 200),
          db: ctx.db ?? null,
          status: reply.statusCode,
          accepted: ctx.accepted,
          refused: ctx.refused.length,
          reasons: ctx.refused.slice(0, 50),
          ms: Math.round(performance.now() - ctx.started),
        });
      });

      sync.setErrorHandler((err: FastifyError | Error, req, reply) => {
        const e = err as FastifyError & { status?: number };
        if (err instanceof HttpError) return sendError(reply, err.status, err.error, err.reason);
        if (err instanceof StoreUnavailable) return sendError(reply, 503, 'unavailable', 'base de données indisponible, réessayez plus tard');
        if (err instanceof StoreNotFound) return sendError(reply, 404, 'not_found', 'introuvable');
        if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 413, 'too_large', 'requête trop grosse');
        if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return sendError(reply, e.statusCode, 'bad_request', e.message);
        req.log.error(err);
        return sendError(reply, 500, 'internal', 'erreur interne');
      });

      async function authenticate(req: FastifyRequest): Promise<DeviceContext> {
        const header = req.headers.authorization ?? '';
        const m = /^Basic ([A-Za-z0-9+/=]{1,400})$/.exec(header);
        const [user = '', pass = ''] = m ? Buffer.from(m[1]!, 'base64').toString('utf8').split(/:(.*)/s) : [];
        // Counted per (address, device): a credential is 32 random bytes, so guessing it is hopeless
        // anyway, and neither a stranger who knows a device id nor one broken terminal behind a shared
        // classroom address can lock the other terminals out (SPEC [A3]).
        const keys = [`login:${req.ip}|${user.slice(0, 40)}`];
        const locked = guard.lockedFor(keys);
        if (locked > 0) throw new HttpError(429, 'too_many_requests', `trop d’échecs : réessayez dans ${Math.ceil(locked / 60_000)} min`);
        const device = user && pass ? await registry.authenticate(user, pass) : undefined;
        if (!device) {
          guard.fail(keys);
          throw new HttpError(401, 'unauthorized', 'poste inconnu ou révoqué : enrôlez-le de nouveau');
        }
        if (!guard.take(device.deviceId)) throw new HttpError(429, 'too_many_requests', 'trop de requêtes');
        return { deviceId: device.deviceId, siteId: device.siteId, role: device.role };
      }

      function dbRef(req: Req): DbRef {
        const name = req.params.db ?? '';
        req.sync.db = name.slice(0, 60);
        const ref = parseDbName(name);
        // [P1] Another site's database does not exist, as far as this device can tell.
        if (!ref || !service.canRead(req.sync.device!, ref)) throw notFound('Database does not exist.');
        return ref;
      }

      function noJsonIssues(req: FastifyRequest): void {
        const issue = req.sync.jsonIssues[0];
        if (issue) throw badRequest(issue.reason);
      }

      const small = { bodyLimit: limits.smallBodyBytes, exposeHeadRoute: false };
      const bulk = { bodyLimit: limits.bulkBodyBytes, exposeHeadRoute: false };

      sync.post('/_enrol', small, async (req, reply) => {
        const keys = [`ip:${req.ip}`];
        const locked = guard.lockedFor(keys);
        if (locked > 0) throw new HttpError(429, 'too_many_requests', `trop d’échecs : réessayez dans ${Math.ceil(locked / 60_000)} min`);
        noJsonIssues(req);
        const parsed = v.safeParse(EnrolRequest, req.body);
        if (!parsed.success) {
          guard.fail(keys);
          throw badRequest('code ou identifiant de poste invalide');
        }
        const res = await registry.redeem(parsed.output.code, parsed.output.deviceId);
        if (!res.ok) {
          if (res.reason !== 'device-taken') guard.fail(keys);
          throw new HttpError(res.reason === 'device-taken' ? 409 : 400, res.reason, res.reason);
        }
        req.sync.device = { deviceId: res.enrolment.deviceId, siteId: res.enrolment.siteId, role: res.enrolment.role };
        return reply.send(res.enrolment);
      });

      sync.get('/:db', small, async (req: Req) => {
        const ref = dbRef(req);
        const info = await service.dbOf(ref).info();
        return { db_name: req.params.db, update_seq: info.update_seq, doc_count: info.doc_count, instance_start_time: '0' };
      });

      sync.get('/:db/_local/:id', small, async (req: Req) => {
        const ref = dbRef(req);
        const id = localId(req);
        const doc = await service.dbOf(ref).getLocal(checkpointKey(req.sync.device!.deviceId, id));
        return { ...doc, _id: `_local/${id}` };
      });

      sync.put('/:db/_local/:id', small, async (req: Req, reply) => {
        const ref = dbRef(req);
        const id = localId(req);
        noJsonIssues(req);
        const doc = checkpointBody(req.body, id);
        const rev = await service.dbOf(ref).putLocal({ ...doc, _id: checkpointKey(req.sync.device!.deviceId, id) });
        return reply.code(201).send({ ok: true, id: `_local/${id}`, rev });
      });

      sync.post('/:db/_revs_diff', bulk, async (req: Req) => {
        const ref = dbRef(req);
        noJsonIssues(req);
        return service.dbOf(ref).revsDiff(revsDiffBody(req.body, limits));
      });

      sync.post('/:db/_bulk_docs', bulk, async (req: Req, reply) => {
        const ref = dbRef(req);
        const body = req.body as { docs?: unknown; new_edits?: unknown } | undefined;
        const topIssue = req.sync.jsonIssues.find((i) => i.path[0] !== 'docs' || typeof i.path[1] !== 'number');
        if (topIssue) throw badRequest(topIssue.reason);
        if (!body || typeof body !== 'object' || !Array.isArray(body.docs)) throw badRequest('docs attendu');
        if (body.new_edits !== false) throw badRequest('seule la réplication est acceptée (new_edits:false)');
        for (const k of Object.keys(body)) if (k !== 'docs' && k !== 'new_edits') throw badRequest(`champ inconnu ${k.slice(0, 40)}`);
        if (body.docs.length > limits.bulkDocsMax) throw badRequest(`trop de documents (> ${limits.bulkDocsMax})`);
        const pre = new Map(req.sync.jsonIssues.map((i) => [i.path[1] as number, i.reason]));
        const outcome = await service.writeDocs(req.sync.device!, ref, body.docs, pre, req.sync.elementLengths);
        req.sync.accepted = outcome.accepted;
        req.sync.refused = outcome.refused;
        // [W0] CouchDB's answer to new_edits:false lists only failures; `forbidden` makes PouchDB go on.
        return reply.code(201).send(outcome.refused.map((r) => ({ id: r.id, error: 'forbidden', reason: r.reason })));
      });

      const changes = async (req: Req, reply: FastifyReply) => {
        const ref = dbRef(req);
        if (req.method === 'POST') noJsonIssues(req);
        const params = changesParams(req.query, req.body, service.store.kind === 'embedded', limits);
        const deviceId = req.sync.device!.deviceId;
        const controller = new AbortController();
        let set = polls.get(deviceId);
        if (!set) polls.set(deviceId, (set = new Set()));
        set.add(controller);
        const onClose = () => controller.abort();
        reply.raw.once('close', onClose);
        try {
          const res = await service.changes(ref, params, controller.signal);
          // [A2] A device revoked while it waited gets no answer but the refusal.
          if (!registry.isActive(deviceId)) throw new HttpError(401, 'unauthorized', 'poste révoqué');
          return res;
        } finally {
          set.delete(controller);
          if (set.size === 0) polls.delete(deviceId);
          reply.raw.off('close', onClose);
        }
      };
      sync.get('/:db/_changes', small, changes);
      sync.post('/:db/_changes', small, changes);

      sync.post('/:db/_bulk_get', bulk, async (req: Req) => {
        const ref = dbRef(req);
        noJsonIssues(req);
        const { docs, revs } = bulkGetBody(req.query, req.body, limits);
        const allowed = docs.filter((d) => !d.id.startsWith('_'));
        const res = allowed.length ? await service.dbOf(ref).bulkGet(allowed, revs) : { results: [] };
        const hidden = docs
          .filter((d) => d.id.startsWith('_'))
          .map((d) => ({ id: d.id, docs: [{ error: { id: d.id, rev: d.rev ?? '', error: 'not_found', reason: 'missing' } }] }));
        return { results: [...res.results, ...hidden] };
      });

      sync.get('/:db/:id', small, async (req: Req) => {
        const ref = dbRef(req);
        const id = req.params.id ?? '';
        if (id.startsWith('_') || id.length > 200) throw notFound();
        return service.dbOf(ref).get(id, getDocParams(req.query));
      });

      // [G1] Everything else, whatever the method: 404, or the preflight answer for the app's origin.
      sync.all('/*', { exposeHeadRoute: false }, async (req, reply) => {
        if (req.method === 'OPTIONS' && appOrigin && req.headers.origin === appOrigin) {
          return reply
            .code(204)
            .header('access-control-allow-methods', 'GET, PUT, POST')
            .header('access-control-allow-headers', 'authorization, content-type, accept')
            .header('access-control-max-age', '600')
            .send();
        }
        throw notFound();
      });
    },
    { prefix: '/sync' },
  );
}

function localId(req: Req): string {
  const id = req.params.id ?? '';
  if (!LOCAL_ID_PATTERN.test(id)) throw notFound('point de reprise inconnu');
  return id;
}

function sendError(reply: FastifyReply, status: number, error: string, reason: string) {
  return reply.code(status).type('application/json').send({ error, reason });
}
