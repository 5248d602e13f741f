import type { FastifyInstance } from 'fastify';
import { badRequest, notFound } from '../http-error';
import { bulkGetBody, getDocParams, revsDiffBody } from '../request-params';
import { dbRef, noJsonIssues, type Req } from '../sync-context';
import { bulkRoute, smallRoute, type RouteDeps } from './route-deps';

/** Database info, `_revs_diff`, `_bulk_docs`, `_bulk_get` and single-document reads. */
export function registerDocumentRoutes(sync: FastifyInstance, { service }: RouteDeps): void {
  const limits = service.limits;

  sync.get('/:db', smallRoute(service), async (req: Req) => {
    const ref = dbRef(service, req);
    const info = await service.dbOf(ref).info();
    return { db_name: req.params.db, update_seq: info.update_seq, doc_count: info.doc_count, instance_start_time: '0' };
  });

  sync.post('/:db/_revs_diff', bulkRoute(service), async (req: Req) => {
    const ref = dbRef(service, req);
    noJsonIssues(req);
    return service.dbOf(ref).revsDiff(revsDiffBody(req.body, limits));
  });

  sync.post('/:db/_bulk_docs', bulkRoute(service), async (req: Req, reply) => {
    const ref = dbRef(service, req);
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

  sync.post('/:db/_bulk_get', bulkRoute(service), async (req: Req) => {
    const ref = dbRef(service, req);
    noJsonIssues(req);
    const { docs, revs } = bulkGetBody(req.query, req.body, limits);
    const allowed = docs.filter((d) => !d.id.startsWith('_'));
    const res = allowed.length ? await service.dbOf(ref).bulkGet(allowed, revs) : { results: [] };
    const hidden = docs
      .filter((d) => d.id.startsWith('_'))
      .map((d) => ({ id: d.id, docs: [{ error: { id: d.id, rev: d.rev ?? '', error: 'not_found', reason: 'missing' } }] }));
    return { results: [...res.results, ...hidden] };
  });

  sync.get('/:db/:id', smallRoute(service), async (req: Req) => {
    const ref = dbRef(service, req);
    const id = req.params.id ?? '';
    if (id.startsWith('_') || id.length > 200) throw notFound();
    return service.dbOf(ref).get(id, getDocParams(req.query));
  });
}
