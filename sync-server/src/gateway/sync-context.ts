import type { FastifyRequest } from 'fastify';
import { parseDbName, type DbRef } from '../../../src/domain/sync/db-names';
import { badRequest, notFound } from './http-error';
import type { JsonIssue } from './json-guard';
import { LOCAL_ID_PATTERN } from './request-params';
import type { DocumentService } from './document.service';
import type { DeviceContext } from './validation';

/** What one request to /sync carries from hook to hook: who asked, what was written, what was refused. */
export interface SyncContext {
  device?: DeviceContext;
  /** The device id a request claimed, even when its login failed (audited, SPEC [G6]). */
  claimed?: string;
  /** Not audited: one of many requests refused by the same address budget ([A8]). */
  quiet?: boolean;
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

export type Req = FastifyRequest<{ Params: Record<string, string>; Querystring: Record<string, string | undefined> }>;

export const newSyncContext = (): SyncContext => ({
  accepted: 0,
  refused: [],
  jsonIssues: [],
  elementLengths: new Map(),
  started: performance.now(),
});

/** The database a request names, if this device may see it ([P1]: another site's database does not exist). */
export function dbRef(service: DocumentService, req: Req): DbRef {
  const name = req.params.db ?? '';
  req.sync.db = name.slice(0, 60);
  const ref = parseDbName(name);
  if (!ref || !service.canRead(req.sync.device!, ref)) throw notFound('Database does not exist.');
  return ref;
}

/** [B2]–[B4] for bodies that are not a list of documents: any issue refuses the request. */
export function noJsonIssues(req: FastifyRequest): void {
  const issue = req.sync.jsonIssues[0];
  if (issue) throw badRequest(issue.reason);
}

export function localId(req: Req): string {
  const id = req.params.id ?? '';
  if (!LOCAL_ID_PATTERN.test(id)) throw notFound('point de reprise inconnu');
  return id;
}
