import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PouchStore } from '../../sync-server/src/store/pouch-store';
import { StoreNotFound, type SyncStore } from '../../sync-server/src/store/sync-store';
import { startReferenceCouch, type ReferenceCouch } from './helpers/reference-couch';

/** [S1] One contract, run against each way of storing: embedded LevelDB and CouchDB over HTTP. */
function storeContract(name: string, open: () => Promise<{ store: SyncStore; cleanup(): Promise<void> }>) {
  describe(`[S1] store contract: ${name}`, () => {
    let store: SyncStore;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ store, cleanup } = await open());
    });
    afterAll(async () => {
      await store.close();
      await cleanup();
    });
    const rev = (gen: number, c: string) => `${gen}-${c.repeat(32)}`;

    it('writes replicated revisions as given and reads them back with their history', async () => {
      const db = store.db('contract-a');
      const errors = await db.writeRevisions([
        { _id: 'd1', _rev: rev(2, 'b'), _revisions: { start: 2, ids: ['b'.repeat(32), 'a'.repeat(32)] }, n: 1 },
      ]);
      expect(errors).toEqual([]);
      const got = (await db.get('d1', { revs: true })) as { _rev: string; _revisions: { ids: string[] } };
      expect(got._rev).toBe(rev(2, 'b'));
      expect(got._revisions.ids).toHaveLength(2);
      expect(await db.leaves('d1')).toEqual([rev(2, 'b')]);
      expect(await db.leaves('nope')).toEqual([]);
    });

    it('answers revs_diff, existing and bulk_get', async () => {
      const db = store.db('contract-a');
      const diff = await db.revsDiff({ d1: [rev(2, 'b'), rev(3, 'c')], d2: [rev(1, 'a')] });
      expect(diff.d1?.missing).toEqual([rev(3, 'c')]);
      expect(diff.d2?.missing).toEqual([rev(1, 'a')]);
      const existing = await db.existing(['d1', 'd2']);
      expect([...existing.keys()]).toEqual(['d1']);
      const bulk = await db.bulkGet([{ id: 'd1', rev: rev(2, 'b') }], true);
      expect(bulk.results[0]?.docs[0]).toHaveProperty('ok');
    });

    it('pages changes with a string since, and waits for the next change', async () => {
      const db = store.db('contract-b');
      for (let i = 0; i < 5; i++) await db.put({ _id: `c${i}` });
      const first = await db.changes({ since: '0', limit: 2 });
      expect(first.results.map((r) => r.id)).toEqual(['c0', 'c1']);
      const rest = await db.changes({ since: String(first.last_seq), limit: 10 });
      expect(rest.results.map((r) => r.id)).toEqual(['c2', 'c3', 'c4']);
      const abort = new AbortController();
      const waiting = db.waitForChange(String(rest.last_seq), 5000, abort.signal);
      setTimeout(() => void db.put({ _id: 'c5' }), 100);
      expect(await waiting).toBe(true);
      expect(await db.waitForChange(String((await db.changes({ since: '0', limit: 100 })).last_seq), 100, abort.signal)).toBe(false);
    });

    it('keeps _local documents out of changes', async () => {
      const db = store.db('contract-c');
      await db.putLocal({ _id: '_local/x', last_seq: 3 });
      expect((await db.getLocal('_local/x')).last_seq).toBe(3);
      expect((await db.changes({ since: '0', limit: 10 })).results).toEqual([]);
    });

    it('reports missing documents as StoreNotFound and sees its own changes live', async () => {
      const db = store.db('contract-d');
      await expect(db.get('missing')).rejects.toBeInstanceOf(StoreNotFound);
      const seen: string[] = [];
      const stop = db.onChange((d) => seen.push(d._id));
      await new Promise((r) => setTimeout(r, 100));
      await db.put({ _id: 'live' });
      await expect.poll(() => seen).toContain('live');
      stop();
      expect((await db.allDocs()).map((d) => d._id)).toEqual(['live']);
    });
  });
}

let couch: ReferenceCouch;
storeContract('embedded LevelDB', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'relais-store-'));
  return { store: new PouchStore({ dataDir: dir }), cleanup: () => rm(dir, { recursive: true, force: true }) };
});
storeContract('CouchDB over HTTP (express-pouchdb)', async () => {
  couch = await startReferenceCouch();
  return { store: new PouchStore({ couchDbUrl: couch.url }), cleanup: () => couch.stop() };
});
