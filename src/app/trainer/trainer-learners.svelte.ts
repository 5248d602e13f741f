import { hashPin } from '../../domain/auth/pin';
import { NO_LOCKOUT, isLocked } from '../../domain/auth/pin-lockout';
import { learnerDocId } from '../../domain/records/ids';
import { AVATARS, type LearnerDoc } from '../../domain/records/learner.schema';
import type { BilanDoc, GroupDoc } from '../../domain/trainer/bilan.schema';
import { groupDocId } from '../../domain/trainer/trainer-ids';
import { randomSlug } from '../../storage/terminal.repository';
import { errors } from '../shell/error-state.svelte';
import { lockoutRepository } from '../learner/learner-services';
import { session } from '../learner/session-manager.svelte';
import { signNext } from './sign-next';
import { trainerRecordsRepository as repo } from './trainer-services';
import { trainerSession } from './trainer-session.svelte';

/** New learners get 6-digit PINs (older ones may still have 4). */
export const NEW_PIN_PATTERN = /^\d{6}$/;

export type LearnerResult = { ok: true; learnerId: string } | { ok: false; reason: 'invalid-name' | 'invalid-pin' | 'not-signed-in' };

interface LearnerRow {
  learner: LearnerDoc;
  locked: boolean;
  groups: string[];
}

/** The trainer's list of learners and groups, and what he changes on them (each change a signed new version). */
export class TrainerLearners {
  #rows = $state.raw<LearnerRow[]>([]);
  #groups = $state.raw<GroupDoc[]>([]);
  #bilans = $state.raw<BilanDoc[]>([]);

  get rows() {
    return this.#rows;
  }
  get groups() {
    return this.#groups;
  }
  /** The bilans of the learner last asked for with `loadBilans`. */
  get bilans() {
    return this.#bilans;
  }
  get avatars() {
    return AVATARS;
  }

  async load(): Promise<void> {
    try {
      const siteId = trainerSession.siteId;
      const [learners, groups] = await Promise.all([repo.learners(siteId), repo.groups(siteId)]);
      const now = new Date();
      this.#groups = groups;
      this.#rows = await Promise.all(
        learners.map(async (learner) => ({
          learner,
          locked: isLocked(await lockoutRepository.lockout(learner.learnerId), now),
          groups: groups.filter((g) => !g.archived && g.learnerIds.includes(learner.learnerId)).map((g) => g.name),
        })),
      );
    } catch (e) {
      errors.report(e);
    }
  }

  async loadBilans(learnerId: string): Promise<void> {
    this.#bilans = await repo.bilans(learnerId);
  }

  async add(input: { firstName: string; avatar: LearnerDoc['avatar']; pin: string }): Promise<LearnerResult> {
    const identity = trainerSession.identity;
    if (!identity) return { ok: false, reason: 'not-signed-in' };
    const firstName = input.firstName.trim();
    if (!firstName || firstName.length > 40) return { ok: false, reason: 'invalid-name' };
    if (!NEW_PIN_PATTERN.test(input.pin)) return { ok: false, reason: 'invalid-pin' };
    // Pseudonymous: the id says nothing about the person.
    const learnerId = `a-${randomSlug(10)}`;
    const doc = await signNext<LearnerDoc>(identity, undefined, {
      _id: learnerDocId(learnerId),
      schema: 2,
      type: 'learner',
      siteId: trainerSession.siteId,
      learnerId,
      firstName,
      avatar: input.avatar,
      pin: await hashPin(input.pin),
      active: true,
      createdAt: new Date().toISOString(),
    });
    await repo.saveLearner(doc);
    await this.#changed();
    return { ok: true, learnerId };
  }

  async setPin(learnerId: string, pin: string): Promise<LearnerResult> {
    if (!NEW_PIN_PATTERN.test(pin)) return { ok: false, reason: 'invalid-pin' };
    return this.#update(learnerId, async (_l) => ({ pin: await hashPin(pin) }));
  }

  archive(learnerId: string, active = false): Promise<LearnerResult> {
    return this.#update(learnerId, async () => ({ active }));
  }

  /** Unlocks a learner locked out by wrong PINs on this terminal. */
  async unlock(learnerId: string): Promise<void> {
    await lockoutRepository.setLockout(learnerId, NO_LOCKOUT);
    await this.load();
  }

  async saveGroup(input: { groupId?: string; name: string; learnerIds: string[]; archived?: boolean }): Promise<{ ok: boolean }> {
    const identity = trainerSession.identity;
    const name = input.name.trim();
    if (!identity || !name || name.length > 60) return { ok: false };
    const groupId = input.groupId ?? `g-${randomSlug(8)}`;
    const previous = await repo.group(groupDocId(groupId));
    const doc = await signNext<GroupDoc>(identity, previous, {
      _id: groupDocId(groupId),
      schema: 1,
      type: 'group',
      siteId: trainerSession.siteId,
      groupId,
      name,
      learnerIds: [...new Set(input.learnerIds)],
      archived: input.archived ?? false,
    });
    await repo.saveGroup(doc);
    await this.load();
    return { ok: true };
  }

  async #update(learnerId: string, change: (l: LearnerDoc) => Promise<Partial<LearnerDoc>>): Promise<LearnerResult> {
    const identity = trainerSession.identity;
    if (!identity) return { ok: false, reason: 'not-signed-in' };
    const current = await repo.learner(learnerId);
    if (!current) return { ok: false, reason: 'invalid-name' };
    const { signature: _s, signedBy: _b, version: _v, prevHash: _p, ...fields } = current as LearnerDoc & Record<string, unknown>;
    const doc = await signNext<LearnerDoc>(identity, current, { ...fields, ...(await change(current)), schema: 2 });
    await repo.saveLearner(doc);
    await this.#changed();
    return { ok: true, learnerId };
  }

  async #changed(): Promise<void> {
    await Promise.all([this.load(), session.reloadLearners()]);
  }
}
