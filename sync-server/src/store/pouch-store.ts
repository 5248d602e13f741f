import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import PouchDB from 'pouchdb-node';
import {
  StoreConflict,
  StoreNotFound,
  StoreUnavailable,
  type BulkGetResult,
  type ChangeRow,
  type ExistingRevs,
  type StoreDb,
  type StoredDoc,
  type SyncStore,
} from './sync-store';

type Pouch = PouchDB.Database<Record<string, unknown>>;
type AnyErr = { status?: number; name?: string; message?: string; reason?: string };

/** Maps PouchDB failures to the store's own: missing is a 404, everything unexpected is "unavailable". */
function translate(e: unknown): Error {
  const err = e as AnyErr;
  if (err?.status === 404) return new StoreNotFound(err.reason ?? err.message ?? 'not_found');
  if (err?.status === 409) return new StoreConflict(err.message ?? 'conflict');
  return new StoreUnavailable(err?.message ?? String(e));
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw translate(e);
  }
}

class PouchStoreDb implements StoreDb {
  readonly #db: Pouch;
  readonly #remote: boolean;
  constructor(
    readonly name: string,
    db: Pouch,
    remote: boolean,
  ) {
    this.#db = db;
    this.#remote = remote;
  }

  /** LevelDB wants numbers; CouchDB's sequences are opaque strings. */
  #since(since: string): number | string {
    if (this.#remote || since === 'now') return since;
    return Number(since);
  }

  info() {
    return guard(async () => {
      const i = await this.#db.info();
      return { update_seq: i.update_seq, doc_count: i.doc_count };
    });
  }

  get(id: string, opts: { revs?: boolean; open_revs?: 'all' | string[]; rev?: string; latest?: boolean } = {}) {
    return guard(() => this.#db.get(id, opts as PouchDB.Core.GetOptions) as Promise<unknown>);
  }

  existing(ids: readonly string[]): Promise<ExistingRevs> {
    return guard(async () => {
      const out: ExistingRevs = new Map();
      if (ids.length === 0) return out;
      // bulkGet reads each document directly; allDocs({keys}) opens an iterator per key (3–4× slower on LevelDB).
      const res = (await this.#db.bulkGet({ docs: ids.map((id) => ({ id })) } as PouchDB.Core.BulkGetOptions)) as unknown as BulkGetResult;
      for (const r of res.results) {
        const d = r.docs[0];
        if (d && 'ok' in d && d.ok._rev) out.set(r.id, { rev: d.ok._rev, deleted: false });
        else if (d && 'error' in d && d.error.reason === 'deleted') out.set(r.id, { rev: d.error.rev, deleted: true });
      }
      return out;
    });
  }

  leaves(id: string): Promise<string[]> {
    return guard(async () => {
      const res = (await this.#db.get(id, { open_revs: 'all' })) as unknown as { ok?: StoredDoc }[];
      return res.flatMap((r) => (r.ok?._rev ? [r.ok._rev] : []));
    }).catch((e) => {
      if (e instanceof StoreNotFound) return [];
      throw e;
    });
  }

  revsDiff(req: Record<string, string[]>) {
    return guard(() => this.#db.revsDiff(req) as Promise<Record<string, { missing: string[] }>>);
  }

  writeRevisions(docs: StoredDoc[]) {
    return guard(async () => {
      if (docs.length === 0) return [];
      const res = (await this.#db.bulkDocs(docs, { new_edits: false })) as {
        id?: string;
        error?: unknown;
        name?: string;
        message?: string;
        status?: number;
      }[];
      const errors: { id: string; error: string; reason: string }[] = [];
      res.forEach((r, i) => {
        if (r && (r.error || (r.status && r.status >= 400))) {
          errors.push({ id: r.id ?? docs[i]!._id, error: String(r.name ?? r.error ?? 'error'), reason: String(r.message ?? '') });
        }
      });
      return errors;
    });
  }

  put(doc: StoredDoc) {
    return guard(async () => (await this.#db.put(doc)).rev);
  }

  allDocs(opts: { startkey?: string; endkey?: string } = {}) {
    return guard(async () => {
      const res = await this.#db.allDocs({ include_docs: true, ...opts });
      return res.rows.flatMap((r) => (r.doc ? [r.doc as unknown as StoredDoc] : []));
    });
  }

  lastIdBetween(low: string, high: string) {
    return guard(async () => {
      const res = await this.#db.allDocs({ startkey: high, endkey: low, descending: true, limit: 1 });
      return res.rows[0]?.id;
    });
  }

  changes(opts: { since: string; limit: number; docIds?: string[]; includeDocs?: boolean; allDocsStyle?: boolean }) {
    return guard(async () => {
      const res = await this.#db.changes({
        since: this.#since(opts.since),
        limit: opts.limit,
        style: opts.allDocsStyle === false ? 'main_only' : 'all_docs',
        include_docs: opts.includeDocs ?? false,
        return_docs: true,
        ...(opts.docIds ? { doc_ids: opts.docIds } : {}),
      } as PouchDB.Core.ChangesOptions);
      return { results: res.results as unknown as ChangeRow[], last_seq: res.last_seq };
    });
  }

  waitForChange(since: string, timeoutMs: number, signal: AbortSignal): Promise<boolean> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve(false);
      const feed = this.#db.changes({ since: this.#since(since), live: true, limit: 1, return_docs: false } as PouchDB.Core.ChangesOptions);
      let settled = false;
      const finish = (changed: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        feed.cancel();
        resolve(changed);
      };
      const onAbort = () => finish(false);
      const timer = setTimeout(() => finish(false), timeoutMs);
      signal.addEventListener('abort', onAbort);
      feed.on('change', () => finish(true));
      // A failing feed ends the wait; the caller's next read reports the backend state.
      feed.on('error', () => finish(false));
    });
  }

  bulkGet(docs: { id: string; rev?: string }[], revs: boolean) {
    return guard(() => this.#db.bulkGet({ docs: docs as { id: string; rev: string }[], revs }) as unknown as Promise<BulkGetResult>);
  }

  getLocal(id: string) {
    return guard(() => this.#db.get(id) as unknown as Promise<StoredDoc>);
  }

  putLocal(doc: StoredDoc) {
    return guard(async () => (await this.#db.put(doc)).rev);
  }

  onChange(listener: (doc: StoredDoc) => void): () => void {
    let feed: PouchDB.Core.Changes<Record<string, unknown>> | undefined;
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const follow = (since: number | string) => {
      feed = this.#db.changes({ since, live: true, include_docs: true });
      let last = since;
      feed.on('change', (c) => {
        last = c.seq;
        if (c.doc) listener(c.doc as unknown as StoredDoc);
      });
      // A backend that comes back is followed again from where the feed stopped.
      feed.on('error', () => {
        if (!stopped) timer = setTimeout(() => follow(last), 2000).unref();
      });
    };
    follow('now');
    return () => {
      stopped = true;
      clearTimeout(timer);
      feed?.cancel();
    };
  }

  close() {
    return this.#db.close();
  }
}

/**
 * The one store implementation, over PouchDB: LevelDB under the data dir by default, or a
 * CouchDB (or any CouchDB-protocol server) through PouchDB's HTTP adapter when a URL is given.
 */
export class PouchStore implements SyncStore {
  readonly kind: 'embedded' | 'couchdb';
  readonly #dbs = new Map<string, PouchStoreDb>();
  readonly #open: (name: string) => Pouch;

  constructor(opts: { dataDir: string } | { couchDbUrl: string }) {
    if ('couchDbUrl' in opts) {
      this.kind = 'couchdb';
      const base = opts.couchDbUrl.replace(/\/+$/, '');
      this.#open = (name) => new PouchDB(`${base}/${name}`) as Pouch;
    } else {
      this.kind = 'embedded';
      const dir = join(opts.dataDir, 'db');
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      this.#open = (name) => new PouchDB(join(dir, name)) as Pouch;
    }
  }

  #closed = false;

  db(name: string): StoreDb {
    if (this.#closed) throw new StoreUnavailable('store closed');
    let db = this.#dbs.get(name);
    if (!db) {
      db = new PouchStoreDb(name, this.#open(name), this.kind === 'couchdb');
      this.#dbs.set(name, db);
    }
    return db;
  }

  async close(): Promise<void> {
    this.#closed = true;
    const dbs = [...this.#dbs.values()];
    this.#dbs.clear();
    // biome-ignore lint/plugin: at shutdown one database failing to close must not keep the others open
    await Promise.all(dbs.map((d) => d.close().catch(() => undefined)));
  }
}
