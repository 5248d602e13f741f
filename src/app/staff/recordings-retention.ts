import { purgeRecordings, recordingRetentionDays } from '../../storage/recordings';
import { db } from '../shell/services';

/** Deletes the voice recordings older than the staff's retention period; returns how many. Run at start and when the period changes. */
export async function purgeExpiredRecordings(now = new Date()): Promise<number> {
  return purgeRecordings(db, now, await recordingRetentionDays(db));
}
