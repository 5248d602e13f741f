import { idlePhase, recordActivity, startClock, type ActiveClock, type IdlePhase } from '../../domain/session/active-time';

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
  #onActivity: ((clock: ActiveClock) => void) | undefined;

  get phase() {
    return this.#phase;
  }
  get secondsLeft() {
    return this.#secondsLeft;
  }
  /** The session's active time so far; kept after `stop()`, so that the ending can record it. */
  get clock(): ActiveClock | undefined {
    return this.#clock;
  }

  /** Starts watching, from a resumed clock if given; `onActivity` hears each counted action. */
  start(timeoutSeconds: number, onExpire: () => void, opts: { clock?: ActiveClock; onActivity?: (clock: ActiveClock) => void } = {}): void {
    this.stop();
    this.#timeout = timeoutSeconds;
    this.#onExpire = onExpire;
    this.#onActivity = opts.onActivity;
    this.#clock = opts.clock ?? startClock(Date.now());
    this.#phase = 'active';
    for (const name of ACTIVITY_EVENTS) addEventListener(name, this.#onEvent, { passive: true, capture: true });
    this.#timer = setInterval(() => this.#tick(), TICK_MS);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#phase = 'active';
    for (const name of ACTIVITY_EVENTS) removeEventListener(name, this.#onEvent, { capture: true });
  }

  stillHere(): void {
    if (!this.#clock || this.#timer === undefined) return;
    this.#clock = recordActivity(this.#clock, Date.now());
    this.#phase = 'active';
    this.#onActivity?.(this.#clock);
  }

  #onEvent = () => {
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
