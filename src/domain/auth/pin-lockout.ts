/** After this many wrong PINs in a row the learner is locked. */
export const MAX_PIN_FAILURES = 5;
export const LOCK_MINUTES = 5;

/** Wrong PINs in a row and, once locked, until when. Persisted, so a reload does not reset it. */
export interface LockoutState {
  failures: number;
  lockedUntil: string | null;
}

export const NO_LOCKOUT: LockoutState = { failures: 0, lockedUntil: null };

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > now.getTime();
}

/** One more wrong PIN; the fifth locks for five minutes and starts a fresh count after it. */
export function afterFailure(state: LockoutState, now: Date): LockoutState {
  const base = state.lockedUntil && !isLocked(state, now) ? NO_LOCKOUT : state;
  const failures = base.failures + 1;
  if (failures >= MAX_PIN_FAILURES) {
    return { failures, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() };
  }
  return { failures, lockedUntil: null };
}

export const attemptsLeft = (state: LockoutState) => Math.max(0, MAX_PIN_FAILURES - state.failures);
