import type { FastifyInstance } from 'fastify';
import { checkpointBody } from '../request-params';
import { dbRef, localId, noJsonIssues, type Req } from '../sync-context';
import { checkpointKey } from '../sync.service';
import { smallRoute, type RouteDeps } from './route-deps';

/** [K1] [K2] `GET|PUT /{db}/_local/{id}`: a device's own replication checkpoints. */
export function registerCheckpointRoutes(sync: FastifyInstance, { service }: RouteDeps): void {
  sync.get('/:db/_local/:id', smallRoute(service), async (req: Req) => {
    const ref = dbRef(service, req);
    const id = localId(req);
    const doc = await service.dbOf(ref).getLocal(checkpointKey(req.sync.device!.deviceId, id));
    return { ...doc, _id: `_local/${id}` };
  });

  sync.put('/:db/_local/:id', smallRoute(service), async (req: Req, reply) => {
    const ref = dbRef(service, req);
    const id = localId(req);
    noJsonIssues(req);
    const doc = checkpointBody(req.body, id);
    const rev = await service.dbOf(ref).putLocal({ ...doc, _id: checkpointKey(req.sync.device!.deviceId, id) });
    return reply.code(201).send({ ok: true, id: `_local/${id}`, rev });
  });
}
