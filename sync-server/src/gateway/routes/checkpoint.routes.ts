import type { FastifyInstance } from 'fastify';
import { CheckpointStore } from '../checkpoint-store';
import { checkpointBody } from '../request-params';
import { dbRef, localId, noJsonIssues, type Req } from '../sync-context';
import { smallRoute, type RouteDeps } from './route-deps';

/** [K1]–[K4] `GET|PUT /{db}/_local/{id}`: a device's own replication checkpoints. */
export function registerCheckpointRoutes(sync: FastifyInstance, { service }: RouteDeps): void {
  const checkpoints = new CheckpointStore(service.limits.checkpointsPerDb);

  sync.get('/:db/_local/:id', smallRoute(service), async (req: Req) => {
    const ref = dbRef(service, req);
    const id = localId(req);
    return checkpoints.get(service.dbOf(ref), req.sync.device!.deviceId, id);
  });

  sync.put('/:db/_local/:id', smallRoute(service), async (req: Req, reply) => {
    const ref = dbRef(service, req);
    const id = localId(req);
    noJsonIssues(req);
    const doc = checkpointBody(req.body, id);
    const rev = await checkpoints.put(service.dbOf(ref), req.sync.device!.deviceId, id, doc);
    return reply.code(201).send({ ok: true, id: `_local/${id}`, rev });
  });
}
