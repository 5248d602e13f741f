import { randomBytes } from 'node:crypto';

/** A code made in this session, kept (in memory only) so that its printable sheet can be opened. */
export interface EnrolSheet {
  code: string;
  siteId: string;
  role: string;
  expiresAt: string;
}

interface Session {
  createdAt: number;
  lastSeen: number;
  sheets: Map<string, EnrolSheet>;
}

export interface ConsoleAuthLimits {
  /** [O4] Wrong passphrases within `failureWindowMs` that lock the sign-in. */
  failuresMax: number;
  failureWindowMs: number;
  lockMs: number;
  /** [O3] A session ends after this long without a request, and in any case after `sessionMaxMs`. */
  idleMs: number;
  sessionMaxMs: number;
}

export const CONSOLE_AUTH_LIMITS: ConsoleAuthLimits = {
  failuresMax: 5,
  failureWindowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  idleMs: 30 * 60_000,
  sessionMaxMs: 12 * 3600_000,
};

const MAX_SESSIONS = 20;

/**
 * Sessions and the sign-in lockout of the console. Both live in memory: a restart signs everyone out,
 * which is what a lost session should do anyway. The lockout is one counter for the whole console
 * (it has one operator, reached from the machine itself), so no address can be spoofed around it.
 */
export class ConsoleAuth {
  readonly #sessions = new Map<string, Session>();
  #failures: number[] = [];
  #lockedUntil = 0;

  constructor(
    readonly limits: ConsoleAuthLimits = CONSOLE_AUTH_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** When the sign-in is locked, the time it opens again. */
  lockedUntil(): number | undefined {
    return this.#lockedUntil > this.now() ? this.#lockedUntil : undefined;
  }

  /** Counts a wrong passphrase; returns how many tries are left before the lock (0 once locked). */
  recordFailure(): number {
    const t = this.now();
    this.#failures = this.#failures.filter((f) => f > t - this.limits.failureWindowMs);
    this.#failures.push(t);
    if (this.#failures.length >= this.limits.failuresMax) {
      this.#lockedUntil = t + this.limits.lockMs;
      this.#failures = [];
      return 0;
    }
    return this.limits.failuresMax - this.#failures.length;
  }

  open(): string {
    this.#failures = [];
    const token = randomBytes(32).toString('base64url');
    const t = this.now();
    if (this.#sessions.size >= MAX_SESSIONS) {
      const oldest = [...this.#sessions.entries()].sort((a, b) => a[1].lastSeen - b[1].lastSeen)[0];
      if (oldest) this.#sessions.delete(oldest[0]);
    }
    this.#sessions.set(token, { createdAt: t, lastSeen: t, sheets: new Map() });
    return token;
  }

  /** The live session of this token (touched), or undefined when there is none or it has expired. */
  session(token: string | undefined): Session | undefined {
    if (!token) return undefined;
    const s = this.#sessions.get(token);
    if (!s) return undefined;
    const t = this.now();
    if (t - s.lastSeen >= this.limits.idleMs || t - s.createdAt >= this.limits.sessionMaxMs) {
      this.#sessions.delete(token);
      return undefined;
    }
    s.lastSeen = t;
    return s;
  }

  close(token: string | undefined): void {
    if (token) this.#sessions.delete(token);
  }
}
