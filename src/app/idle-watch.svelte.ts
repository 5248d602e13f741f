import { idlePhase, recordActivity, startClock, type ActiveClock, type IdlePhase } from '../domain/session/active-time';

const TICK_MS = 1000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Idle sign-out for a session on a shared terminal: activity resets the countdown, the last part of
 * it is a warning, and `onExpire` runs once when it runs out. Same rules as the learner's session
 * (`src/domain/session/active-time.ts`).
 */
export class IdleWatch {
  #phase = $state<IdlePhase>('active');
  #secondsLeft = $state(0);
  #clock: ActiveClock | undefined;
  #timeout = 0;
  #timer: ReturnType<typeof setInterval> | undefined;
  #onExpire: () => void = () => undefined;

  get phase() {
    return this.#phase;
  }
  get secondsLeft() {
    return this.#secondsLeft;
  }

  start(timeoutSeconds: number, onExpire: () => void): void {
    this.stop();
    this.#timeout = timeoutSeconds;
    this.#onExpire = onExpire;
    this.#clock = startClock(Date.now());
    this.#phase = 'active';
    for (const name of ACTIVITY_EVENTS) addEventListener(name, this.#onActivity, { passive: true, capture: true });
    this.#timer = setInterval(() => this.#tick(), TICK_MS);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#clock = undefined;
    this.#phase = 'active';
    for (const name of ACTIVITY_EVENTS) removeEventListener(name, this.#onActivity, { capture: true });
  }

  stillHere(): void {
    if (this.#clock) this.#clock = recordActivity(this.#clock, Date.now());
    this.#phase = 'active';
  }

  #onActivity = () => {
    if (this.#phase !== 'expired') this.stillHere();
  };

  #tick(): void {
    if (!this.#clock) return;
    const now = Date.now();
    this.#phase = idlePhase(this.#clock, now, this.#timeout);
    this.#secondsLeft = Math.max(0, Math.ceil(this.#timeout - (now - this.#clock.lastActivityAt) / 1000));
    if (this.#phase === 'expired') {
      const expire = this.#onExpire;
      this.stop();
      expire();
    }
  }
}
