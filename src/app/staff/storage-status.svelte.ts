import { isRetentionDays, recordingRetentionDays, recordingsUsage, setRecordingRetentionDays } from '../../storage/recordings';
import { SyncRepository } from '../../storage/sync.repository';
import { errors } from '../shell/error-state.svelte';
import { db } from '../shell/services';
import { purgeExpiredRecordings } from './recordings-retention';

type PersistState = 'persisted' | 'not-persisted' | 'denied' | 'unsupported';

const repo = new SyncRepository(db);

/**
 * The terminal's storage for staff: use and quota, whether it is persistent, trainer documents waiting,
 * and the learners' voice recordings (space used, how long they are kept).
 */
export class StorageStatus {
  #usage = $state<number | undefined>();
  #quota = $state<number | undefined>();
  #persist = $state<PersistState>('unsupported');
  #signed = $state.raw({ pending: 0, refused: 0 });
  #recordings = $state.raw({ count: 0, bytes: 0, learners: 0 });
  /** Undefined until read from the terminal's settings. */
  #retentionDays = $state<number | undefined>(undefined);
  #purged = $state<number | undefined>(undefined);

  get usage() {
    return this.#usage;
  }
  get quota() {
    return this.#quota;
  }
  get persist() {
    return this.#persist;
  }
  get signed() {
    return this.#signed;
  }
  get recordings() {
    return this.#recordings;
  }
  get retentionDays() {
    return this.#retentionDays;
  }
  /** How many recordings the last change of the period deleted. */
  get purged() {
    return this.#purged;
  }

  async refresh(): Promise<void> {
    try {
      const storage = navigator.storage;
      if (storage?.estimate) {
        const e = await storage.estimate();
        this.#usage = e.usage;
        this.#quota = e.quota;
      }
      if (storage?.persisted)
        this.#persist = (await storage.persisted()) ? 'persisted' : this.#persist === 'denied' ? 'denied' : 'not-persisted';
      this.#signed = await repo.signedCounts();
      this.#recordings = await recordingsUsage(db);
      this.#retentionDays = await recordingRetentionDays(db);
    } catch (e) {
      errors.report(e);
    }
  }

  /** Sets how many days recordings are kept, and deletes at once those now too old. False for a period out of range. */
  async setRetentionDays(days: number): Promise<boolean> {
    if (!isRetentionDays(days)) return false;
    try {
      await setRecordingRetentionDays(db, days);
      this.#retentionDays = days;
      this.#purged = await purgeExpiredRecordings();
      this.#recordings = await recordingsUsage(db);
      return true;
    } catch (e) {
      errors.report(e);
      return false;
    }
  }

  /** Asks the browser to keep this terminal's data even when space runs low; says whether it agreed. */
  async requestPersist(): Promise<void> {
    try {
      if (!navigator.storage?.persist) return;
      this.#persist = (await navigator.storage.persist()) ? 'persisted' : 'denied';
    } catch (e) {
      errors.report(e);
    }
  }
}

export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} ko`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;
  return `${(n / 1024 / 1024 / 1024).toFixed(1).replace('.', ',')} Go`;
}
