import { describe, expect, it } from 'vitest';
import { CONSOLE_AUTH_LIMITS, ConsoleAuth } from '../../sync-server/src/console/console-auth';

/** A clock the test moves by hand. */
function clock(start = Date.UTC(2026, 11, 2, 9)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}
const MIN = 60_000;

describe('console sign-in lockout and sessions', () => {
  it('[O4] five wrong passphrases within 15 minutes lock the sign-in for 15 minutes, then it opens again', () => {
    const c = clock();
    const auth = new ConsoleAuth(CONSOLE_AUTH_LIMITS, c.now);
    expect([1, 2, 3, 4].map(() => auth.recordFailure())).toEqual([4, 3, 2, 1]);
    expect(auth.lockedUntil()).toBeUndefined();
    expect(auth.recordFailure()).toBe(0);
    expect(auth.lockedUntil()).toBe(c.now() + 15 * MIN);
    c.advance(15 * MIN - 1);
    expect(auth.lockedUntil()).toBeDefined();
    c.advance(1);
    expect(auth.lockedUntil()).toBeUndefined();
    // The count started again from zero.
    expect(auth.recordFailure()).toBe(4);
  });

  it('[O4] failures older than the window no longer count, and a sign-in clears them', () => {
    const c = clock();
    const auth = new ConsoleAuth(CONSOLE_AUTH_LIMITS, c.now);
    for (let i = 0; i < 4; i++) auth.recordFailure();
    c.advance(15 * MIN + 1);
    expect(auth.recordFailure()).toBe(4);
    for (let i = 0; i < 3; i++) auth.recordFailure();
    auth.open();
    expect(auth.recordFailure()).toBe(4);
  });

  it('[O3] a session ends after 30 minutes idle, after 12 hours in any case, and at sign-out', () => {
    const c = clock();
    const auth = new ConsoleAuth(CONSOLE_AUTH_LIMITS, c.now);
    const idle = auth.open();
    c.advance(30 * MIN - 1);
    expect(auth.session(idle)).toBeDefined();
    c.advance(30 * MIN);
    expect(auth.session(idle)).toBeUndefined();

    const busy = auth.open();
    for (let h = 0; h < 12 * 4 - 1; h++) {
      c.advance(15 * MIN);
      expect(auth.session(busy)).toBeDefined();
    }
    c.advance(15 * MIN);
    expect(auth.session(busy)).toBeUndefined();

    const closed = auth.open();
    auth.close(closed);
    expect(auth.session(closed)).toBeUndefined();
    expect(auth.session('made-up-token')).toBeUndefined();
    expect(auth.session(undefined)).toBeUndefined();
  });
});
