import { createHash } from 'node:crypto';
import { StoreConflict, StoreNotFound, type StoreDb, type StoredDoc } from '../store/sync-store';
import { HttpError, notFound } from './http-error';

/**
 * Checkpoints of one device in one database live in a fixed number of slots (SPEC [K4]): the slot is
 * a hash of the checkpoint id, so a device can never hold more than `slots` checkpoints per database,
 * whatever ids it invents, and nothing needs counting. Two ids that share a slot take it in turn: the
 * one pushed out only makes its replication start again from the beginning, which is safe.
 */
export class CheckpointStore {
  constructor(private readonly slots: number) {}

  #key(deviceId: string, id: string): string {
    const slot = createHash('sha256').update(id).digest().readUInt32BE(0) % this.slots;
    return `_local/dev~${deviceId}~cp${slot}`;
  }

  async #stored(db: StoreDb, key: string): Promise<StoredDoc | undefined> {
    try {
      return await db.getLocal(key);
    } catch (e) {
      if (e instanceof StoreNotFound) return undefined;
      throw e;
    }
  }

  /** [K1] The device's own checkpoint under this id. */
  async get(db: StoreDb, deviceId: string, id: string): Promise<StoredDoc> {
    const doc = await this.#stored(db, this.#key(deviceId, id));
    if (!doc || doc.checkpointId !== id) throw notFound('point de reprise inconnu');
    const { checkpointId: _, ...rest } = doc;
    return { ...rest, _id: `_local/${id}` };
  }

  /** [K3] A stale `_rev` of a held checkpoint is a 409, as CouchDB answers, so that PouchDB retries. */
  async put(db: StoreDb, deviceId: string, id: string, body: Record<string, unknown>): Promise<string> {
    const key = this.#key(deviceId, id);
    const held = await this.#stored(db, key);
    const { _rev: clientRev, _id: _, ...fields } = body;
    // The slot holds another id (or nothing): this checkpoint is new, whatever `_rev` the client kept.
    const rev = held?.checkpointId === id ? clientRev : held?._rev;
    try {
      return await db.putLocal({ ...fields, ...(typeof rev === 'string' ? { _rev: rev } : {}), _id: key, checkpointId: id });
    } catch (e) {
      if (e instanceof StoreConflict) throw new HttpError(409, 'conflict', 'Document update conflict.');
      throw e;
    }
  }
}
