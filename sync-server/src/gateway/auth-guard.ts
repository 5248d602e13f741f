import type { GatewayLimits } from './limits';

/** Failed-login counting with lockout, and a token bucket per device (SPEC.md [A3], [A4]). */
export class AuthGuard {
  readonly #failures = new Map<string, { count: number; since: number; lockedUntil: number }>();
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private readonly limits: GatewayLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds left of a lockout on any of these keys (address, device id), or 0. */
  lockedFor(keys: string[]): number {
    const t = this.now();
    return Math.max(0, ...keys.map((k) => (this.#failures.get(k)?.lockedUntil ?? 0) - t));
  }

  fail(keys: string[]): void {
    const t = this.now();
    for (const k of keys) {
      let f = this.#failures.get(k);
      if (!f || t - f.since > this.limits.authWindowMs) f = { count: 0, since: t, lockedUntil: 0 };
      f.count++;
      if (f.count >= this.limits.authFailuresMax) f.lockedUntil = t + this.limits.lockoutMs;
      this.#failures.set(k, f);
    }
    if (this.#failures.size > 100_000) this.#failures.clear();
  }

  /** Takes one token for the device; false when it is over its rate. */
  take(deviceId: string): boolean {
    const t = this.now();
    const { ratePerSecond, rateBurst } = this.limits;
    const b = this.#buckets.get(deviceId) ?? { tokens: rateBurst, at: t };
    b.tokens = Math.min(rateBurst, b.tokens + ((t - b.at) / 1000) * ratePerSecond);
    b.at = t;
    if (b.tokens < 1) {
      this.#buckets.set(deviceId, b);
      return false;
    }
    b.tokens -= 1;
    this.#buckets.set(deviceId, b);
    return true;
  }
}
