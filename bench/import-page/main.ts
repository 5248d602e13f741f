import { AppDb } from '../../src/storage/app-db';
import { importPack, packToRows, writePackRows } from '../../src/storage/content-import';
import { makePack } from '../../tests/factories/pack.factory';

/** Raw IndexedDB baseline: the same rows, one store, one transaction, no library. */
async function rawImport(rows: unknown[]): Promise<number> {
  const name = `raw-${Math.random()}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('quizItems', { keyPath: ['packHash', 'id'] });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('quizItems', 'readwrite');
    const store = tx.objectStore('quizItems');
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - start;
  db.close();
  // Awaited, so that removing these rows does not weigh on the next measurement.
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
  return ms;
}

async function appWrite(pack: Awaited<ReturnType<typeof makePack>>, full: boolean): Promise<number> {
  const db = new AppDb(`app-${Math.random()}`);
  await db.open();
  const start = performance.now();
  if (full) await importPack(db, pack);
  else await writePackRows(db, pack, () => undefined);
  const ms = performance.now() - start;
  await db.delete();
  return ms;
}

/** One run of each, in the given order: raw baseline, the app's row writing, and the whole import (validation + hash included). */
async function runOnce(items: number, order: readonly ('raw' | 'rows' | 'full')[]): Promise<{ raw: number; rows: number; full: number }> {
  const pack = await makePack({ modules: 1, items });
  const itemRows = packToRows(pack).quizItems;
  const out = { raw: 0, rows: 0, full: 0 };
  for (const what of order) {
    if (what === 'raw') out.raw = await rawImport(itemRows);
    else out[what] = await appWrite(pack, what === 'full');
  }
  return out;
}

(window as unknown as { runImportBench: typeof runOnce }).runImportBench = runOnce;
document.title = 'ready';
