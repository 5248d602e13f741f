/** What the sync service needs from the terminal's PouchDB replica; only src/storage/sync-local.ts implements it. */
export interface Denied {
  id: string;
  reason: string;
}

export interface LocalReplica {
  /** Copies outbox events into the local replica; ones already there are left as they are. */
  stage(docs: Record<string, unknown>[]): Promise<void>;
  /** Copies trainer-signed documents into the local replica as the new revision of their id. */
  stageSigned(docs: Record<string, unknown>[]): Promise<void>;
  push(onProgress: (written: number) => void): Promise<{ written: number; denied: Denied[] }>;
  pull(onProgress: (written: number) => void): Promise<{ written: number }>;
  /** Site documents changed locally since `seq` (pulled ones included). */
  changedSince(seq: number): Promise<{ docs: Record<string, unknown>[]; lastSeq: number }>;
  /** The documents with `_rev` and `_revisions`, as a push would send them. */
  withRevisions(ids: string[]): Promise<Record<string, unknown>[]>;
  pullContent(onProgress: (written: number) => void): Promise<{ written: number }>;
  contentDocs(): Promise<unknown[]>;
  close(): Promise<void>;
}

export interface ReplicaTarget {
  baseUrl: string;
  siteId: string;
  deviceId: string;
  credential: string;
}

/** A failure of the replication, by what the staff can do about it. */
export class SyncFailure extends Error {
  constructor(
    readonly kind: 'unauthorized' | 'unavailable' | 'network' | 'content',
    detail: string,
  ) {
    super(detail);
    this.name = 'SyncFailure';
  }
}

export function failureOf(e: unknown): SyncFailure {
  if (e instanceof SyncFailure) return e;
  const status = (e as { status?: number })?.status;
  const text = e instanceof Error ? e.message : JSON.stringify(e);
  if (status === 401 || status === 403) return new SyncFailure('unauthorized', text);
  if (status === 503 || status === 429) return new SyncFailure('unavailable', text);
  return new SyncFailure('network', text);
}
