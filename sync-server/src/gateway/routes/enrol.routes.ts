import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { EnrolRequest } from '../../../../src/domain/sync/device.schema';
import { badRequest, HttpError, tooMany } from '../http-error';
import { noJsonIssues } from '../sync-context';
import { smallRoute, type RouteDeps } from './route-deps';

/** [G4] [A5] [A6] `POST /_enrol`, the only route without a credential. Failed enrolments count per address. */
export function registerEnrolRoutes(sync: FastifyInstance, { service, registry, guard }: RouteDeps): void {
  sync.post('/_enrol', smallRoute(service), async (req, reply) => {
    const budget = guard.spendAnonymous(req.ip);
    if (!budget.ok) {
      req.sync.quiet = !budget.first;
      throw tooMany('trop de tentatives depuis cette adresse : réessayez dans une minute', budget.retryMs);
    }
    const locked = guard.enrolLockedFor(req.ip);
    if (locked > 0) throw tooMany(`trop d’échecs : réessayez dans ${Math.ceil(locked / 60_000)} min`, locked);
    noJsonIssues(req);
    const parsed = v.safeParse(EnrolRequest, req.body);
    if (!parsed.success) {
      guard.enrolFailed(req.ip);
      throw badRequest('code ou identifiant de poste invalide');
    }
    const res = await registry.redeem(parsed.output.code, parsed.output.deviceId);
    if (!res.ok) {
      if (res.reason !== 'device-taken') guard.enrolFailed(req.ip);
      throw new HttpError(res.reason === 'device-taken' ? 409 : 400, res.reason, res.reason);
    }
    req.sync.device = { deviceId: res.enrolment.deviceId, siteId: res.enrolment.siteId, role: res.enrolment.role };
    return reply.send(res.enrolment);
  });
}
