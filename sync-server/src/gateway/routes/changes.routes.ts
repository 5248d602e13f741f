import type { FastifyInstance, FastifyReply } from 'fastify';
import { HttpError } from '../http-error';
import { changesParams } from '../request-params';
import { dbRef, noJsonIssues, type Req } from '../sync-context';
import { smallRoute, type RouteDeps } from './route-deps';

/** [C1] [C2] `GET|POST /{db}/_changes`, normal or long-poll; a revocation ends an open poll ([A2]). */
export function registerChangesRoutes(sync: FastifyInstance, { service, registry, polls }: RouteDeps): void {
  const changes = async (req: Req, reply: FastifyReply) => {
    const ref = dbRef(service, req);
    if (req.method === 'POST') noJsonIssues(req);
    const params = changesParams(req.query, req.body, service.store.kind === 'embedded', service.limits);
    const deviceId = req.sync.device!.deviceId;
    const poll = polls.open(deviceId);
    reply.raw.once('close', poll.abort);
    try {
      const res = await service.changes(ref, params, poll.signal);
      // [A2] A device revoked while it waited gets no answer but the refusal.
      if (!(await registry.isActiveNow(deviceId))) throw new HttpError(401, 'unauthorized', 'poste révoqué');
      return res;
    } finally {
      poll.done();
      reply.raw.off('close', poll.abort);
    }
  };
  sync.get('/:db/_changes', smallRoute(service), changes);
  sync.post('/:db/_changes', smallRoute(service), changes);
}
