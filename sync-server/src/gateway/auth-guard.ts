import type { GatewayLimits } from './limits';
import type { SharedCounters } from './shared-counters';

const MINUTE = 60_000;

/**
 * Failed logins, lockouts and the budget of unauthenticated requests per address (SPEC [A3], [A7],
 * [A8]), over the counters that every gateway shares ([S2]). Nothing here ever refuses a correct
 * credential: the caller checks the credential first and asks the guard only about failures.
 */
export class AuthGuard {
  constructor(
    private readonly limits: GatewayLimits,
    private readonly counters: SharedCounters,
  ) {}

  /**
   * [A8] Counts one request without a valid credential from this address. `first` is true for the
   * first request over the budget in its window (the only one of them that is audited).
   */
  spendAnonymous(ip: string): { ok: boolean; retryMs: number; first: boolean } {
    const w = this.counters.incr(`anon:${ip}`, MINUTE);
    const max = this.limits.anonPerMinute;
    return { ok: w.current <= max, retryMs: w.ttl, first: w.current === max + 1 };
  }

  /** [A3] [A7] Milliseconds left of a lockout of failures for this address or this device id. */
  loginLockedFor(ip: string, deviceId: string): number {
    return Math.max(this.counters.lockedFor(`login-ip:${ip}`), deviceId ? this.counters.lockedFor(`login-id:${deviceId}`) : 0);
  }

  loginFailed(ip: string, deviceId: string): void {
    this.#fail(`login-ip:${ip}`);
    if (deviceId) this.#fail(`login-id:${deviceId}`);
  }

  enrolLockedFor(ip: string): number {
    return this.counters.lockedFor(`enrol-ip:${ip}`);
  }

  enrolFailed(ip: string): void {
    this.#fail(`enrol-ip:${ip}`);
  }

  #fail(key: string): void {
    const w = this.counters.incr(`fail:${key}`, this.limits.authWindowMs);
    if (w.current >= this.limits.authFailuresMax) this.counters.lock(key, Date.now() + this.limits.lockoutMs);
  }
}
