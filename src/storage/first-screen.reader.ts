import type { LearnerDoc, PinHash } from '../domain/records/learner.schema';
import type { CurrentSession } from './learner.repository';
import { SESSION_KEY } from './learner.repository';
import { ENROLMENT_KEY, IDLE_KEY, STAFF_PIN_KEY } from './terminal.repository';

/** What the sign-in screen needs from the terminal's database, read without Dexie. */
export interface FirstScreenRead {
  /** Every learner row, inactive and other sites' included (the caller picks the tiles). */
  learners: LearnerDoc[];
  siteId: string | undefined;
  staffPin: PinHash | undefined;
  idleTimeoutSeconds: number | undefined;
  currentSession: CurrentSession | undefined;
}

/**
 * One read-only transaction over `meta` and `learners` with the plain IndexedDB API, so that the
 * sign-in tiles paint before Dexie (31 kB gz) is even fetched. Dexie stays the only writer and the
 * owner of the schema: this never creates or upgrades the database. Undefined when there is none yet
 * (a new terminal) or it predates these stores; the caller then goes the Dexie way.
 */
export function readFirstScreen(name = 'relais'): Promise<FirstScreenRead | undefined> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onupgradeneeded = () => {
      // No database yet: abort, so that the database is not created here at a version Dexie did not choose.
      open.transaction?.abort();
    };
    open.onerror = (e) => {
      if (open.error?.name !== 'AbortError') return reject(open.error);
      // The abort above: a new terminal, not a failure.
      e.preventDefault();
      resolve(undefined);
    };
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains('meta') || !db.objectStoreNames.contains('learners')) {
        db.close();
        return resolve(undefined);
      }
      const tx = db.transaction(['meta', 'learners'], 'readonly');
      const meta = tx.objectStore('meta');
      const value = (key: string) => {
        const r = meta.get(key);
        return () => (r.result as { value?: unknown } | undefined)?.value;
      };
      const enrolment = value(ENROLMENT_KEY);
      const staffPin = value(STAFF_PIN_KEY);
      const idle = value(IDLE_KEY);
      const session = value(SESSION_KEY);
      const learners = tx.objectStore('learners').getAll();
      tx.oncomplete = () => {
        db.close();
        const siteId = (enrolment() as { siteId?: unknown } | undefined)?.siteId;
        const seconds = idle();
        resolve({
          learners: learners.result as LearnerDoc[],
          siteId: typeof siteId === 'string' ? siteId : undefined,
          staffPin: staffPin() as PinHash | undefined,
          idleTimeoutSeconds: typeof seconds === 'number' && seconds > 0 ? seconds : undefined,
          currentSession: session() as CurrentSession | undefined,
        });
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
}
