import PouchDB from 'pouchdb-browser';
import type { LocalReplica, ReplicaTarget } from '../sync/sync-ports';
import { createReplica } from './pouch-replica';

/** The terminal's replica in IndexedDB; loaded only by the staff sync screen. */
export function openReplica(target: ReplicaTarget): LocalReplica {
  return createReplica(PouchDB, target);
}
