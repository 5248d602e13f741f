/** A pause longer than this between two actions is not counted as active time. */
export const MAX_ACTIVE_GAP_SECONDS = 60;

/** A session's running active time: only gaps shorter than a minute between actions count. */
export interface ActiveClock {
  lastActivityAt: number;
  activeSeconds: number;
}

export const startClock = (now: number): ActiveClock => ({ lastActivityAt: now, activeSeconds: 0 });

export function recordActivity(clock: ActiveClock, now: number): ActiveClock {
  const gap = Math.max(0, (now - clock.lastActivityAt) / 1000);
  return { lastActivityAt: now, activeSeconds: clock.activeSeconds + Math.min(gap, MAX_ACTIVE_GAP_SECONDS) };
}

export type IdlePhase = 'active' | 'warning' | 'expired';

/** Warns for the last minute (or the last half of very short timeouts, used by tests). */
export function warningSeconds(timeoutSeconds: number): number {
  return Math.min(60, Math.floor(timeoutSeconds / 2));
}

export function idlePhase(clock: ActiveClock, now: number, timeoutSeconds: number): IdlePhase {
  const idle = (now - clock.lastActivityAt) / 1000;
  if (idle >= timeoutSeconds) return 'expired';
  if (idle >= timeoutSeconds - warningSeconds(timeoutSeconds)) return 'warning';
  return 'active';
}

export const DEFAULT_IDLE_SECONDS = 600;
