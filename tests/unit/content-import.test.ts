import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../src/storage/app-db';
import { activePackHash } from '../../src/storage/active-pack';
import { importPack, writePackRows } from '../../src/storage/content-import';
import { ContentRepository } from '../../src/storage/content.repository';
import { makePack } from '../factories/pack.factory';

let db: AppDb;
let n = 0;
beforeEach(async () => {
  db = new AppDb(`test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('content import', () => {
  it('imports a pack and reports progress up to the total', async () => {
    const pack = await makePack({ modules: 3, items: 6000 });
    const progress: number[] = [];
    let total = 0;
    const result = await importPack(db, pack, (p) => {
      progress.push(p.done);
      total = p.total;
    });
    expect(result).toEqual({ ok: true, status: 'imported', hash: pack.hash });
    expect(total).toBe(3 + 3 + 6000);
    expect(progress.at(-1)).toBe(total);
    expect(progress.length).toBeGreaterThan(3); // chunked, so the bar moves
    const repo = new ContentRepository(db);
    expect((await repo.modules()).map((m) => m.title)).toEqual(['Module 1', 'Module 2', 'Module 3']);
    expect(await repo.itemsOf('m1')).toHaveLength(2000);
    const overview = await repo.overview();
    expect(overview.active).toEqual(await repo.active());
    expect(overview.modules).toEqual(await repo.modules());
  });

  it('shows no content before the first import', async () => {
    expect(await new ContentRepository(db).overview()).toEqual({ active: undefined, modules: [] });
  });

  it('is a no-op for the same hash', async () => {
    const pack = await makePack();
    await importPack(db, pack);
    const result = await importPack(db, pack);
    expect(result).toMatchObject({ ok: true, status: 'unchanged' });
  });

  it('refuses a corrupt pack and keeps the previous content', async () => {
    const good = await makePack({ titlePrefix: 'Ancien' });
    await importPack(db, good);
    const tampered = structuredClone(await makePack({ titlePrefix: 'Nouveau' }));
    tampered.modules[0]!.title = 'Modifié en route';
    const result = await importPack(db, tampered);
    expect(result).toMatchObject({ ok: false, reason: 'hash-mismatch' });
    expect(await activePackHash(db)).toBe(good.hash);
    expect((await new ContentRepository(db).modules())[0]?.title).toBe('Ancien 1');
    // Its rows, staged while it was hashed, are gone.
    expect(await db.packs.count()).toBe(1);
    expect(await db.quizItems.count()).toBe(good.modules.flatMap((m) => m.items).length);
  });

  it('refuses a pack altered under the active pack’s own hash, and writes none of it', async () => {
    const good = await makePack({ titlePrefix: 'Ancien' });
    await importPack(db, good);
    const tampered = structuredClone(good);
    tampered.modules[0]!.title = 'Modifié en route';
    expect(await importPack(db, tampered)).toMatchObject({ ok: false, reason: 'hash-mismatch' });
    expect((await new ContentRepository(db).modules())[0]?.title).toBe('Ancien 1');
  });

  it('refuses a pack of a newer format with its own reason', async () => {
    const pack = { ...(await makePack()), format: 99 };
    expect(await importPack(db, pack)).toMatchObject({ ok: false, reason: 'newer-format' });
  });

  it('refuses something that is not a pack', async () => {
    expect(await importPack(db, { hello: 'world' })).toMatchObject({ ok: false, reason: 'not-a-pack' });
    expect(await importPack(db, null)).toMatchObject({ ok: false, reason: 'not-a-pack' });
  });

  it('survives an import interrupted mid-way: old content stays, the next import cleans up', async () => {
    const old = await makePack({ titlePrefix: 'Ancien' });
    await importPack(db, old);
    const next = await makePack({ titlePrefix: 'Nouveau', items: 3000 });
    // Staging rows written, then the page "reloads" before activation.
    await writePackRows(db, next, () => undefined);
    const repo = new ContentRepository(db);
    expect((await repo.modules()).map((m) => m.title)).toEqual(['Ancien 1', 'Ancien 2']);
    expect(await db.quizItems.count()).toBeGreaterThan(3000);
    const result = await importPack(db, next);
    expect(result).toMatchObject({ ok: true, status: 'imported' });
    expect((await repo.modules()).map((m) => m.title)).toEqual(['Nouveau 1', 'Nouveau 2']);
    expect(await db.quizItems.count()).toBe(3000);
    expect(await db.packs.count()).toBe(1);
  });
});
