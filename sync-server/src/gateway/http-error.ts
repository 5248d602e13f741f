/** An answer the gateway gives on purpose, in CouchDB's error shape so that PouchDB understands it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason: string,
    /** Sent as `Retry-After` (429, 503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(reason);
  }
}

export const notFound = (reason = 'introuvable') => new HttpError(404, 'not_found', reason);
export const badRequest = (reason: string) => new HttpError(400, 'bad_request', reason);
export const tooMany = (reason: string, retryAfterMs: number) =>
  new HttpError(429, 'too_many_requests', reason, Math.max(1, Math.ceil(retryAfterMs / 1000)));
