import { hashPin, needsUpgrade, PIN_PATTERN, verifyPin } from '../../domain/auth/pin';
import { attemptPin, STAFF_PIN_POLICY } from '../../domain/auth/pin-lockout';
import { STAFF_LOCKOUT_KEY } from '../../storage/lockout.repository';
import { DEMO_STAFF_PIN, DEMO_STAFF_PIN_HASH } from '../../domain/demo/demo-site';
import type { ContentPack } from '../../domain/content/pack.schema';
import { clockLooksWrong } from '../../domain/records/event-time';
import type { EnrolResponse } from '../../domain/sync/device.schema';
import { SyncRepository } from '../../storage/sync.repository';
import type { SyncSummary } from '../../sync/sync-ports';
export type { SyncReport } from '../../sync/sync-report';
import type { EnrolResult, SyncDeps, SyncProgress } from '../../sync/sync-run';
import { t } from '../../i18n';
import { content } from './content-manager.svelte';
import { errors } from '../shell/error-state.svelte';
import { lockoutRepository, terminalRepository } from '../learner/learner-services';
import { session } from '../learner/session-manager.svelte';
import { db } from '../shell/services';

const repo = new SyncRepository(db);

/** How many past runs the staff area shows. */
const HISTORY_RUNS = 5;

/** One past run, as the staff area lists it. */
export interface SyncRunView {
  startedAt: string;
  finishedAt?: string;
  summary: SyncSummary;
}

/** The staff screen's state: the PIN gate, enrolment, sync runs and offline export. */
class SyncManager {
  #unlocked = $state(false);
  /** The published demo PIN still opens this terminal's staff area: staff are asked to change it. */
  #demoPin = $state(false);
  #pinLockedUntil = $state(0);
  #deviceId = $state<string | undefined>();
  #enrolment = $state.raw<EnrolResponse | undefined>();
  #running = $state(false);
  #progress = $state.raw<SyncProgress | undefined>();
  #summary = $state.raw<SyncSummary | undefined>();
  #lastSyncAt = $state<string | undefined>();
  #history = $state.raw<SyncRunView[]>([]);
  #pending = $state(0);
  #refused = $state(0);
  #enrolError = $state<Exclude<EnrolResult, { ok: true }>['reason'] | undefined>();
  #exported = $state<number | undefined>();

  get usesDemoPin() {
    return this.#demoPin;
  }
  get unlocked() {
    return this.#unlocked;
  }
  get pinLockedUntil() {
    return this.#pinLockedUntil;
  }
  get deviceId() {
    return this.#deviceId;
  }
  get enrolment() {
    return this.#enrolment;
  }
  get running() {
    return this.#running;
  }
  get progress() {
    return this.#progress;
  }
  get summary() {
    return this.#summary;
  }
  get lastSyncAt() {
    return this.#lastSyncAt;
  }
  /** The last runs, newest first, each with its report. */
  get history() {
    return this.#history;
  }
  /** Minutes this terminal's clock was off from the server's at the last sync, when beyond the skew. */
  get clockOffMinutes(): number | undefined {
    const skew = this.#summary?.clockSkewMs;
    if (skew === undefined || !clockLooksWrong(skew, 0)) return undefined;
    return Math.round(skew / 60_000);
  }
  /** Events the server refused in earlier runs, kept on this terminal. */
  get refused() {
    return this.#refused;
  }
  get pending() {
    return this.#pending;
  }
  get enrolError() {
    return this.#enrolError;
  }
  get exported() {
    return this.#exported;
  }

  /** The staff PIN is stored hashed; a fresh terminal starts with the demo PIN. */
  async unlock(pin: string): Promise<'ok' | 'wrong' | 'locked'> {
    let hash = await terminalRepository.staffPin();
    if (!hash) {
      hash = DEMO_STAFF_PIN_HASH;
      await terminalRepository.setStaffPin(hash);
    }
    const stored = hash;
    const attempt = await attemptPin(lockoutRepository, STAFF_LOCKOUT_KEY, STAFF_PIN_POLICY, new Date(), () => verifyPin(pin, stored));
    if (!attempt.ok) {
      if (attempt.reason === 'wrong-pin') return 'wrong';
      this.#pinLockedUntil = Date.parse(attempt.until);
      return 'locked';
    }
    if (needsUpgrade(stored)) await terminalRepository.setStaffPin(await hashPin(pin));
    this.#unlocked = true;
    this.#demoPin = pin === DEMO_STAFF_PIN;
    await this.refresh();
    return 'ok';
  }

  /** Changes the staff PIN (stored hashed); asks for the current one again, as anyone may have left the screen open. */
  async changePin(current: string, next: string, again: string): Promise<'ok' | 'wrong' | 'invalid' | 'mismatch'> {
    const hash = await terminalRepository.staffPin();
    if (!hash || !(await verifyPin(current, hash))) return 'wrong';
    if (!PIN_PATTERN.test(next) || next === DEMO_STAFF_PIN) return 'invalid';
    if (next !== again) return 'mismatch';
    await terminalRepository.setStaffPin(await hashPin(next));
    this.#demoPin = false;
    return 'ok';
  }

  lock(): void {
    this.#unlocked = false;
    this.#summary = undefined;
    this.#exported = undefined;
  }

  async refresh(): Promise<void> {
    this.#deviceId = await terminalRepository.deviceId();
    this.#enrolment = await repo.enrolment();
    this.#pending = await repo.pendingCount();
    this.#refused = await repo.refusedCount();
    const runs = await repo.recentRuns(HISTORY_RUNS);
    const last = runs[0];
    this.#history = runs.map(({ startedAt, finishedAt, summary }) => ({ startedAt, finishedAt, summary }));
    this.#lastSyncAt = last?.finishedAt;
    this.#summary ??= last?.summary;
  }

  async enrol(code: string): Promise<void> {
    this.#enrolError = undefined;
    try {
      const { enrolTerminal } = await import('../../sync/sync-run');
      const res = await enrolTerminal(location.origin, code, await terminalRepository.deviceId());
      if (!res.ok) {
        this.#enrolError = res.reason;
        return;
      }
      await repo.saveEnrolment(res.enrolment);
      this.#warmUp();
      await this.refresh();
      await session.reloadLearners();
    } catch (e) {
      errors.report(e);
    }
  }

  async sync(): Promise<void> {
    const enrolment = this.#enrolment;
    if (!enrolment || this.#running) return;
    this.#running = true;
    this.#exported = undefined;
    const startedAt = new Date().toISOString();
    try {
      const summary = await this.#run(enrolment);
      await repo.recordRun(startedAt, summary);
      this.#summary = summary;
      if (summary.failure === 'unexpected') errors.report(new Error(summary.detail), t.sync.run.errors.unexpected);
      await this.refresh();
      await session.reloadLearners();
    } catch (e) {
      errors.report(e);
    } finally {
      this.#running = false;
      this.#progress = undefined;
    }
  }

  /**
   * The sync's code (PouchDB among it) loads as soon as the server has answered an enrolment: on a
   * terminal whose app is not all cached yet, a sync started once the network is gone again would fail to
   * load it. (Not when the staff screen opens: offline then, the failed load would stay failed for the
   * page, as the browser keeps a module that did not load, and a sync once the network is back would fail.)
   */
  #warmUp(): void {
    // biome-ignore lint/plugin: a warm-up that fails is tried again by the sync, which reports it
    this.#code().catch(() => undefined);
  }

  #code(): Promise<[typeof import('../../sync/sync-run'), SyncDeps]> {
    return Promise.all([import('../../sync/sync-run'), this.#deps()]);
  }

  /**
   * One run. Its code failing to load (the server gone before the app was all on this terminal) is a
   * failed run that says what to do: the browser keeps a module that did not load until the page is
   * reloaded, so a retry alone would fail the same way.
   */
  async #run(enrolment: EnrolResponse): Promise<SyncSummary> {
    let code: [typeof import('../../sync/sync-run'), SyncDeps];
    try {
      code = await this.#code();
    } catch {
      return { ok: false, sent: 0, received: 0, refused: [], contentInstalled: false, failure: 'app-code' };
    }
    const [{ runSync }, deps] = code;
    return runSync(deps, enrolment, (p) => (this.#progress = p));
  }

  /** Downloads the pending events as a signed bundle file. */
  async exportPending(): Promise<void> {
    const enrolment = this.#enrolment;
    if (!enrolment) return;
    try {
      const { exportBundle } = await import('../../sync/sync-run');
      const bundle = await exportBundle(await this.#deps(), enrolment);
      this.#exported = bundle.events.length;
      if (!bundle.events.length) return;
      const url = URL.createObjectURL(new Blob([JSON.stringify(bundle)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `relais-lot-${enrolment.deviceId}-${bundle.createdAt.slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      errors.report(e);
    }
  }

  async #deps(): Promise<SyncDeps> {
    // PouchDB loads here only, on the staff screen: never in the learner's first screen.
    const { openReplica } = await import('../../storage/browser-replica');
    return {
      store: repo,
      openReplica: async (target) => openReplica(target),
      installPack: (pack: ContentPack) => content.install(pack),
      activeContentHash: () => content.active?.hash,
      installedModuleIds: () => content.modules.map((m) => m.id),
      previousSyncAt: this.#history.find((r) => r.summary.ok)?.finishedAt,
      baseUrl: location.origin,
    };
  }
}

export const syncManager = new SyncManager();
