import { attemptPin, LEARNER_PIN_POLICY, lockedUntil, NO_LOCKOUT, STAFF_PIN_POLICY, type PinAttempt } from '../../domain/auth/pin-lockout';
import { STAFF_LOCKOUT_KEY } from '../../storage/lockout.repository';
import { hashPin, needsUpgrade, verifyPin } from '../../domain/auth/pin';
import type { LearnerDoc, PinHash } from '../../domain/records/learner.schema';
import { DEFAULT_IDLE_SECONDS, idlePhase, recordActivity, startClock, type ActiveClock } from '../../domain/session/active-time';
import { readFirstScreen, type FirstScreenRead } from '../../storage/first-screen.reader';
import { activeLearners, type CurrentSession } from '../../storage/learner.repository';
import { randomSlug } from '../../storage/terminal.repository';
import { readTilesCache, type SignInTile, writeTilesCache } from '../../storage/tiles-cache';
import { afterNextPaint } from '../shell/after-paint';
import { errors } from '../shell/error-state.svelte';
import { IdleWatch } from '../shell/idle-watch.svelte';

/** The Dexie-backed repositories: loaded after the sign-in tiles are painted, never before. */
const services = () => import('./learner-services');

type PinResult = PinAttempt;
export type { SignInTile };

const SAVE_EVERY_MS = 10_000;

/** A saved session that a reload cut after it ended (timed out, or signed out before its end was written). */
interface Expired {
  saved: CurrentSession;
  clock: ActiveClock;
  reason: 'signout' | 'idle';
}

/**
 * Who is signed in on this shared terminal. Sign-in by tile and PIN, lockout after five wrong PINs,
 * idle sign-out with a warning first, and the active time of each session, written as events.
 */
class SessionManager {
  #ready = $state(false);
  /** This site's active learners, in full (PIN hashes): known once IndexedDB was read. */
  #learners: LearnerDoc[] = [];
  #tiles = $state.raw<SignInTile[]>([]);
  #learner = $state.raw<LearnerDoc | undefined>();
  #idleSeconds = $state(DEFAULT_IDLE_SECONDS);
  #watch = new IdleWatch();
  #session: CurrentSession | undefined;
  #lastSave = 0;
  #starting: Promise<void> | undefined;
  /** The tiles are shown from a plain read; this settles the rest (seeding, an expired session) with Dexie. */
  #settled: Promise<void> | undefined;
  #listeners: Array<(learner: LearnerDoc | undefined) => void> = [];

  get ready() {
    return this.#ready;
  }
  /** The sign-in tiles. */
  get learners(): SignInTile[] {
    return this.#tiles;
  }
  get learner() {
    return this.#learner;
  }
  get idle() {
    return this.#watch.phase;
  }
  get secondsLeft() {
    return this.#watch.secondsLeft;
  }
  get sessionId() {
    return this.#session?.sessionId;
  }

  /** Called when the signed-in learner changes, so that per-learner state is dropped at once. */
  onChange(listener: (learner: LearnerDoc | undefined) => void): void {
    this.#listeners.push(listener);
  }

  /**
   * Shows the tiles (or resumes a session cut by a reload) from one plain IndexedDB read; once they are
   * painted, seeds the demo site on an empty terminal and ends an expired session, with Dexie.
   * Resolves when the tiles can show.
   */
  start(): Promise<void> {
    this.#starting ??= this.#start().catch((e) => errors.report(e));
    return this.#starting;
  }

  /** Set once start() was called: what a first screen behind the sign-in waits for. */
  get starting(): Promise<void> | undefined {
    return this.#starting;
  }

  async #start(): Promise<void> {
    // Nobody was signed in when this copy was written: the tiles show at once, IndexedDB confirms them.
    const cached = readTilesCache();
    if (cached) {
      this.#tiles = cached;
      this.#ready = true;
    }
    const read = await readFirstScreen();
    const param = Number(new URLSearchParams(location.search).get('idle'));
    this.#idleSeconds = param > 0 ? param : (read?.idleTimeoutSeconds ?? DEFAULT_IDLE_SECONDS);
    const all = read?.learners ?? [];
    const needsDemo = !read?.staffPin || activeLearners(all).length === 0;
    const demo = needsDemo ? await import('../../domain/demo/demo-site') : undefined;
    // The demo learners are seeded only into an empty table: until then they are the tiles.
    const seed = demo && all.length === 0 ? await demo.demoLearnerDocs() : undefined;
    this.#setLearners(activeLearners(seed ?? all, read?.siteId));
    let expired: Expired | undefined;
    const saved = read?.currentSession;
    if (saved) {
      const learner = all.find((l) => l.learnerId === saved.learnerId);
      const clock = { lastActivityAt: saved.lastActivityAt, activeSeconds: saved.activeSeconds };
      // The copy of the tiles is written at a sign-out, before its end is on disk: with it there, the
      // saved session was closed (a reload came first) and only its end is left to write.
      const closed = cached !== undefined;
      const timedOut = idlePhase(clock, Date.now(), this.#idleSeconds) === 'expired';
      if (learner && !closed && !timedOut) this.#begin(learner, saved, clock);
      else expired = { saved, clock, reason: timedOut || !closed ? 'idle' : 'signout' };
    }
    this.#ready = true;
    this.#settled = afterNextPaint().then(() => this.#settle(read, seed, demo?.DEMO_STAFF_PIN_HASH, expired));
    this.#settled.catch((e) => errors.report(e));
  }

  async #settle(
    read: FirstScreenRead | undefined,
    seed: LearnerDoc[] | undefined,
    demoStaffPin: PinHash | undefined,
    expired: Expired | undefined,
  ): Promise<void> {
    const { learnerRepository, terminalRepository } = await services();
    if (seed) await learnerRepository.seedIfEmpty(async () => seed);
    // Until a trainer role exists, the demo staff PIN unlocks learners on this terminal.
    if (demoStaffPin && !read?.staffPin && !(await terminalRepository.staffPin())) await terminalRepository.setStaffPin(demoStaffPin);
    if (expired) await this.#end(expired.saved, expired.clock, expired.reason);
    await this.#reloadLearners();
  }

  /** Resolves once the Dexie side is settled: every read or write of the session goes after it. */
  async #services() {
    await this.start();
    await this.#settled;
    return services();
  }

  /** Until when this learner's PIN is locked, or undefined. */
  async lockedUntil(learnerId: string): Promise<string | undefined> {
    const { lockoutRepository } = await this.#services();
    return lockedUntil(await lockoutRepository.lockout(learnerId), new Date());
  }

  async signIn(learnerId: string, pin: string): Promise<PinResult> {
    const now = new Date();
    const { learnerRepository, lockoutRepository, progressRepository } = await this.#services();
    // A tile from the copy may be gone from IndexedDB (archived): it cannot sign in.
    const learner = this.#learners.find((l) => l.learnerId === learnerId);
    if (!learner) return { ok: false, reason: 'wrong-pin', attemptsLeft: 0 };
    const stored = await learnerRepository.pinHash(learner);
    const attempt = await attemptPin(lockoutRepository, learnerId, LEARNER_PIN_POLICY, now, () => verifyPin(pin, stored));
    if (!attempt.ok) return attempt;
    // An old (PBKDF2) hash is upgraded now, while the PIN is known.
    if (needsUpgrade(stored)) await learnerRepository.setUpgradedPin(learner, await hashPin(pin));
    const session: CurrentSession = {
      learnerId,
      sessionId: `s-${randomSlug(12)}`,
      startedAt: now.toISOString(),
      lastActivityAt: now.getTime(),
      activeSeconds: 0,
    };
    writeTilesCache(undefined);
    await learnerRepository.setCurrentSession(session);
    await (await progressRepository()).append(await this.#author(learner), 'session.started', { sessionId: session.sessionId });
    this.#begin(learner, session, startClock(now.getTime()));
    return { ok: true };
  }

  /** A trainer unlocks a learner sooner with the staff PIN (whose own lockout holds here too). */
  async unlock(learnerId: string, staffPin: string): Promise<boolean> {
    const { lockoutRepository, terminalRepository } = await this.#services();
    const hash = await terminalRepository.staffPin();
    if (!hash) return false;
    const attempt = await attemptPin(lockoutRepository, STAFF_LOCKOUT_KEY, STAFF_PIN_POLICY, new Date(), () => verifyPin(staffPin, hash));
    if (!attempt.ok) return false;
    await lockoutRepository.setLockout(learnerId, NO_LOCKOUT);
    return true;
  }

  /** The tiles: this site's learners. Called again after a sync or an enrolment changed them. */
  async reloadLearners(): Promise<void> {
    await this.#services();
    await this.#reloadLearners();
  }

  async #reloadLearners(): Promise<void> {
    const { learnerRepository, terminalRepository } = await services();
    this.#setLearners(await learnerRepository.list(await terminalRepository.siteId()));
  }

  #setLearners(learners: LearnerDoc[]): void {
    this.#learners = learners;
    this.#tiles = learners.map(({ learnerId, firstName, avatar }) => ({ learnerId, firstName, avatar }));
    if (!this.#learner) writeTilesCache(this.#tiles);
  }

  /** "I am still here": resets the idle countdown. */
  stillHere(): void {
    this.#watch.stillHere();
  }

  async signOut(reason: 'signout' | 'idle' = 'signout'): Promise<void> {
    const session = this.#session;
    const clock = this.#watch.clock;
    if (!session || !clock) return;
    this.#watch.stop();
    this.#session = undefined;
    this.#learner = undefined;
    this.#listeners.forEach((l) => l(undefined));
    // Home at once, with the tiles: going there after the session's end is written would take back a
    // screen that someone (the next learner, staff) may already have opened.
    location.hash = '#/';
    writeTilesCache(this.#tiles);
    await this.#end(session, reason === 'signout' ? recordActivity(clock, Date.now()) : clock, reason);
  }

  #begin(learner: LearnerDoc, session: CurrentSession, clock: ActiveClock): void {
    writeTilesCache(undefined);
    this.#learner = learner;
    this.#session = session;
    this.#listeners.forEach((l) => l(learner));
    this.#watch.start(this.#idleSeconds, () => this.signOut('idle').catch((e) => errors.report(e)), {
      clock,
      onActivity: (c) => this.#activity(c),
    });
  }

  async #end(session: CurrentSession, clock: ActiveClock, reason: 'signout' | 'idle'): Promise<void> {
    const { learnerRepository, progressRepository } = await services();
    try {
      const learner = await learnerRepository.get(session.learnerId);
      if (learner) {
        await (await progressRepository()).append(await this.#author(learner), 'session.ended', {
          sessionId: session.sessionId,
          activeSeconds: Math.round(clock.activeSeconds),
          reason,
        });
      }
    } finally {
      await learnerRepository.setCurrentSession(undefined);
    }
  }

  /** Keeps the session's active time on disk every few seconds, so that a power cut loses little. */
  #activity(clock: ActiveClock): void {
    if (!this.#session) return;
    const now = Date.now();
    if (now - this.#lastSave > SAVE_EVERY_MS) {
      this.#lastSave = now;
      const saved = { ...this.#session, lastActivityAt: clock.lastActivityAt, activeSeconds: clock.activeSeconds };
      this.#session = saved;
      services()
        .then(({ learnerRepository }) => learnerRepository.setCurrentSession(saved))
        .catch((e) => errors.report(e));
    }
  }

  async #author(learner: LearnerDoc) {
    const { terminalRepository } = await services();
    return { siteId: learner.siteId, learnerId: learner.learnerId, deviceId: await terminalRepository.deviceId() };
  }

  /** The author of this learner's events on this terminal. */
  async author() {
    const learner = this.#learner;
    if (!learner) throw new Error('no learner signed in');
    return this.#author(learner);
  }
}

export const session = new SessionManager();
