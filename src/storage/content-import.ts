import type { ContentPack } from '../domain/content/pack.schema';
import { checkPack } from '../domain/content/pack-validate';
import { ACTIVE_PACK_KEY, activePackHash } from './active-pack';
import { CONTENT_TABLES, type AppDb, type LessonRow, type ModuleRow, type QuizItemRow, type RoleplayRow } from './app-db';

/** Rows written per transaction: a few large transactions, never one per row. */
const IMPORT_CHUNK = 5000;
/** Rows between two progress reports. */
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
}

export function packToRows(pack: ContentPack): PackRows {
  const packHash = pack.hash;
  const rows: PackRows = { modules: [], lessons: [], quizItems: [], roleplays: [] };
  for (const m of pack.modules) {
    const { lessons, items, roleplays, ...rest } = m;
    rows.modules.push({ ...rest, packHash, lessonIds: lessons.map((l) => l.id), roleplayIds: roleplays.map((r) => r.id) });
    for (const l of lessons) rows.lessons.push({ ...l, packHash });
    for (const i of items) rows.quizItems.push({ ...i, moduleId: m.id, packHash });
    for (const r of roleplays) rows.roleplays.push({ ...r, packHash });
  }
  return rows;
}

/**
 * Imports a content pack atomically as a whole. Rows are staged under the new hash in chunked
 * transactions; one final transaction switches the active hash. Until then readers see the old
 * pack, so a corrupt pack or a reload mid-way leaves the previous content fully usable.
 */
export async function importPack(
  db: AppDb,
  input: unknown,
  onProgress: (p: ImportProgress) => void = () => undefined,
): Promise<ImportResult> {
  const checked = await checkPack(input);
  if (!checked.ok) return checked;
  const { pack } = checked;
  if ((await activePackHash(db)) === pack.hash) return { ok: true, status: 'unchanged', hash: pack.hash };
  try {
    await removeStalePacks(db);
    await writePackRows(db, pack, onProgress);
    await activate(db, pack.hash);
  } catch (e) {
    return { ok: false, reason: 'storage', details: [e instanceof Error ? `${e.name}: ${e.message}` : String(e)] };
  }
  await removeStalePacks(db);
  return { ok: true, status: 'imported', hash: pack.hash };
}

/** Writes a pack's rows in staging. Exported for the benchmark, which compares it with raw IndexedDB. */
export async function writePackRows(db: AppDb, pack: ContentPack, onProgress: (p: ImportProgress) => void): Promise<void> {
  const rows = packToRows(pack);
  const total = CONTENT_TABLES.reduce((n, t) => n + rows[t].length, 0);
  await db.packs.put({
    hash: pack.hash,
    status: 'staging',
    builtAt: pack.builtAt,
    programme: pack.programme,
    placement: pack.placement,
    rowCount: total,
  });
  let done = 0;
  onProgress({ done, total });
  // Rows go in parts of PROGRESS_STEP, parts in transactions of up to IMPORT_CHUNK rows: few commits,
  // and the bar still moves inside each transaction.
  const parts = CONTENT_TABLES.flatMap((table) => slices(rows[table] as unknown[], PROGRESS_STEP).map((list) => ({ table, list })));
  for (let first = 0; first < parts.length; ) {
    let size = 0;
    let last = first;
    while (last < parts.length && (last === first || size + (parts[last]?.list.length ?? 0) <= IMPORT_CHUNK))
      size += parts[last++]?.list.length ?? 0;
    const group = parts.slice(first, last);
    await db.transaction(
      'rw',
      CONTENT_TABLES.map((t) => db[t]),
      async () => {
        for (const { table, list } of group) {
          await (db[table] as unknown as { bulkPut(r: unknown[]): Promise<unknown> }).bulkPut(list);
          done += list.length;
          onProgress({ done, total });
        }
      },
    );
    first = last;
  }
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

/** Deletes rows of every pack that is not active: retired ones, and staging left by an interrupted import. */
async function removeStalePacks(db: AppDb): Promise<void> {
  const active = await activePackHash(db);
  const stale = (await db.packs.toArray()).filter((p) => p.hash !== active).map((p) => p.hash);
  for (const hash of stale) {
    await db.transaction('rw', [db.packs, ...CONTENT_TABLES.map((t) => db[t])], async () => {
      for (const t of CONTENT_TABLES) await db[t].where('packHash').equals(hash).delete();
      await db.packs.delete(hash);
    });
  }
}
