import { audioReadiness } from '../learner/audio-readiness.svelte';
import { purgeExpiredRecordings } from '../staff/recordings-retention';

/**
 * What a terminal does in the background once its first screen is up and its content started: the
 * audio copies itself into the cache, and voice recordings past the staff's retention period are
 * deleted (issue 12 §4). One chunk, loaded only then.
 */
export async function startBackgroundWork(): Promise<void> {
  await Promise.all([audioReadiness.fill(), purgeExpiredRecordings()]);
}
