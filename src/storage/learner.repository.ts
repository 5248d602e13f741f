import type { LearnerDoc, PinHash } from '../domain/records/learner.schema';
import type { AppDb } from './app-db';

const pinUpgradeKey = (learnerId: string) => `pin-upgrade:${learnerId}`;
export const SESSION_KEY = 'currentSession';

/** The signed-in session, kept so that a reload or a power cut resumes it (or ends it as idle). */
export interface CurrentSession {
  learnerId: string;
  sessionId: string;
  startedAt: string;
  lastActivityAt: number;
  activeSeconds: number;
}

/** Active learners, of one site when given, by first name: the sign-in tiles. */
export function activeLearners(all: LearnerDoc[], siteId?: string): LearnerDoc[] {
  return all.filter((l) => l.active && (!siteId || l.siteId === siteId)).sort((a, b) => a.firstName.localeCompare(b.firstName, 'fr'));
}

/** The learners of this terminal and the current session (their PIN lockouts: LockoutRepository). */
export class LearnerRepository {
  constructor(private readonly db: AppDb) {}

  /** Active learners, of one site when given (the terminal's), by first name. */
  async list(siteId?: string): Promise<LearnerDoc[]> {
    return activeLearners(await (siteId ? this.db.learners.where('siteId').equals(siteId).toArray() : this.db.learners.toArray()), siteId);
  }

  get(learnerId: string): Promise<LearnerDoc | undefined> {
    return this.db.learners.get(learnerId);
  }

  /** Adds learners only if the terminal has none: used to seed the demo site on a fresh terminal. */
  async seedIfEmpty(docs: () => Promise<LearnerDoc[]>): Promise<boolean> {
    if ((await this.db.learners.count()) > 0) return false;
    const rows = await docs();
    return this.db.transaction('rw', this.db.learners, async () => {
      if ((await this.db.learners.count()) > 0) return false;
      await this.db.learners.bulkPut(rows);
      return true;
    });
  }

  /**
   * The PIN hash to check for this learner: a stronger one this terminal made at a sign-in (learner
   * documents are trainer-signed, so the terminal cannot rewrite them), as long as it belongs to the
   * learner version held; a new signed version (a PIN reset) makes it void.
   */
  async pinHash(learner: LearnerDoc): Promise<PinHash> {
    const up = (await this.db.meta.get(pinUpgradeKey(learner.learnerId)))?.value as { signature: string; pin: PinHash } | undefined;
    return up && up.signature === learner.signature ? up.pin : learner.pin;
  }

  async setUpgradedPin(learner: LearnerDoc, pin: PinHash): Promise<void> {
    await this.db.meta.put({ key: pinUpgradeKey(learner.learnerId), value: { signature: learner.signature, pin } });
  }

  async currentSession(): Promise<CurrentSession | undefined> {
    return (await this.db.meta.get(SESSION_KEY))?.value as CurrentSession | undefined;
  }

  async setCurrentSession(session: CurrentSession | undefined): Promise<void> {
    if (session) await this.db.meta.put({ key: SESSION_KEY, value: session });
    else await this.db.meta.delete(SESSION_KEY);
  }
}
