import type { FastifyInstance } from 'fastify';
import { HttpError } from './http-error';

/**
 * [B7] Bytes of request bodies in flight are bounded: a body reserves its declared length (or its
 * route's limit, when chunked) before it is read, and gives it back when the answer is sent or the
 * connection drops. Over the budget the request is refused with `503` and `Retry-After`, which
 * PouchDB retries, before a byte of it is read.
 */
export function registerInFlightBudget(sync: FastifyInstance, budgetBytes: number, retryAfterSeconds = 2): void {
  let inFlight = 0;
  sync.addHook('preParsing', async (req, reply) => {
    if (req.method === 'GET' || req.method === 'HEAD') return;
    const declared = Number(req.headers['content-length']);
    const limit = req.routeOptions.bodyLimit ?? budgetBytes;
    const bytes = Number.isFinite(declared) && declared >= 0 ? Math.min(declared, limit) : limit;
    if (bytes === 0) return;
    if (inFlight > 0 && inFlight + bytes > budgetBytes) {
      throw new HttpError(503, 'unavailable', 'serveur occupé, réessayez dans un instant', retryAfterSeconds);
    }
    inFlight += bytes;
    let released = false;
    reply.raw.once('close', () => {
      if (released) return;
      released = true;
      inFlight -= bytes;
    });
  });
}
