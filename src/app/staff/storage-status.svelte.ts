import { SyncRepository } from '../../storage/sync.repository';
import { errors } from '../shell/error-state.svelte';
import { db } from '../shell/services';

type PersistState = 'persisted' | 'not-persisted' | 'denied' | 'unsupported';

const repo = new SyncRepository(db);

/** The terminal's storage for staff: use and quota, whether it is persistent, and trainer documents waiting. */
export class StorageStatus {
  #usage = $state<number | undefined>();
  #quota = $state<number | undefined>();
  #persist = $state<PersistState>('unsupported');
  #signed = $state.raw({ pending: 0, refused: 0 });

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
    } catch (e) {
      errors.report(e);
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
