import type { SiteRecord } from '../../../src/domain/records/record-validate';
import type { TrainerKeyDoc } from '../../../src/domain/records/assessment.schema';
import { clockFlag } from '../../../src/domain/records/event-time';
import { eventDocId, learnerDocId, SEQ_WIDTH, trainerKeyDocId } from '../../../src/domain/records/ids';
import { checkSuccession, isSignedDoc, verifyDocSignature, type SignedDoc } from '../../../src/domain/sync/signed-doc';
import { CONTENT_DB, siteDbName, type DbRef } from '../../../src/domain/sync/db-names';
import { StoreNotFound, type StoreDb, type StoredDoc, type SyncStore } from '../store/sync-store';
import type { GatewayLimits } from './limits';
import { checkAgainstStored, checkPushedDoc, type Checked, type DeviceContext } from './validation';

interface Refusal {
  id: string;
  reason: string;
}

interface WriteOutcome {
  accepted: number;
  refused: Refusal[];
}

/** The learner a site record is about (learners themselves excepted): that learner must exist on the site. */
function learnerOf(r: SiteRecord): string | undefined {
  if (r.type === 'learner' || r.type === 'trainer-key') return undefined;
  const id = (r as { learnerId?: unknown }).learnerId;
  return typeof id === 'string' ? id : undefined;
}

/** Where a device's checkpoints live: its own namespace, so it can never read or move another's. */

/**
 * The one service behind the endpoint: decides what each device may read and write, and talks to
 * the store. Routes only parse and answer.
 */
export class DocumentService {
  constructor(
    readonly store: SyncStore,
    readonly limits: GatewayLimits,
  ) {}

  dbOf(ref: DbRef): StoreDb {
    return this.store.db(ref.kind === 'content' ? CONTENT_DB : siteDbName(ref.siteId));
  }

  /** [P1] A device sees its own site's database and the content, nothing else. */
  canRead(device: DeviceContext, ref: DbRef): boolean {
    return ref.kind === 'content' || ref.siteId === device.siteId;
  }

  /**
   * [W1]–[W13] Checks every document on its own, writes the accepted ones in one call, and
   * returns a reason for each refused one. A bad document never blocks the others.
   */
  /** Learners seen on a site, with their creation time: they are never deleted, so an answer can be kept. */
  readonly #knownLearners = new Map<string, string>();

  /** Per (database, learner, device): the highest event seq stored. Embedded store only (one process). */
  readonly #eventHighWater = new Map<string, number>();
  /** Writes of one device run one after the other, so that the high-water marks stay exact. */
  readonly #deviceQueues = new Map<string, Promise<unknown>>();

  writeDocs(
    device: DeviceContext,
    ref: DbRef,
    docs: unknown[],
    preRefused: Map<number, string>,
    textLengths?: Map<number, number>,
  ): Promise<WriteOutcome> {
    const previous = this.#deviceQueues.get(device.deviceId) ?? Promise.resolve();
    const run = previous.then(() => this.#writeDocs(device, ref, docs, preRefused, textLengths));
    // biome-ignore lint/plugin: the queue's tail only orders the next push; this push's own failure reaches its caller through `run`
    const tail = run.catch(() => undefined);
    this.#deviceQueues.set(device.deviceId, tail);
    void tail.then(() => {
      if (this.#deviceQueues.get(device.deviceId) === tail) this.#deviceQueues.delete(device.deviceId);
    });
    return run;
  }

  /**
   * Which documents may already exist. A device's events are written only by that device (W9) and
   * one batch at a time, so an event above the stored high-water mark cannot exist: the common
   * push of new events needs no lookup at all. CouchDB mode may have several gateways: always look.
   */
  async #existing(db: StoreDb, checked: Checked[]): Promise<Map<string, { rev: string; deleted: boolean }>> {
    if (this.store.kind !== 'embedded') return db.existing(checked.map((c) => c.record._id));
    const lookup: string[] = [];
    for (const c of checked) {
      const r = c.record;
      if (c.kind === 'site' && r.type === 'event') {
        const mark = await this.#highWater(db, r.learnerId, r.deviceId);
        if (r.seq > mark) continue;
      }
      lookup.push(r._id);
    }
    return db.existing(lookup);
  }

  async #highWater(db: StoreDb, learnerId: string, deviceId: string): Promise<number> {
    const key = `${db.name}\u0000${learnerId}\u0000${deviceId}`;
    let mark = this.#eventHighWater.get(key);
    if (mark === undefined) {
      const prefix = eventDocId(learnerId, deviceId, 0).slice(0, -SEQ_WIDTH);
      const last = await db.lastIdBetween(prefix, `${prefix}\uffff`);
      mark = last ? Number(last.slice(prefix.length)) : 0;
      this.#eventHighWater.set(key, mark);
    }
    return mark;
  }

  #raiseHighWater(db: StoreDb, written: StoredDoc[]): void {
    for (const d of written) {
      if (d.type !== 'event') continue;
      const key = `${db.name}\u0000${String(d.learnerId)}\u0000${String(d.deviceId)}`;
      const mark = this.#eventHighWater.get(key);
      if (mark !== undefined && (d.seq as number) > mark) this.#eventHighWater.set(key, d.seq as number);
    }
  }

  async #writeDocs(
    device: DeviceContext,
    ref: DbRef,
    docs: unknown[],
    preRefused: Map<number, string>,
    textLengths?: Map<number, number>,
  ): Promise<WriteOutcome> {
    const refused: Refusal[] = [];
    const checked: Checked[] = [];
    const maxBytes = ref.kind === 'content' ? this.limits.contentDocBytes : this.limits.siteDocBytes;
    docs.forEach((raw, i) => {
      const id = typeof (raw as { _id?: unknown })?._id === 'string' ? (raw as { _id: string })._id.slice(0, 200) : '';
      const pre = preRefused.get(i);
      if (pre) return void refused.push({ id, reason: pre });
      // The scanner measured each document in the request text; other callers (imports) measure here.
      const size = textLengths?.get(i) ?? Buffer.byteLength(JSON.stringify(raw));
      const c = checkPushedDoc(raw, size, ref, device, maxBytes);
      if (c.ok) checked.push(c);
      else refused.push({ id: c.id, reason: c.reason });
    });
    // One document id once per batch: a second copy would race the first.
    const seen = new Set<string>();
    const unique = checked.filter((c) => {
      const id = c.record._id;
      if (seen.has(id)) {
        refused.push({ id, reason: 'document en double dans le lot' });
        return false;
      }
      seen.add(id);
      return true;
    });
    const db = this.dbOf(ref);
    const needLearners = new Set<string>();
    const needKeys = new Set<string>();
    for (const c of unique) {
      if (c.kind === 'content' && isSignedDoc(c.record)) needKeys.add(trainerKeyDocId(c.record.signedBy));
      if (c.kind !== 'site') continue;
      const learnerId = learnerOf(c.record);
      if (learnerId) needLearners.add(learnerDocId(learnerId));
      if (isSignedDoc(c.record)) needKeys.add(trainerKeyDocId(c.record.signedBy));
    }
    const learnerKey = (id: string) => `${db.name}\u0000${id}`;
    const unknownLearners = [...needLearners].filter((id) => !this.#knownLearners.has(learnerKey(id)));
    const [existing, found, keys] = await Promise.all([
      this.#existing(db, unique),
      this.#learners(db, unknownLearners),
      // A site module's signer is a trainer key of the pushing device's site ([W21]).
      this.#trainerKeys(ref.kind === 'content' ? this.dbOf({ kind: 'site', siteId: device.siteId }) : db, [...needKeys]),
    ]);
    for (const [id, createdAt] of found) this.#knownLearners.set(learnerKey(id), createdAt);
    // A learner written in this same request counts as known for the documents after it (a trainer's
    // new learner and his bilan often travel together), so learners are checked first.
    const arriving = new Set<string>();
    const learners = { has: (id: string) => this.#knownLearners.has(learnerKey(id)) || arriving.has(id) };
    unique.sort(
      (a, b) => Number(b.kind === 'site' && b.record.type === 'learner') - Number(a.kind === 'site' && a.record.type === 'learner'),
    );
    const current = await this.#currentSigned(
      db,
      unique.filter((c) => isSignedDoc(c.record) && existing.has(c.record._id)),
    );
    const writable: StoredDoc[] = [];
    const receivedAt = new Date().toISOString();
    for (const c of unique) {
      const id = c.record._id;
      const reason = await this.#storeRules(db, c, existing.get(id), learners, keys, device, current.get(id));
      if (reason) refused.push({ id, reason });
      else if (c.kind === 'site' && c.record.type === 'learner') {
        arriving.add(id);
        writable.push(c.doc as StoredDoc);
      } else if (c.kind === 'site' && c.record.type === 'event' && !existing.has(id)) {
        // [W18] The receipt is the server's: the event keeps its device time, flagged when impossible.
        const clock = clockFlag(c.record.at, receivedAt, this.#knownLearners.get(learnerKey(learnerDocId(c.record.learnerId))));
        writable.push({ ...(c.doc as StoredDoc), receipt: clock ? { at: receivedAt, clock } : { at: receivedAt } });
      } else writable.push(c.doc as StoredDoc);
    }
    const failures = await db.writeRevisions(writable);
    const failed = new Set(failures.map((f) => f.id));
    this.#raiseHighWater(
      db,
      writable.filter((d) => !failed.has(d._id)),
    );
    for (const f of failures) refused.push({ id: f.id, reason: `écriture refusée par la base : ${f.error}` });
    return { accepted: writable.length - failures.length, refused };
  }

  async #storeRules(
    db: StoreDb,
    c: Checked,
    existing: { rev: string; deleted: boolean } | undefined,
    learners: { has(id: string): boolean },
    keys: Map<string, TrainerKeyDoc>,
    device: DeviceContext,
    stored: SignedDoc | undefined,
  ): Promise<string | null> {
    if (c.kind === 'site') {
      const r: SiteRecord = c.record;
      const learnerId = learnerOf(r);
      if (learnerId && !learners.has(learnerDocId(learnerId))) return 'apprenant inconnu sur ce site';
      if (existing?.rev === c.revs.rev) return null;
    }
    if (existing?.rev !== c.revs.rev && isSignedDoc(c.record)) {
      // [W13] Signed by a trainer key of this site; [W16] and exactly the version held or the next one.
      // A site's own module in `content` ([W21]) follows the same rules.
      const r = c.record;
      const key = keys.get(r.signedBy);
      if (!key || key.siteId !== device.siteId) return 'clé de formateur non enregistrée pour ce site';
      if (!(await verifyDocSignature(r, key.publicKey))) return 'signature invalide';
      const succession = await checkSuccession(stored, r);
      if (!succession.ok) return succession.reason;
    }
    if (!existing) return null;
    if (existing.rev === c.revs.rev) return null;
    return checkAgainstStored(c, existing, await db.leaves(c.record._id));
  }

  /** Creation time of each learner found (by document id); missing ones are left out. */
  async #learners(db: StoreDb, ids: string[]): Promise<Map<string, string>> {
    const found = (await readEach(db, ids)).filter((d) => d.type === 'learner');
    return new Map(found.map((d) => [d._id, typeof d.createdAt === 'string' ? d.createdAt : '']));
  }

  /** The current (winning) stored version of each signed document about to be replaced. */
  async #currentSigned(db: StoreDb, checked: Checked[]): Promise<Map<string, SignedDoc>> {
    // A stored document from before signing (schema 1) holds no version: the chain starts afresh.
    const stored = await readEach(
      db,
      checked.map((c) => c.record._id),
    );
    return new Map(stored.flatMap((d) => (isSignedDoc(d) ? [[d._id, d] as const] : [])));
  }

  async #trainerKeys(db: StoreDb, ids: string[]): Promise<Map<string, TrainerKeyDoc>> {
    const found = (await readEach(db, ids)).filter((d) => d.type === 'trainer-key') as unknown as TrainerKeyDoc[];
    return new Map(found.map((k) => [k.keyId, k]));
  }

  /** [C2] Longpoll: answer at once when there is something, else wait for a change, a timeout or a revocation. */
  async changes(
    ref: DbRef,
    opts: {
      since: string;
      limit: number;
      longpoll: boolean;
      timeoutMs: number;
      docIds?: string[];
      includeDocs: boolean;
      allDocsStyle: boolean;
    },
    signal: AbortSignal,
  ) {
    const db = this.dbOf(ref);
    const read = async () => {
      const res = await db.changes(opts);
      // [P2] Design documents are never served, even from a shared CouchDB that has some.
      return { ...res, results: res.results.filter((r) => !r.id.startsWith('_design/')) };
    };
    let res = await read();
    if (opts.longpoll && res.results.length === 0 && !signal.aborted) {
      const since = String(res.last_seq ?? opts.since);
      const changed = await db.waitForChange(since, opts.timeoutMs, signal);
      if (changed && !signal.aborted) res = await read();
    }
    return res;
  }
}

/** Reads each id at once; a document that does not exist is left out, any other failure is thrown. */
async function readEach(db: StoreDb, ids: readonly string[]): Promise<StoredDoc[]> {
  const docs = await Promise.all(
    ids.map(async (id) => {
      try {
        return (await db.get(id)) as StoredDoc;
      } catch (e) {
        if (e instanceof StoreNotFound) return undefined;
        throw e;
      }
    }),
  );
  return docs.filter((d): d is StoredDoc => d !== undefined);
}
