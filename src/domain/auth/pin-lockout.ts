/** How many wrong PINs in a row lock, and for how long. */
interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

/** A learner's PIN: five wrong in a row lock it for five minutes (staff can unlock sooner). */
export const LEARNER_PIN_POLICY: LockoutPolicy = { maxFailures: 5, lockMinutes: 5 };
/** The staff PIN of a terminal: five wrong in a row lock it for a minute. */
export const STAFF_PIN_POLICY: LockoutPolicy = { maxFailures: 5, lockMinutes: 1 };

/** Wrong PINs in a row and, once locked, until when. Persisted, so a reload does not reset it. */
export interface LockoutState {
  failures: number;
  lockedUntil: string | null;
}

export const NO_LOCKOUT: LockoutState = { failures: 0, lockedUntil: null };

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > now.getTime();
}

/** Until when a PIN is locked, or undefined when it is not (any more). */
export const lockedUntil = (state: LockoutState, now: Date) => (isLocked(state, now) ? (state.lockedUntil as string) : undefined);

/** One more wrong PIN; the last allowed one locks for the policy's time and starts a fresh count after it. */
export function afterFailure(state: LockoutState, now: Date, policy: LockoutPolicy = LEARNER_PIN_POLICY): LockoutState {
  const base = state.lockedUntil && !isLocked(state, now) ? NO_LOCKOUT : state;
  const failures = base.failures + 1;
  if (failures >= policy.maxFailures) {
    return { failures, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000).toISOString() };
  }
  return { failures, lockedUntil: null };
}

export const attemptsLeft = (state: LockoutState, policy: LockoutPolicy = LEARNER_PIN_POLICY) =>
  Math.max(0, policy.maxFailures - state.failures);

/** Where lockout states are persisted (IndexedDB on a terminal), so that a reload never resets them. */
export interface LockoutStore {
  lockout(key: string): Promise<LockoutState>;
  setLockout(key: string, state: LockoutState): Promise<void>;
}

export type PinAttempt =
  | { ok: true }
  | { ok: false; reason: 'pin-locked'; until: string }
  | { ok: false; reason: 'wrong-pin'; attemptsLeft: number };

/**
 * The one PIN check with lockout, for learners' and staff PINs alike: a locked PIN is not even checked,
 * a wrong one counts (and may lock), a right one clears the count. The new state is stored before the answer.
 */
export async function attemptPin(
  store: LockoutStore,
  key: string,
  policy: LockoutPolicy,
  now: Date,
  matches: () => Promise<boolean>,
): Promise<PinAttempt> {
  const state = await store.lockout(key);
  const until = lockedUntil(state, now);
  if (until) return { ok: false, reason: 'pin-locked', until };
  if (await matches()) {
    if (state.failures > 0 || state.lockedUntil) await store.setLockout(key, NO_LOCKOUT);
    return { ok: true };
  }
  const next = afterFailure(state, now, policy);
  await store.setLockout(key, next);
  const nowLocked = lockedUntil(next, now);
  return nowLocked
    ? { ok: false, reason: 'pin-locked', until: nowLocked }
    : { ok: false, reason: 'wrong-pin', attemptsLeft: attemptsLeft(next, policy) };
}
