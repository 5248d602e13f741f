/** A stored document as CouchDB sends it: plain JSON with its `_id`, `_rev` and maybe `_revisions`. */
export type StoredDoc = Record<string, unknown> & { _id: string; _rev?: string };

export interface ChangeRow {
  id: string;
  seq: number | string;
  changes: { rev: string }[];
  deleted?: boolean;
  doc?: StoredDoc;
}

/** The latest revision of each requested id, or nothing when the id is unknown. */
export type ExistingRevs = Map<string, { rev: string; deleted: boolean }>;

export type BulkGetResult = {
  results: { id: string; docs: ({ ok: StoredDoc } | { error: { id: string; rev: string; error: string; reason: string } })[] }[];
};

/** One database of the store. Everything the gateway needs from CouchDB, and nothing more. */
export interface StoreDb {
  readonly name: string;
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  /** Throws a `StoreNotFound` when the document (or revision) is unknown. */
  get(id: string, opts?: { revs?: boolean; open_revs?: 'all' | string[]; rev?: string; latest?: boolean }): Promise<unknown>;
  existing(ids: readonly string[]): Promise<ExistingRevs>;
  /** Current leaves (deleted ones included) of one document. */
  leaves(id: string): Promise<string[]>;
  revsDiff(req: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>;
  /** Writes replicated revisions as they are (`new_edits: false`); returns the per-document errors. */
  writeRevisions(docs: StoredDoc[]): Promise<{ id: string; error: string; reason: string }[]>;
  /** A local write that makes a new revision (seeding, publishing, the device registry). */
  put(doc: StoredDoc): Promise<string>;
  allDocs(opts?: { startkey?: string; endkey?: string }): Promise<StoredDoc[]>;
  /** The greatest document id in [low, high], or undefined: one index read. */
  lastIdBetween(low: string, high: string): Promise<string | undefined>;
  changes(opts: {
    since: string;
    limit: number;
    docIds?: string[];
    includeDocs?: boolean;
    allDocsStyle?: boolean;
  }): Promise<{ results: ChangeRow[]; last_seq: number | string }>;
  /** Resolves true at the first change after `since`, false on timeout or abort. */
  waitForChange(since: string, timeoutMs: number, signal: AbortSignal): Promise<boolean>;
  bulkGet(docs: { id: string; rev?: string }[], revs: boolean): Promise<BulkGetResult>;
  getLocal(id: string): Promise<StoredDoc>;
  putLocal(doc: StoredDoc): Promise<string>;
  /** Calls back on every change (the device registry uses it to see revocations at once). */
  onChange(listener: (doc: StoredDoc) => void): () => void;
}

export interface SyncStore {
  readonly kind: 'embedded' | 'couchdb';
  db(name: string): StoreDb;
  close(): Promise<void>;
}

/** The document, revision or database is not there: a 404 for the client. */
export class StoreNotFound extends Error {
  override name = 'StoreNotFound';
}

/** The backend failed or cannot be reached: a 503 for the client, never a 401/403. */
export class StoreUnavailable extends Error {
  override name = 'StoreUnavailable';
}

/** A concurrent write won (local writes only). */
export class StoreConflict extends Error {
  override name = 'StoreConflict';
}
