import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../src/storage/app-db';
import { readFirstScreen } from '../../src/storage/first-screen.reader';
import { activeLearners, LearnerRepository } from '../../src/storage/learner.repository';
import { ENROLMENT_KEY, TerminalRepository } from '../../src/storage/terminal.repository';
import { learnerFactory } from '../factories/record.factory';

let n = 0;
const opened: AppDb[] = [];
const freshName = () => `first-screen-${n++}`;
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function appDb(name: string): Promise<AppDb> {
  const db = new AppDb(name);
  opened.push(db);
  await db.open();
  return db;
}

describe('the first screen read without Dexie', () => {
  it('finds no database on a new terminal and leaves none behind, so that Dexie makes it at its own version', async () => {
    const name = freshName();
    expect(await readFirstScreen(name)).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    const db = await appDb(name);
    expect(db.verno).toBe(12); // the latest version in app-db.ts, made by Dexie and not by the reader
    await new LearnerRepository(db).seedIfEmpty(async () => [await learnerFactory('demo', 'ana')]);
    expect((await readFirstScreen(name))?.learners.map((l) => l.learnerId)).toEqual(['ana']);
  });

  it('reads what Dexie wrote: the learners, the site, the staff PIN, the idle timeout and a session cut by a reload', async () => {
    const name = freshName();
    const db = await appDb(name);
    const learners = new LearnerRepository(db);
    const terminal = new TerminalRepository(db);
    const zoe = await learnerFactory('site-a', 'zoe', { firstName: 'Zoé' });
    const ana = await learnerFactory('site-a', 'ana', { firstName: 'Ana' });
    const gone = await learnerFactory('site-a', 'gone', { active: false });
    const other = await learnerFactory('site-b', 'bob', { firstName: 'Bob' });
    await db.learners.bulkPut([zoe, ana, gone, other]);
    await db.meta.put({ key: ENROLMENT_KEY, value: { siteId: 'site-a' } });
    await terminal.setStaffPin(ana.pin);
    await terminal.setIdleTimeoutSeconds(120);
    const session = { learnerId: 'zoe', sessionId: 's-1', startedAt: '2026-01-05T08:00:00.000Z', lastActivityAt: 1, activeSeconds: 3 };
    await learners.setCurrentSession(session);

    // Dexie keeps its connection open, as the app's does while a first screen reads.
    const read = await readFirstScreen(name);
    expect(read).toMatchObject({ siteId: 'site-a', staffPin: ana.pin, idleTimeoutSeconds: 120, currentSession: session });
    expect(read?.learners).toHaveLength(4);
    // The tiles are the ones the repository lists.
    const tiles = activeLearners(read?.learners ?? [], read?.siteId);
    expect(tiles.map((l) => l.firstName)).toEqual(['Ana', 'Zoé']);
    expect(tiles).toEqual(await learners.list('site-a'));
  });

  it('reads a terminal with nothing set yet as such', async () => {
    const name = freshName();
    await appDb(name);
    expect(await readFirstScreen(name)).toEqual({
      learners: [],
      siteId: undefined,
      staffPin: undefined,
      idleTimeoutSeconds: undefined,
      currentSession: undefined,
    });
  });
});
