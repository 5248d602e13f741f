import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { StoreNotFound, StoreUnavailable } from '../store/sync-store';
import { HttpError } from './http-error';

/** [G2] The one place that turns a failure into an answer: always `{ error, reason }`, right status. */
export function registerErrorHandler(sync: FastifyInstance): void {
  sync.setErrorHandler((err: FastifyError | Error, req, reply) => {
    const e = err as FastifyError;
    if (err instanceof HttpError) {
      if (err.retryAfterSeconds !== undefined) reply.header('retry-after', String(err.retryAfterSeconds));
      return sendError(reply, err.status, err.error, err.reason);
    }
    if (err instanceof StoreUnavailable) return sendError(reply, 503, 'unavailable', 'base de données indisponible, réessayez plus tard');
    if (err instanceof StoreNotFound) return sendError(reply, 404, 'not_found', 'introuvable');
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(reply, 413, 'too_large', 'requête trop grosse');
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return sendError(reply, e.statusCode, 'bad_request', e.message);
    req.log.error(err);
    return sendError(reply, 500, 'internal', 'erreur interne');
  });
  sync.setNotFoundHandler((_req, reply) => sendError(reply, 404, 'not_found', 'introuvable'));
}

export function sendError(reply: FastifyReply, status: number, error: string, reason: string) {
  return reply.code(status).type('application/json').send({ error, reason });
}
