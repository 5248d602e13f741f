import type { PinHash } from '../domain/records/learner.schema';
import type { AppDb } from './app-db';

export const DEVICE_KEY = 'deviceId';
export const STAFF_PIN_KEY = 'staffPin';
export const IDLE_KEY = 'idleTimeoutSeconds';
/** Where the sync screen keeps this terminal's enrolment (device credential and site). */
export const ENROLMENT_KEY = 'syncEnrolment';

/** Settings of this terminal, kept in `meta`: its device id, the staff PIN hash, the idle timeout. */
export class TerminalRepository {
  constructor(private readonly db: AppDb) {}

  /** The terminal's id, made once (inside a transaction, so two tabs cannot make two). */
  deviceId(): Promise<string> {
    return this.db.transaction('rw', this.db.meta, async () => {
      const existing = (await this.db.meta.get(DEVICE_KEY))?.value;
      if (typeof existing === 'string') return existing;
      const id = `poste-${randomSlug(10)}`;
      await this.db.meta.put({ key: DEVICE_KEY, value: id });
      return id;
    });
  }

  /** The site this terminal is enrolled on; none before enrolment (the demo learners then show). */
  async siteId(): Promise<string | undefined> {
    const enrolment = (await this.db.meta.get(ENROLMENT_KEY))?.value as { siteId?: unknown } | undefined;
    return typeof enrolment?.siteId === 'string' ? enrolment.siteId : undefined;
  }

  async staffPin(): Promise<PinHash | undefined> {
    return (await this.db.meta.get(STAFF_PIN_KEY))?.value as PinHash | undefined;
  }

  async setStaffPin(hash: PinHash): Promise<void> {
    await this.db.meta.put({ key: STAFF_PIN_KEY, value: hash });
  }

  async idleTimeoutSeconds(): Promise<number | undefined> {
    const value = (await this.db.meta.get(IDLE_KEY))?.value;
    return typeof value === 'number' && value > 0 ? value : undefined;
  }

  async setIdleTimeoutSeconds(seconds: number): Promise<void> {
    await this.db.meta.put({ key: IDLE_KEY, value: seconds });
  }
}

export function randomSlug(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
