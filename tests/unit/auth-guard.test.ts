import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AuthGuard } from '../../sync-server/src/gateway/auth-guard';
import { DEFAULT_LIMITS } from '../../sync-server/src/gateway/limits';
import { SharedCounters } from '../../sync-server/src/gateway/shared-counters';

describe('lockouts under a flood', () => {
  it('[A7] 100,500 failed logins with random device ids forget neither a lockout nor the worst offender', () => {
    const guard = new AuthGuard({ ...DEFAULT_LIMITS, authFailuresMax: 10 }, new SharedCounters(20_000));
    for (let i = 0; i < 10; i++) guard.loginFailed('10.0.0.1', 'victim');
    for (let i = 0; i < 7; i++) guard.loginFailed('10.0.0.2', 'suspect');
    expect(guard.loginLockedFor('10.0.0.9', 'victim')).toBeGreaterThan(0);
    for (let i = 0; i < 100_500; i++) guard.loginFailed(`10.1.${i % 250}.${i % 7}`, `${randomBytes(4).toString('hex')}-${i}`);
    expect(guard.loginLockedFor('10.0.0.9', 'victim')).toBeGreaterThan(0);
    // The suspect's 7 failures are still counted: three more lock it.
    for (let i = 0; i < 3; i++) guard.loginFailed('10.0.0.3', 'suspect');
    expect(guard.loginLockedFor('10.0.0.9', 'suspect')).toBeGreaterThan(0);
    expect(guard.loginLockedFor('10.0.0.9', 'never-failed')).toBe(0);
  }, 60_000);

  it('[A8] the budget of unauthenticated requests is per address, and flags the first refusal only', () => {
    const guard = new AuthGuard({ ...DEFAULT_LIMITS, anonPerMinute: 5 }, new SharedCounters());
    const a = Array.from({ length: 8 }, () => guard.spendAnonymous('10.0.0.1'));
    expect(a.map((r) => r.ok)).toEqual([true, true, true, true, true, false, false, false]);
    expect(a.map((r) => r.first)).toEqual([false, false, false, false, false, true, false, false]);
    expect(a[5]!.retryMs).toBeGreaterThan(0);
    expect(guard.spendAnonymous('10.0.0.2').ok).toBe(true);
  });
});
