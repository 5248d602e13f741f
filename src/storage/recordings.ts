import Dexie from 'dexie';
import type { AppDb, RecordingRow } from './app-db';

export type { RecordingRow } from './app-db';

/** How much voice one learner may keep on this terminal: past either bound the oldest takes go first. */
export interface RecordingQuota {
  takes: number;
  bytes: number;
}

export const RECORDING_QUOTA: RecordingQuota = { takes: 200, bytes: 40 * 1024 * 1024 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The staff's retention period, a setting of this terminal kept in `meta` (not with the first screen's settings: read only later). */
const RETENTION_KEY = 'recordingRetentionDays';
/** Learners' voice recordings are deleted after this many days unless the staff set another period (issue 12 §4). */
export const DEFAULT_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 365;

export function isRetentionDays(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_RETENTION_DAYS;
}

/** Days a voice recording is kept on this terminal. */
export async function recordingRetentionDays(db: AppDb): Promise<number> {
  const value = (await db.meta.get(RETENTION_KEY))?.value;
  return isRetentionDays(value) ? value : DEFAULT_RETENTION_DAYS;
}

export async function setRecordingRetentionDays(db: AppDb, days: number): Promise<void> {
  if (!isRetentionDays(days)) throw new RangeError(`retention days out of range: ${days}`);
  await db.meta.put({ key: RETENTION_KEY, value: days });
}

/** 128 random bits in hex (not imported from the terminal's settings: that module is on the first screen). */
const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

const byLearner = (db: AppDb, learnerId: string) =>
  db.recordings.where('[learnerId+createdAt]').between([learnerId, Dexie.minKey], [learnerId, Dexie.maxKey]);

/**
 * Stores one take and keeps the learner under the quota, in one transaction: the oldest takes are
 * removed first (never the one just saved), and how many were removed is returned so the screen can say so.
 */
export async function saveRecording(
  db: AppDb,
  row: Omit<RecordingRow, 'id' | 'bytes'> & { id?: string },
  quota: RecordingQuota = RECORDING_QUOTA,
): Promise<{ id: string; removedOldest: number }> {
  const id = row.id ?? randomId();
  const stored: RecordingRow = { ...row, id, bytes: row.audio.size };
  return db.transaction('rw', db.recordings, async () => {
    await db.recordings.put(stored);
    const oldestFirst = await byLearner(db, row.learnerId).toArray();
    let takes = oldestFirst.length;
    let bytes = oldestFirst.reduce((sum, r) => sum + r.bytes, 0);
    const removed: string[] = [];
    for (const r of oldestFirst) {
      if (takes <= quota.takes && bytes <= quota.bytes) break;
      if (r.id === id) continue;
      removed.push(r.id);
      takes -= 1;
      bytes -= r.bytes;
    }
    await db.recordings.bulkDelete(removed);
    return { id, removedOldest: removed.length };
  });
}

/** A learner's takes, newest first. */
export async function learnerRecordings(db: AppDb, learnerId: string): Promise<RecordingRow[]> {
  return byLearner(db, learnerId).reverse().toArray();
}

/** How many takes a learner has on this terminal (without reading their audio). */
export async function countLearnerRecordings(db: AppDb, learnerId: string): Promise<number> {
  return byLearner(db, learnerId).count();
}

/** The answers of one oral role-play run, in step order. */
export async function runRecordings(db: AppDb, learnerId: string, roleplayId: string, run: number): Promise<RecordingRow[]> {
  const rows = await db.recordings.where('[learnerId+roleplayId+run]').equals([learnerId, roleplayId, run]).toArray();
  return rows.sort((a, b) => (a.step ?? 0) - (b.step ?? 0) || a.createdAt.localeCompare(b.createdAt));
}

/** Deletes every take of a learner on this terminal; returns how many. */
export async function deleteLearnerRecordings(db: AppDb, learnerId: string): Promise<number> {
  return byLearner(db, learnerId).delete();
}

/**
 * A trainer scored this run: its recordings made up to then are deleted (issue 12 §4, a reviewed
 * recording is not kept). A take made after the review is not the one the trainer heard, so it stays.
 */
export async function markRunReviewed(db: AppDb, learnerId: string, roleplayId: string, run: number, at: string): Promise<void> {
  await db.recordings
    .where('[learnerId+roleplayId+run]')
    .equals([learnerId, roleplayId, run])
    .filter((r) => r.createdAt <= at)
    .delete();
}

/** Deletes every take older than the retention period; returns how many. */
export async function purgeRecordings(db: AppDb, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  return db.recordings.where('createdAt').below(cutoff).delete();
}

/** The space the recordings take on this terminal, for the staff area. */
export async function recordingsUsage(db: AppDb): Promise<{ count: number; bytes: number; learners: number }> {
  let count = 0;
  let bytes = 0;
  const learners = new Set<string>();
  await db.recordings.each((r) => {
    count += 1;
    bytes += r.bytes;
    learners.add(r.learnerId);
  });
  return { count, bytes, learners: learners.size };
}
