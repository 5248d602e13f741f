import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../src/storage/app-db';
import { SyncRepository } from '../../src/storage/sync.repository';
import { TerminalRepository } from '../../src/storage/terminal.repository';
import type { SyncReport } from '../../src/sync/sync-report';
import { assessmentFactory, eventFactory, learnerFactory, signedFactory } from '../factories/record.factory';
import { trainerFactory, trainerKeyDocFactory } from '../support/trainer-factory';

describe('sync repository (Dexie)', () => {
  it('hands out pending events of the site, marks them synced, and adds pulled events once', async () => {
    const db = new AppDb(`sync-repo-${Math.random()}`);
    const repo = new SyncRepository(db);
    const mine = [1, 2].map((seq) => ({ ...eventFactory({ siteId: 's', learnerId: 'ana', deviceId: 't1', seq }), synced: 0 as const }));
    await db.events.bulkAdd([...mine, { ...eventFactory({ siteId: 'other', learnerId: 'ana', deviceId: 't1', seq: 3 }), synced: 0 }]);
    const pending = await repo.pendingEvents('s');
    expect(pending.map((e) => e.seq)).toEqual([1, 2]);
    expect(pending[0]).not.toHaveProperty('synced');
    await repo.markSynced([pending[0]!._id]);
    expect(await repo.pendingCount()).toBe(2);
    // A refused event stays on the terminal but is no longer pending.
    await repo.markRefused([pending[1]!._id]);
    expect(await repo.pendingCount()).toBe(1);
    expect(await repo.refusedCount()).toBe(1);
    expect((await repo.pendingEvents('s')).map((e) => e.seq)).toEqual([]);
    expect(await db.events.get(pending[1]!._id)).toMatchObject({ synced: 2 });

    const theirs = eventFactory({ siteId: 's', learnerId: 'ana', deviceId: 't2', seq: 1 });
    const bilan = await assessmentFactory({ siteId: 's', learnerId: 'ana', assessmentId: 'b1', at: '2026-02-01T10:00:00.000Z' });
    await repo.savePulled({ learners: [await learnerFactory('s', 'ana')], events: [theirs, mine[1]!], assessments: [bilan] }, 42);
    await repo.savePulled({ learners: [], events: [theirs], assessments: [bilan] }, 43);
    expect(await db.assessments.where('learnerId').equals('ana').toArray()).toEqual([bilan]);
    expect(await db.events.get(theirs._id)).toMatchObject({ synced: 1 });
    expect(await db.events.get(mine[1]!._id)).toMatchObject({ synced: 2 });
    expect(await db.events.count()).toBe(4);
    expect(await db.learners.count()).toBe(1);
    expect(await repo.pullSeq()).toBe(43);

    await repo.saveEnrolment({ deviceId: 't1-g2', siteId: 's', role: 'terminal', credential: 'c'.repeat(43) });
    expect(await repo.pullSeq()).toBe(0);
    // [A6] The id the server enrolled (a new generation after a revocation) is the one new events carry.
    expect(await new TerminalRepository(db).deviceId()).toBe('t1-g2');
    await repo.recordRun('2026-01-01T00:00:00.000Z', { ok: true, sent: 1, received: 2, refused: [], contentInstalled: false });
    expect((await repo.lastRun())?.summary.sent).toBe(1);
    db.close();
  });

  it('[W17] keeps a pulled trainer document only when it moves forward: an older version never replaces a newer one', async () => {
    const db = new AppDb(`sync-repo-${Math.random()}`);
    const repo = new SyncRepository(db);
    const v1 = await assessmentFactory({
      siteId: 's',
      learnerId: 'ana',
      assessmentId: 'b1',
      at: '2026-02-01T10:00:00.000Z',
      competencies: { 'c-accueil': 0.2 },
    });
    const v2 = await assessmentFactory({
      siteId: 's',
      learnerId: 'ana',
      assessmentId: 'b1',
      at: '2026-02-01T10:00:00.000Z',
      competencies: { 'c-accueil': 0.9 },
      previous: v1,
    });
    const l1 = await learnerFactory('s', 'ana');
    const l2 = await signedFactory({ ...l1, firstName: 'Anaïs' }, l1);
    await repo.savePulled({ learners: [l2], events: [], assessments: [v2] }, 1);
    await repo.savePulled({ learners: [l1], events: [], assessments: [v1] }, 2);
    expect((await db.assessments.get(v1._id))?.competencies).toEqual({ 'c-accueil': 0.9 });
    expect((await db.learners.get('ana'))?.firstName).toBe('Anaïs');
    const v3 = await assessmentFactory({
      siteId: 's',
      learnerId: 'ana',
      assessmentId: 'b1',
      at: '2026-02-01T10:00:00.000Z',
      competencies: { 'c-accueil': 0.95 },
      previous: v2,
    });
    await repo.savePulled({ learners: [], events: [], assessments: [v3] }, 3);
    expect((await db.assessments.get(v1._id))?.version).toBe(3);
    db.close();
  });

  it('names the learners it holds for a run’s report, and keeps the last runs with their reports, newest first', async () => {
    const db = new AppDb(`sync-repo-${Math.random()}`);
    const repo = new SyncRepository(db);
    await repo.savePulled({ learners: [await learnerFactory('s', 'ana', { firstName: 'Ana' })], events: [], assessments: [] }, 1);
    expect(await repo.heldLearners(['ana', 'ben'])).toEqual(new Map([['ana', { firstName: 'Ana', version: 1 }]]));

    const report: SyncReport = {
      sent: [{ learnerId: 'ana', firstName: 'Ana', work: { lessons: 2 }, events: 2 }],
      sentTrainerDocs: {},
      learners: [],
      othersWork: [],
      trainerDocs: [],
      groups: 0,
      refusals: [],
      moreRefusals: 0,
    };
    for (const [i, at] of ['2026-03-01T08:00:00.000Z', '2026-03-02T08:00:00.000Z', '2026-03-03T08:00:00.000Z'].entries()) {
      await repo.recordRun(at, { ok: i !== 1, sent: i, received: 0, refused: [], contentInstalled: false, report });
    }
    const runs = await repo.recentRuns(2);
    expect(runs.map((r) => [r.startedAt, r.summary.ok, r.summary.sent])).toEqual([
      ['2026-03-03T08:00:00.000Z', true, 2],
      ['2026-03-02T08:00:00.000Z', false, 1],
    ]);
    expect(runs[0]!.summary.report).toEqual(report);
    db.close();
  });

  it('keeps another site’s trainer key made known here (for record files), never over a key held for another site', async () => {
    const db = new AppDb(`sync-repo-${Math.random()}`);
    const repo = new SyncRepository(db);
    const [mine, theirs, clash] = await Promise.all([trainerFactory('k-marie'), trainerFactory('k-paul'), trainerFactory('k-marie')]);
    await repo.savePulled({ learners: [], events: [], assessments: [], trainerKeys: [trainerKeyDocFactory(mine, 's')] }, 1);
    const pulled = [trainerKeyDocFactory(theirs, 'ailleurs'), trainerKeyDocFactory(clash, 'ailleurs')];
    await repo.savePulled({ learners: [], events: [], assessments: [], trainerKeys: pulled }, 2);
    expect(await db.trainerKeys.get('k-paul')).toMatchObject({ siteId: 'ailleurs', publicKey: theirs.publicKey });
    expect(await db.trainerKeys.get('k-marie')).toMatchObject({ siteId: 's', publicKey: mine.publicKey });
    db.close();
  });
});
