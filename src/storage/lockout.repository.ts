import { NO_LOCKOUT, type LockoutState, type LockoutStore } from '../domain/auth/pin-lockout';
import type { AppDb } from './app-db';

/** The staff PIN's key: `~` never appears in a learner id, so it cannot clash with one. */
export const STAFF_LOCKOUT_KEY = '~staff';

/** PIN lockouts of this terminal (each learner's, the staff PIN's), kept in `meta` so a reload never resets them. */
export class LockoutRepository implements LockoutStore {
  constructor(private readonly db: AppDb) {}

  async lockout(key: string): Promise<LockoutState> {
    return ((await this.db.meta.get(`lockout:${key}`))?.value as LockoutState | undefined) ?? NO_LOCKOUT;
  }

  async setLockout(key: string, state: LockoutState): Promise<void> {
    await this.db.meta.put({ key: `lockout:${key}`, value: state });
  }
}
