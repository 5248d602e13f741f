/** An answer the gateway gives on purpose, in CouchDB's error shape so that PouchDB understands it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export const notFound = (reason = 'introuvable') => new HttpError(404, 'not_found', reason);
export const badRequest = (reason: string) => new HttpError(400, 'bad_request', reason);
