import type { ContentPack } from '../domain/content/pack.schema';
import { checkPackShape, hashMismatch, packHashMatches } from '../domain/content/pack-validate';
import { ACTIVE_PACK_KEY, activePackHash } from './active-pack';
import {
  CONTENT_TABLES,
  packKeyRange,
  type AppDb,
  type LessonRow,
  type ModuleRow,
  type QuizItemRow,
  type RoleplayRow,
  type TrainerSheetRow,
} from './app-db';

/** Rows per write request, and between two progress reports. */
const PROGRESS_STEP = 1000;

export interface ImportProgress {
  done: number;
  total: number;
}

export type ImportResult =
  | { ok: true; status: 'imported' | 'unchanged'; hash: string }
  | { ok: false; reason: 'not-a-pack' | 'newer-format' | 'invalid' | 'hash-mismatch' | 'storage'; details: string[] };

interface PackRows {
  modules: ModuleRow[];
  lessons: LessonRow[];
  quizItems: QuizItemRow[];
  roleplays: RoleplayRow[];
  trainerSheets: TrainerSheetRow[];
}

export function packToRows(pack: ContentPack): PackRows {
  const packHash = pack.hash;
  const rows: PackRows = { modules: [], lessons: [], quizItems: [], roleplays: [], trainerSheets: [] };
  for (const m of pack.modules) {
    const { lessons, items, roleplays, trainerSheet, ...rest } = m;
    if (trainerSheet) rows.trainerSheets.push({ packHash, moduleId: m.id, sheet: trainerSheet });
    rows.modules.push({ ...rest, packHash, lessonIds: lessons.map((l) => l.id), roleplayIds: roleplays.map((r) => r.id) });
    for (const l of lessons) rows.lessons.push({ ...l, packHash });
    for (const i of items) rows.quizItems.push({ ...i, moduleId: m.id, packHash });
    for (const r of roleplays) rows.roleplays.push({ ...r, packHash });
  }
  return rows;
}

/**
 * Imports a content pack atomically as a whole. Rows are staged under the new hash in one transaction;
 * a second one switches the active hash. Until then readers see the old pack, so a corrupt pack or a
 * reload mid-way leaves the previous content fully usable. The content hash is computed while
 * IndexedDB writes the staged rows, and a pack that does not match it is discarded before activation.
 */
export async function importPack(
  db: AppDb,
  input: unknown,
  onProgress: (p: ImportProgress) => void = () => undefined,
): Promise<ImportResult> {
  const checked = checkPackShape(input);
  if (!checked.ok) return checked;
  const { pack } = checked;
  const { active, stale } = await packsOnDevice(db);
  // A pack claiming the active hash is never written (its rows would land on the active ones): it is hashed first.
  if (active === pack.hash) return (await packHashMatches(pack)) ? { ok: true, status: 'unchanged', hash: pack.hash } : hashMismatch();
  let hashMatches: Promise<boolean> = Promise.resolve(false);
  try {
    await removePacks(db, stale);
    await writePackRows(db, pack, onProgress, () => {
      hashMatches = packHashMatches(pack);
    });
    if (!(await hashMatches)) {
      await removePacks(db, [pack.hash]);
      return hashMismatch();
    }
    await activate(db, pack.hash);
  } catch (e) {
    return { ok: false, reason: 'storage', details: [e instanceof Error ? `${e.name}: ${e.message}` : String(e)] };
  }
  await removeStalePacks(db);
  return { ok: true, status: 'imported', hash: pack.hash };
}

/**
 * Writes a pack's rows in staging, in one transaction. Every write request is sent before `whileWriting`
 * runs, so its work (the import's hashing) overlaps IndexedDB's; it must not wait inside the transaction.
 * Exported for the benchmark, which compares it with raw IndexedDB.
 */
export async function writePackRows(
  db: AppDb,
  pack: ContentPack,
  onProgress: (p: ImportProgress) => void,
  whileWriting: () => void = () => undefined,
): Promise<void> {
  const rows = packToRows(pack);
  const total = CONTENT_TABLES.reduce((n, t) => n + rows[t].length, 0);
  let done = 0;
  onProgress({ done, total });
  // Parts of PROGRESS_STEP rows: the bar moves inside the transaction, and parts finish in the order sent.
  const parts = CONTENT_TABLES.flatMap((table) => slices(rows[table] as unknown[], PROGRESS_STEP).map((list) => ({ table, list })));
  await db.transaction('rw', [db.packs, ...CONTENT_TABLES.map((t) => db[t])], async () => {
    const writes: Promise<unknown>[] = [
      db.packs.put({
        hash: pack.hash,
        status: 'staging',
        builtAt: pack.builtAt,
        programme: pack.programme,
        placement: pack.placement,
        ...(pack.exam ? { exam: pack.exam } : {}),
        rowCount: total,
      }),
      ...parts.map(({ table, list }) =>
        (db[table] as unknown as { bulkPut(r: unknown[]): Promise<unknown> }).bulkPut(list).then(() => {
          done += list.length;
          onProgress({ done, total });
        }),
      ),
    ];
    whileWriting();
    await Promise.all(writes);
  });
}

function slices<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

async function activate(db: AppDb, hash: string): Promise<void> {
  await db.transaction('rw', db.meta, db.packs, async () => {
    const previous = await activePackHash(db);
    if (previous && previous !== hash) await db.packs.update(previous, { status: 'retired' });
    await db.packs.update(hash, { status: 'active', importedAt: new Date().toISOString() });
    await db.meta.put({ key: ACTIVE_PACK_KEY, value: hash });
  });
}

/** The active pack's hash, and the hashes of the others: retired ones, and staging left by an interrupted import. */
async function packsOnDevice(db: AppDb): Promise<{ active: string | undefined; stale: string[] }> {
  return db.transaction('r', db.meta, db.packs, async () => {
    const active = await activePackHash(db);
    const hashes = (await db.packs.toCollection().primaryKeys()) as string[];
    return { active, stale: hashes.filter((h) => h !== active) };
  });
}

async function removePacks(db: AppDb, hashes: readonly string[]): Promise<void> {
  for (const hash of hashes) {
    const [lower, upper] = packKeyRange(hash);
    await db.transaction('rw', [db.packs, ...CONTENT_TABLES.map((t) => db[t])], async () => {
      for (const t of CONTENT_TABLES) await db[t].where(':id').between(lower, upper, true, true).delete();
      await db.packs.delete(hash);
    });
  }
}

/** Deletes rows of every pack that is not active. */
async function removeStalePacks(db: AppDb): Promise<void> {
  await removePacks(db, (await packsOnDevice(db)).stale);
}
