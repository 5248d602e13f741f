import { randomBytes } from 'node:crypto';
import { StoreConflict, StoreUnavailable, type StoreDb, type StoredDoc } from '../store/sync-store';

/** The store database where gateways publish their counters. */
export const GATEWAY_DB = 'relais-gateway';

/** A count in the current window, summed over every gateway, and the milliseconds left of the window. */
interface CounterWindow {
  current: number;
  ttl: number;
}

interface Entry {
  start: number;
  windowMs: number;
  local: number;
  /** Counts of the same window published by other gateways. */
  remote: Map<string, number>;
}

interface CountersDoc extends StoredDoc {
  type: 'gateway-counters';
  gateway: string;
  /** [key, window start, window length, count] of this gateway. */
  counts: [string, number, number, number][];
  /** [key, locked until] */
  locks: [string, number][];
}

/**
 * Counters in fixed windows aligned on the clock (so that every gateway agrees where a window starts),
 * and locks with an end time. Bounded: past `maxKeys` the half with the smallest counts is dropped, so a
 * flood of one-off keys never pushes out the worst offenders or a lock (SPEC [A7]).
 *
 * When shared (SPEC [S2]), each gateway publishes its own counts and locks as one document of the store
 * (one writer per document, so no conflicts) and follows the others' documents through the store's feed:
 * a gateway's view is its own count plus the others' last published counts.
 */
export class SharedCounters {
  readonly gatewayId = randomBytes(6).toString('hex');
  readonly #entries = new Map<string, Entry>();
  readonly #locks = new Map<string, number>();
  readonly #remoteLocks = new Map<string, number>();
  #db: StoreDb | undefined;
  #rev: string | undefined;
  #dirty = false;
  #flushing: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #republish: NodeJS.Timeout | undefined;
  #stopFeed: (() => void) | undefined;

  constructor(
    private readonly maxKeys = 20_000,
    private readonly now: () => number = Date.now,
  ) {}

  #entry(key: string, windowMs: number): Entry {
    const start = Math.floor(this.now() / windowMs) * windowMs;
    let e = this.#entries.get(key);
    if (!e || e.start !== start || e.windowMs !== windowMs) {
      e = { start, windowMs, local: 0, remote: new Map() };
      this.#entries.set(key, e);
      if (this.#entries.size > this.maxKeys) this.#shrink();
    }
    return e;
  }

  #total(e: Entry): number {
    let n = e.local;
    for (const r of e.remote.values()) n += r;
    return n;
  }

  /** Drops the half of the keys with the smallest counts (expired windows first). */
  #shrink(): void {
    const t = this.now();
    const ranked = [...this.#entries]
      .map(([k, e]) => [k, e.start + e.windowMs <= t ? -1 : this.#total(e)] as const)
      .sort((a, b) => a[1] - b[1]);
    for (const [k] of ranked.slice(0, Math.ceil(ranked.length / 2))) this.#entries.delete(k);
    for (const m of [this.#locks, this.#remoteLocks]) for (const [k, until] of m) if (until <= t) m.delete(k);
  }

  incr(key: string, windowMs: number): CounterWindow {
    const e = this.#entry(key, windowMs);
    e.local++;
    this.#dirty = true;
    return { current: this.#total(e), ttl: e.start + windowMs - this.now() };
  }

  read(key: string, windowMs: number): CounterWindow {
    const start = Math.floor(this.now() / windowMs) * windowMs;
    const e = this.#entries.get(key);
    if (!e || e.start !== start || e.windowMs !== windowMs) return { current: 0, ttl: 0 };
    return { current: this.#total(e), ttl: e.start + windowMs - this.now() };
  }

  /** Locks a key until a time; shared with the other gateways at once. */
  lock(key: string, until: number): void {
    this.#locks.set(key, Math.max(until, this.#locks.get(key) ?? 0));
    if (this.#locks.size > this.maxKeys) this.#shrink();
    this.#dirty = true;
    void this.flush();
  }

  /** Milliseconds left of a lock on the key, or 0. */
  lockedFor(key: string): number {
    const until = Math.max(this.#locks.get(key) ?? 0, this.#remoteLocks.get(key) ?? 0);
    return Math.max(0, until - this.now());
  }

  /** Shares the counters through a database of the store (a CouchDB that several gateways use). */
  async share(db: StoreDb, flushMs = 200): Promise<void> {
    this.#db = db;
    this.#timer = setInterval(() => void this.flush(), flushMs).unref();
    // Every few seconds the counts go out again, even unchanged: a gateway that missed a change of the
    // feed (the backend was down) catches up.
    this.#republish = setInterval(() => (this.#dirty = this.#entries.size > 0 || this.#locks.size > 0), 5000).unref();
    try {
      await db.info(); // creates the database on first use, before the feed follows it
      this.#stopFeed = db.onChange((doc) => {
        if (doc.type === 'gateway-counters' && doc._id !== this.#docId) this.#absorb(doc as CountersDoc);
      });
      // Locks and counts published before this gateway started.
      for (const d of await db.allDocs({ startkey: 'counters:', endkey: 'counters:\uffff' }))
        if (d._id !== this.#docId) this.#absorb(d as CountersDoc);
    } catch (e) {
      if (!(e instanceof StoreUnavailable)) throw e;
      // The store is down: counting goes on here, and the feed is followed once it is back.
      if (!this.#stopFeed) setTimeout(() => void this.share(db, flushMs), 2000).unref();
    }
  }

  get #docId(): string {
    return `counters:${this.gatewayId}`;
  }

  #absorb(doc: CountersDoc): void {
    const t = this.now();
    for (const [key, start, windowMs, n] of doc.counts) {
      if (start + windowMs <= t) continue;
      let e = this.#entries.get(key);
      if (!e || e.start < start) {
        e = { start, windowMs, local: 0, remote: new Map() };
        this.#entries.set(key, e);
      }
      if (e.start === start && e.windowMs === windowMs) e.remote.set(doc.gateway, n);
    }
    for (const [key, until] of doc.locks) if (until > t) this.#remoteLocks.set(key, Math.max(until, this.#remoteLocks.get(key) ?? 0));
    if (this.#entries.size > this.maxKeys) this.#shrink();
  }

  /** Publishes this gateway's counts now (one write at a time; a failed write is retried at the next tick). */
  async flush(): Promise<void> {
    if (!this.#db || !this.#dirty) return this.#flushing;
    if (this.#flushing) {
      await this.#flushing;
      return this.flush();
    }
    this.#dirty = false;
    const t = this.now();
    const counts: CountersDoc['counts'] = [...this.#entries]
      .filter(([, e]) => e.local > 0 && e.start + e.windowMs > t)
      .sort((a, b) => b[1].local - a[1].local)
      .slice(0, 5000)
      .map(([k, e]) => [k, e.start, e.windowMs, e.local]);
    const locks: CountersDoc['locks'] = [...this.#locks].filter(([, until]) => until > t);
    const doc: CountersDoc = {
      _id: this.#docId,
      ...(this.#rev ? { _rev: this.#rev } : {}),
      type: 'gateway-counters',
      gateway: this.gatewayId,
      counts,
      locks,
    };
    this.#flushing = this.#db
      .put(doc)
      .then((rev) => {
        this.#rev = rev;
      })
      .catch(async (e: unknown) => {
        // The store is down or busy: the counts stay here and go out with the next flush.
        this.#dirty = true;
        if (e instanceof StoreConflict) this.#rev = ((await this.#db!.get(this.#docId).catch(() => ({}))) as { _rev?: string })._rev;
      })
      .finally(() => {
        this.#flushing = undefined;
      });
    return this.#flushing;
  }

  stop(): void {
    clearInterval(this.#timer);
    clearInterval(this.#republish);
    this.#stopFeed?.();
  }
}
