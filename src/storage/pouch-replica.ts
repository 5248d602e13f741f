import { CONTENT_DB, siteDbName } from '../domain/sync/db-names';
import { pacedFetch } from '../sync/paced-fetch';
import type { Denied, LocalReplica, ReplicaTarget } from '../sync/sync-ports';

type Db = PouchDB.Database<Record<string, unknown>>;

/** A PouchDB constructor: pouchdb-browser on a terminal, pouchdb-node where tests simulate terminals. */
export type PouchConstructor = new (name: string, options?: PouchDB.Configuration.DatabaseConfiguration) => PouchDB.Database;

/**
 * The terminal's PouchDB replica, where the push and the pull happen. Dexie stays the app's store: the
 * replica is the staging area that PouchDB replicates from and into. `localName` turns a database name
 * into the local database's name (an IndexedDB name in the browser, a folder in Node).
 */
export function createReplica(
  PouchDB: PouchConstructor,
  target: ReplicaTarget,
  localName = (db: string) => `relais-sync-${db}`,
): LocalReplica {
  const localSite = new PouchDB(localName(siteDbName(target.siteId))) as Db;
  const localContent = new PouchDB(localName('content')) as Db;
  const paced = pacedFetch((url, init) => fetch(url, init));
  const remote = (name: string) =>
    new PouchDB(`${target.baseUrl.replace(/\/$/, '')}/sync/${name}`, {
      skip_setup: true,
      auth: { username: target.deviceId, password: target.credential },
      fetch: paced,
    }) as Db;
  const remoteSite = remote(siteDbName(target.siteId));
  const remoteContent = remote(CONTENT_DB);
  const opts = { batch_size: 200, batches_limit: 2 };

  return {
    async stage(docs) {
      for (let i = 0; i < docs.length; i += 500) {
        // Conflicts mean "already staged by an earlier run": the stored copy is the same event.
        await localSite.bulkDocs(docs.slice(i, i + 500) as PouchDB.Core.PutDocument<Record<string, unknown>>[]);
      }
    },
    async stageSigned(docs) {
      for (const doc of docs) {
        const current = await localSite.get(String(doc._id)).catch((e: { status?: number }) => {
          if (e.status === 404) return undefined;
          throw e;
        });
        // The same signed version already staged (a run cut before the push ended) is left as it is.
        if (current && current.version === doc.version && current.signature === doc.signature) continue;
        await localSite.put({ ...doc, _id: String(doc._id), ...(current ? { _rev: current._rev } : {}) });
      }
    },
    async push(onProgress) {
      const denied: Denied[] = [];
      const rep = localSite.replicate.to(remoteSite, opts);
      rep.on('change', (info) => onProgress(info.docs_written));
      rep.on('denied', (e) => {
        const err = e as { id?: string; reason?: string; message?: string };
        denied.push({ id: err.id ?? '', reason: err.reason ?? err.message ?? '' });
      });
      const res = await rep;
      return { written: res.docs_written, denied };
    },
    async pull(onProgress) {
      const rep = localSite.replicate.from(remoteSite, opts);
      rep.on('change', (info) => onProgress(info.docs_written));
      return { written: (await rep).docs_written };
    },
    async changedSince(seq) {
      const res = await localSite.changes({ since: seq, include_docs: true, return_docs: true });
      return { docs: res.results.flatMap((r) => (r.doc ? [r.doc as Record<string, unknown>] : [])), lastSeq: Number(res.last_seq) };
    },
    async serverNow() {
      const res = await fetch(`${target.baseUrl.replace(/\/$/, '')}/sync/${siteDbName(target.siteId)}/`, {
        headers: { authorization: `Basic ${btoa(`${target.deviceId}:${target.credential}`)}` },
      });
      const date = res.headers.get('date');
      return date ? Date.parse(date) : undefined;
    },
    async trainerKeys() {
      const res = await localSite.allDocs({ startkey: 'trainer-key:', endkey: 'trainer-key:\uffff', include_docs: true });
      return res.rows.flatMap((r) => (r.doc ? [r.doc as Record<string, unknown>] : []));
    },
    async withRevisions(ids) {
      const res = await localSite.bulkGet({ docs: ids.map((id) => ({ id })), revs: true } as PouchDB.Core.BulkGetOptions);
      return res.results.flatMap((r) => r.docs.flatMap((d) => ('ok' in d ? [d.ok as unknown as Record<string, unknown>] : [])));
    },
    async pushContent(docs) {
      // Round k holds the k-th waiting version of each module: the server accepts only the version after
      // the one it holds. Each version goes straight to the server as the next revision of what this
      // device last pulled: a refused one never enters the local replica, so the server's version is the
      // one the next pull brings (a fork kept here would win over it and hide it from the trainer).
      const byModule = new Map<string, Record<string, unknown>[]>();
      for (const doc of docs) byModule.set(String(doc._id), [...(byModule.get(String(doc._id)) ?? []), doc]);
      for (const versions of byModule.values()) versions.sort((a, b) => Number(a.version) - Number(b.version));
      const denied: Denied[] = [];
      const heads = new Map<string, { start: number; ids: string[] }>();
      const rounds = Math.max(0, ...[...byModule.values()].map((v) => v.length));
      for (let k = 0; k < rounds; k++) {
        const round: Record<string, unknown>[] = [];
        for (const [id, versions] of byModule) {
          const doc = versions[k];
          if (!doc) continue;
          // After a refused version, the later ones cannot follow it: they wait, refused, for the trainer.
          if (k > 0 && !heads.has(id)) {
            denied.push({ id, version: Number(doc.version), reason: 'une version précédente a été refusée' });
            continue;
          }
          const pulled = heads.has(id) ? undefined : await pulledVersion(localContent, id);
          // Already on the server and pulled back (a run cut before it was marked sent): nothing to send.
          if (pulled?.doc && pulled.doc.version === doc.version && pulled.doc.signature === doc.signature) {
            heads.set(id, pulled.revisions);
            continue;
          }
          const head = heads.get(id) ?? pulled?.revisions ?? { start: 0, ids: [] };
          const revisions = { start: head.start + 1, ids: [revisionOf(doc), ...head.ids].slice(0, 100) };
          round.push({ ...doc, _id: id, _rev: `${revisions.start}-${revisions.ids[0]}`, _revisions: revisions });
        }
        if (!round.length) continue;
        const refused = new Set<string>();
        const results = (await remoteContent.bulkDocs(round as PouchDB.Core.PutDocument<Record<string, unknown>>[], {
          new_edits: false,
        })) as { id?: string; error?: unknown; reason?: string; message?: string }[];
        for (const r of results) {
          if (!r.error || !r.id) continue;
          refused.add(r.id);
          const doc = round.find((d) => d._id === r.id);
          denied.push({ id: r.id, reason: r.reason ?? r.message ?? String(r.error), ...(doc ? { version: Number(doc.version) } : {}) });
        }
        for (const d of round) {
          const id = String(d._id);
          if (refused.has(id)) heads.delete(id);
          else heads.set(id, d._revisions as { start: number; ids: string[] });
        }
      }
      return { denied };
    },
    async pullContent(onProgress) {
      const rep = localContent.replicate.from(remoteContent, opts);
      rep.on('change', (info) => onProgress(info.docs_written));
      return { written: (await rep).docs_written };
    },
    async contentDocs() {
      return (await localContent.allDocs({ include_docs: true })).rows.map((r) => r.doc);
    },
    async close() {
      await Promise.all([localSite.close(), localContent.close(), remoteSite.close(), remoteContent.close()]);
    },
  };
}

/** A content document as last pulled from the server, with its revisions (none yet: a first version). */
async function pulledVersion(
  db: Db,
  id: string,
): Promise<{ doc?: Record<string, unknown>; revisions: { start: number; ids: string[] } } | undefined> {
  const doc = await db.get(id, { revs: true }).catch((e: { status?: number }) => {
    if (e.status === 404) return undefined;
    throw e;
  });
  if (!doc) return undefined;
  const revisions = (doc as { _revisions?: { start: number; ids: string[] } })._revisions ?? { start: 0, ids: [] };
  return { doc, revisions };
}

/**
 * A signed version's revision id, from its signature: the same version sent again (a run cut before it
 * was marked sent) is the same revision, which the server takes as a harmless re-send.
 */
function revisionOf(doc: Record<string, unknown>): string {
  const bytes = atob(String(doc.signature)).slice(0, 16);
  return Array.from(bytes, (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}
