import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterFailure, attemptPin, attemptsLeft, isLocked, NO_LOCKOUT, STAFF_PIN_POLICY } from '../../src/domain/auth/pin-lockout';
import { LockoutRepository, STAFF_LOCKOUT_KEY } from '../../src/storage/lockout.repository';
import { hashPin, hashPinPbkdf2, needsUpgrade, NEW_PIN_PATTERN, verifyPin } from '../../src/domain/auth/pin';
import { learnerFactory, signedFactory, TEST_ARGON2 } from '../factories/record.factory';
import { DEMO_LEARNERS, DEMO_STAFF_PIN, DEMO_STAFF_PIN_HASH, demoLearnerDocs } from '../../src/domain/demo/demo-site';
import { checkSiteRecord } from '../../src/domain/records/record-validate';
import { AppDb } from '../../src/storage/app-db';
import { LearnerRepository } from '../../src/storage/learner.repository';
import { LearnerStateRepository } from '../../src/storage/learner-state.repository';
import { InvalidEventError, ProgressRepository } from '../../src/storage/progress.repository';
import { TerminalRepository } from '../../src/storage/terminal.repository';

let db: AppDb;
let n = 0;
beforeEach(() => {
  db = new AppDb(`learner-storage-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const marius = { siteId: 'demo', learnerId: 'demo-marius', deviceId: 'poste-1' };

describe('PIN hashing and lockout', () => {
  it('stores Argon2id hashes with a per-learner salt and verifies them', async () => {
    const a = await hashPin('123456', TEST_ARGON2);
    const b = await hashPin('123456', TEST_ARGON2);
    expect(a.algo).toBe('argon2id');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPin('123456', a)).toBe(true);
    expect(await verifyPin('123457', a)).toBe(false);
    expect(await verifyPin('12a456', a)).toBe(false);
    expect(JSON.stringify(a)).not.toContain('123456');
    expect(needsUpgrade(a)).toBe(true); // cheaper than ARGON2_PARAMS
    expect(needsUpgrade(await hashPin('123456'))).toBe(false);
  });

  it('still verifies old PBKDF2 hashes, marks them for upgrade, and keeps the upgrade per signed learner version', async () => {
    const old = await hashPinPbkdf2('1234', 10_000);
    expect(await verifyPin('1234', old)).toBe(true);
    expect(await verifyPin('1235', old)).toBe(false);
    expect(needsUpgrade(old)).toBe(true);
    const repo = new LearnerRepository(db);
    const learner = { ...(await learnerFactory('demo', 'ana')), pin: old };
    expect(await repo.pinHash(learner)).toEqual(old);
    const strong = await hashPin('1234', TEST_ARGON2);
    await repo.setUpgradedPin(learner, strong);
    expect(await repo.pinHash(learner)).toEqual(strong);
    // A trainer's new signed version (a PIN reset) voids the terminal's upgrade.
    const reset = await signedFactory({ ...learner, pin: await hashPin('654321', TEST_ARGON2) }, learner);
    expect(await repo.pinHash(reset)).toEqual(reset.pin);
  });

  it('locks for five minutes after the fifth wrong PIN, then starts again', () => {
    const now = new Date('2026-01-05T10:00:00Z');
    let s = NO_LOCKOUT;
    for (let i = 0; i < 4; i++) s = afterFailure(s, now);
    expect(isLocked(s, now)).toBe(false);
    expect(attemptsLeft(s)).toBe(1);
    s = afterFailure(s, now);
    expect(isLocked(s, now)).toBe(true);
    expect(s.lockedUntil).toBe('2026-01-05T10:05:00.000Z');
    expect(isLocked(s, new Date('2026-01-05T10:04:59Z'))).toBe(true);
    const later = new Date('2026-01-05T10:05:01Z');
    expect(isLocked(s, later)).toBe(false);
    expect(afterFailure(s, later)).toEqual({ failures: 1, lockedUntil: null });
  });

  it('persists the lockout across a reopened database', async () => {
    await new LockoutRepository(db).setLockout('demo-marius', { failures: 5, lockedUntil: '2026-01-05T10:05:00.000Z' });
    const reopened = new AppDb(db.name);
    expect(await new LockoutRepository(reopened).lockout('demo-marius')).toEqual({ failures: 5, lockedUntil: '2026-01-05T10:05:00.000Z' });
    expect(await new LockoutRepository(reopened).lockout('demo-kevin')).toEqual(NO_LOCKOUT);
    reopened.close();
  });

  it('one PIN check for learners and staff: a locked PIN is not even checked, and the staff lockout survives a reload', async () => {
    const now = new Date('2026-01-05T10:00:00Z');
    let checks = 0;
    const wrong = async () => {
      checks++;
      return false;
    };
    const store = new LockoutRepository(db);
    for (let i = 0; i < 4; i++)
      expect(await attemptPin(store, STAFF_LOCKOUT_KEY, STAFF_PIN_POLICY, now, wrong)).toMatchObject({ reason: 'wrong-pin' });
    expect(await attemptPin(store, STAFF_LOCKOUT_KEY, STAFF_PIN_POLICY, now, wrong)).toEqual({
      ok: false,
      reason: 'pin-locked',
      until: '2026-01-05T10:01:00.000Z',
    });
    const reopened = new LockoutRepository(new AppDb(db.name));
    const right = async () => {
      checks++;
      return true;
    };
    expect(await attemptPin(reopened, STAFF_LOCKOUT_KEY, STAFF_PIN_POLICY, new Date('2026-01-05T10:00:30Z'), right)).toMatchObject({
      reason: 'pin-locked',
    });
    expect(checks).toBe(5);
    expect(await attemptPin(reopened, STAFF_LOCKOUT_KEY, STAFF_PIN_POLICY, new Date('2026-01-05T10:01:01Z'), right)).toEqual({ ok: true });
    expect(await store.lockout('demo-marius')).toEqual(NO_LOCKOUT);
  });

  it('seeds the demo learners only on an empty terminal', async () => {
    const repo = new LearnerRepository(db);
    expect(await repo.seedIfEmpty(() => demoLearnerDocs())).toBe(true);
    expect(await repo.seedIfEmpty(() => demoLearnerDocs())).toBe(false);
    const learners = await repo.list();
    expect(learners.map((l) => l.firstName)).toEqual(['Joséphine', 'Kévin', 'Marius']);
    for (const l of learners) expect(checkSiteRecord(l).ok).toBe(true);
  });
});

describe('progress events', () => {
  it('writes valid, immutable events with deterministic ids and seq per learner', async () => {
    const repo = new ProgressRepository(db);
    const a = await repo.append(marius, 'session.started', { sessionId: 's-1' });
    const b = await repo.append(marius, 'lesson.completed', { moduleId: 'm1', lessonId: 'm1-l1' });
    const other = await repo.append({ ...marius, learnerId: 'demo-kevin' }, 'session.started', { sessionId: 's-2' });
    expect([a.seq, b.seq, other.seq]).toEqual([1, 2, 1]);
    expect(b._id).toBe('event:demo-marius:poste-1:0000000002');
    expect(checkSiteRecord(b)).toEqual({ ok: true, record: b });
    const row = await db.events.get(b._id);
    expect(row?.synced).toBe(0);
    await expect(db.events.add({ ...b, synced: 0 })).rejects.toThrow();
  });

  it('allocates seq inside the transaction: concurrent writes never share a seq', async () => {
    const repo = new ProgressRepository(db);
    const written = await Promise.all(
      Array.from({ length: 20 }, (_, i) => repo.append(marius, 'lesson.completed', { moduleId: 'm1', lessonId: `l-${i}` })),
    );
    expect(written.map((e) => e.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await repo.after('demo-marius')).map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await repo.after('demo-marius', 15)).map((e) => e.seq)).toEqual([16, 17, 18, 19, 20]);
    expect(await repo.countThrough('demo-marius', 10)).toBe(10);
  });

  it('continues the learner’s counter after events synced from another device', async () => {
    const repo = new ProgressRepository(db);
    await repo.append({ ...marius, deviceId: 'poste-2' }, 'session.started', { sessionId: 's-1' });
    await repo.append({ ...marius, deviceId: 'poste-2' }, 'session.ended', { sessionId: 's-1', activeSeconds: 60, reason: 'signout' });
    const here = await repo.append(marius, 'session.started', { sessionId: 's-2' });
    expect(here.seq).toBe(3);
    expect(here._id).toBe('event:demo-marius:poste-1:0000000003');
  });

  it('refuses an event that fails its schema and writes nothing', async () => {
    const repo = new ProgressRepository(db);
    await expect(repo.append(marius, 'lesson.completed', { moduleId: 'Bad Id', lessonId: 'l' })).rejects.toThrow(InvalidEventError);
    await expect(repo.append(marius, 'session.started', { sessionId: 's', extra: 1 } as never)).rejects.toThrow(InvalidEventError);
    expect(await db.events.count()).toBe(0);
  });
});

describe('terminal and learner state', () => {
  it('makes one device id per terminal, a slug, and keeps it', async () => {
    const repo = new TerminalRepository(db);
    const ids = await Promise.all([repo.deviceId(), repo.deviceId()]);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/);
    expect(await repo.deviceId()).toBe(ids[0]);
  });

  it('keeps drafts per learner: one learner never reads another’s', async () => {
    const repo = new LearnerStateRepository(db);
    await repo.saveDraft('demo-marius', 'quiz:q1', { answers: { a: 1 } });
    expect(await repo.draft('demo-marius', 'quiz:q1')).toEqual({ answers: { a: 1 } });
    expect(await repo.draft('demo-kevin', 'quiz:q1')).toBeUndefined();
    await repo.deleteDraft('demo-marius', 'quiz:q1');
    expect(await repo.draft('demo-marius', 'quiz:q1')).toBeUndefined();
  });
});

describe('demo PINs', () => {
  it('the demo learners’ and staff hashes, made once, match the printed PINs', async () => {
    for (const l of DEMO_LEARNERS) expect(await verifyPin(l.pin, l.pinHash)).toBe(true);
    expect(await verifyPin(DEMO_STAFF_PIN, DEMO_STAFF_PIN_HASH)).toBe(true);
    expect(DEMO_LEARNERS.every((l) => NEW_PIN_PATTERN.test(l.pin))).toBe(true);
  });
});
