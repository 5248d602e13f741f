import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { DeviceRole, EnrolResponse } from '../../../src/domain/sync/device.schema';
import { normaliseEnrolCode } from '../../../src/domain/sync/device.schema';
import { bundleKeyInput, credentialHashInput } from '../../../src/domain/sync/event-bundle';
import { StoreConflict, StoreNotFound, StoreUnavailable, type StoreDb, type StoredDoc } from '../store/sync-store';

/** A registered device. Only hashes of its credential are kept. */
interface DeviceRecord extends StoredDoc {
  type: 'device';
  deviceId: string;
  siteId: string;
  role: DeviceRole;
  credentialHash: string;
  bundleKey: string;
  enrolledAt: string;
  revokedAt?: string;
}

interface CodeRecord extends StoredDoc {
  type: 'enrol-code';
  siteId: string;
  role: DeviceRole;
  createdAt: string;
  expiresAt: string;
  usedAt?: string;
  usedBy?: string;
}

type RedeemResult =
  | { ok: true; enrolment: EnrolResponse }
  | { ok: false; reason: 'invalid-code' | 'expired-code' | 'used-code' | 'device-taken' };

export const ADMIN_DB = 'relais-admin';
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
// The derivation rule is the domain's; node:crypto hashes it here synchronously (the domain's WebCrypto is async).
const credentialHash = (c: string) => sha256(credentialHashInput(c));
const bundleKey = (c: string) => sha256(bundleKeyInput(c));

/**
 * Devices and one-time enrolment codes, stored in the `relais-admin` database. A cache answers
 * every request; a live feed of that database keeps it exact, so a revocation made by another
 * process (the CLI against a shared CouchDB) is seen at once too.
 */
export class DeviceRegistry {
  readonly #db: StoreDb;
  readonly #now: () => Date;
  readonly #devices = new Map<string, DeviceRecord>();
  readonly #revokedListeners = new Set<(deviceId: string) => void>();
  #stopFeed: (() => void) | undefined;

  constructor(db: StoreDb, now: () => Date = () => new Date()) {
    this.#db = db;
    this.#now = now;
  }

  /** Loads the cache; a backend that is down now only means that each device is fetched on demand. */
  async start(): Promise<void> {
    try {
      for (const d of await this.#db.allDocs({ startkey: 'device:', endkey: 'device:\uffff' })) this.#remember(d as DeviceRecord);
    } catch (e) {
      if (!(e instanceof StoreUnavailable)) throw e;
    }
    this.#stopFeed = this.#db.onChange((doc) => {
      if (doc.type === 'device') this.#remember(doc as DeviceRecord);
    });
  }

  stop(): void {
    this.#stopFeed?.();
  }

  onRevoked(listener: (deviceId: string) => void): () => void {
    this.#revokedListeners.add(listener);
    return () => this.#revokedListeners.delete(listener);
  }

  #remember(d: DeviceRecord): void {
    const before = this.#devices.get(d.deviceId);
    this.#devices.set(d.deviceId, d);
    if (d.revokedAt && !before?.revokedAt) for (const l of this.#revokedListeners) l(d.deviceId);
  }

  async createCode(siteId: string, role: DeviceRole, ttlMinutes = 60): Promise<{ code: string; expiresAt: string }> {
    const raw = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    const now = this.#now();
    const expiresAt = new Date(now.getTime() + ttlMinutes * 60_000).toISOString();
    const record: CodeRecord = { _id: `code:${sha256(raw)}`, type: 'enrol-code', siteId, role, createdAt: now.toISOString(), expiresAt };
    await this.#db.put(record);
    return { code: `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`, expiresAt };
  }

  /** Redeems a one-time code for a device id chosen by the terminal. */
  async redeem(code: string, deviceId: string): Promise<RedeemResult> {
    let record: CodeRecord;
    try {
      record = (await this.#db.get(`code:${sha256(normaliseEnrolCode(code))}`)) as CodeRecord;
    } catch (e) {
      if (e instanceof StoreNotFound) return { ok: false, reason: 'invalid-code' };
      throw e;
    }
    if (record.usedAt) return { ok: false, reason: 'used-code' };
    if (Date.parse(record.expiresAt) <= this.#now().getTime()) return { ok: false, reason: 'expired-code' };
    const requested = await this.#fetch(deviceId);
    if (requested && !requested.revokedAt) return { ok: false, reason: 'device-taken' };
    // [A6] A revoked id is never reused: its events are stored for good, and the new device's would
    // collide with them. The new enrolment gets the next free generation of the id instead.
    if (requested) deviceId = await this.#nextGeneration(deviceId);
    const now = this.#now().toISOString();
    try {
      // Marking the code used first: of two racing redemptions, one conflicts here.
      await this.#db.put({ ...record, usedAt: now, usedBy: deviceId });
    } catch (e) {
      if (e instanceof StoreConflict) return { ok: false, reason: 'used-code' };
      throw e;
    }
    const credential = randomBytes(32).toString('base64url');
    const device: DeviceRecord = {
      _id: `device:${deviceId}`,
      type: 'device',
      deviceId,
      siteId: record.siteId,
      role: record.role,
      credentialHash: credentialHash(credential),
      bundleKey: bundleKey(credential),
      enrolledAt: now,
    };
    try {
      device._rev = await this.#db.put(device);
    } catch (e) {
      if (e instanceof StoreConflict) return { ok: false, reason: 'device-taken' };
      throw e;
    }
    this.#remember(device);
    return { ok: true, enrolment: { deviceId, siteId: record.siteId, role: record.role, credential } };
  }

  /** `poste-x` → `poste-x-g2`, `-g3`…: the first id that no device, active or revoked, ever had. */
  async #nextGeneration(deviceId: string): Promise<string> {
    const base = deviceId.replace(/-g\d+$/, '').slice(0, 34);
    for (let g = 2; ; g++) {
      const id = `${base}-g${g}`;
      if (!(await this.#fetch(id))) return id;
    }
  }

  async #fetch(deviceId: string): Promise<DeviceRecord | undefined> {
    try {
      const d = (await this.#db.get(`device:${deviceId}`)) as DeviceRecord;
      this.#remember(d);
      return d;
    } catch (e) {
      if (e instanceof StoreNotFound) return undefined;
      throw e;
    }
  }

  /** The active device for these credentials, or undefined (unknown, revoked or wrong secret). */
  async authenticate(deviceId: string, credential: string): Promise<DeviceRecord | undefined> {
    const d = this.#devices.get(deviceId) ?? (await this.#fetch(deviceId));
    if (!d || d.revokedAt) return undefined;
    const a = Buffer.from(credentialHash(credential), 'hex');
    const b = Buffer.from(d.credentialHash, 'hex');
    return a.length === b.length && timingSafeEqual(new Uint8Array(a), new Uint8Array(b)) ? d : undefined;
  }

  /** The cached active device when these credentials match it; no store read (SPEC [A8]). */
  matchesCached(deviceId: string, credential: string): DeviceRecord | undefined {
    const d = this.#devices.get(deviceId);
    if (!d || d.revokedAt) return undefined;
    const a = Buffer.from(credentialHash(credential), 'hex');
    const b = Buffer.from(d.credentialHash, 'hex');
    return a.length === b.length && timingSafeEqual(new Uint8Array(a), new Uint8Array(b)) ? d : undefined;
  }

  readonly #fresh = new Map<string, Promise<DeviceRecord | undefined>>();

  /**
   * [A2] [S2] The device as the store has it now (one read, shared by concurrent requests of the
   * same device), so that a revocation written through another gateway is refused at once.
   */
  fetchFresh(deviceId: string): Promise<DeviceRecord | undefined> {
    let p = this.#fresh.get(deviceId);
    if (!p) {
      p = this.#fetch(deviceId).finally(() => this.#fresh.delete(deviceId));
      this.#fresh.set(deviceId, p);
    }
    return p;
  }

  /** [A2] Whether the device is active as the store has it now. */
  async isActiveNow(deviceId: string): Promise<boolean> {
    const d = await this.fetchFresh(deviceId);
    return !!d && !d.revokedAt;
  }

  isActive(deviceId: string): boolean {
    const d = this.#devices.get(deviceId);
    return !!d && !d.revokedAt;
  }

  async get(deviceId: string): Promise<DeviceRecord | undefined> {
    return this.#devices.get(deviceId) ?? this.#fetch(deviceId);
  }

  async list(): Promise<DeviceRecord[]> {
    return (await this.#db.allDocs({ startkey: 'device:', endkey: 'device:\uffff' })) as DeviceRecord[];
  }

  async revoke(deviceId: string): Promise<boolean> {
    const d = await this.#fetch(deviceId);
    if (!d) return false;
    if (d.revokedAt) return true;
    const revoked = { ...d, revokedAt: this.#now().toISOString() };
    revoked._rev = await this.#db.put(revoked);
    this.#remember(revoked);
    return true;
  }
}
