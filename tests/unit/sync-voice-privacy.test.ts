import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../src/domain/records/progress-event.schema';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { AppDb, eventRow } from '../../src/storage/app-db';
import { learnerRecordings, saveRecording } from '../../src/storage/recordings';
import { SyncRepository } from '../../src/storage/sync.repository';
import type { LocalReplica } from '../../src/sync/sync-ports';
import { runSync } from '../../src/sync/sync-run';
import { eventFactory } from '../factories/record.factory';
import { measuresFactory, recordingFactory } from '../factories/recording.factory';

const enrolment: EnrolResponse = { deviceId: 't1', siteId: 's', role: 'terminal', credential: 'c'.repeat(43) };

/** A replica that keeps what the run hands it to push. */
function capturingReplica(staged: Record<string, unknown>[]): LocalReplica {
  return {
    stage: async (docs) => void staged.push(...docs),
    stageSigned: async (docs) => void staged.push(...docs),
    push: async (p) => {
      p(staged.length);
      return { written: staged.length, denied: [] };
    },
    pull: async () => ({ written: 0 }),
    changedSince: async () => ({ docs: [], lastSeq: 1 }),
    serverNow: async () => undefined,
    trainerKeys: async () => [],
    withRevisions: async () => [],
    pushContent: async (docs) => {
      staged.push(...docs);
      return { denied: [] };
    },
    pullContent: async () => ({ written: 0 }),
    contentDocs: async () => [],
    close: async () => undefined,
  };
}

describe('the push set of a terminal', () => {
  it('[W26] holds the voice.measured event and never a recording: the sync does not even read the recordings table', async () => {
    const db = new AppDb(`voice-sync-${Math.random()}`);
    // Every table a sync run opens, seen below Dexie (reads and writes alike).
    const tablesRead = new Set<string>();
    db.use({
      stack: 'dbcore',
      name: 'table-spy',
      create: (down) => ({
        ...down,
        table: (name) => {
          tablesRead.add(name);
          return down.table(name);
        },
      }),
    });
    const measured: ProgressEvent = {
      ...eventFactory({ siteId: 's', learnerId: 'ana', deviceId: 't1', seq: 1 }),
      name: 'voice.measured',
      data: { context: 'micro', sentenceId: 'micro-accueil', measures: measuresFactory() },
    };
    await db.events.add(eventRow(measured, 0));
    const take = await saveRecording(db, recordingFactory({ learnerId: 'ana', sentenceId: 'micro-accueil' }));
    tablesRead.clear();

    const staged: Record<string, unknown>[] = [];
    const summary = await runSync(
      {
        store: new SyncRepository(db),
        openReplica: async () => capturingReplica(staged),
        installPack: async () => ({ ok: true }),
        activeContentHash: () => undefined,
        baseUrl: 'http://x',
      },
      enrolment,
      () => undefined,
    );

    expect(summary.ok).toBe(true);
    expect(staged.map((d) => d._id)).toEqual([measured._id]);
    expect(JSON.stringify(staged)).not.toMatch(/audio|blob/i);
    expect(staged.some((d) => Object.values(d).some((v) => v instanceof Blob))).toBe(false);
    expect(tablesRead.size).toBeGreaterThan(0);
    expect(tablesRead.has('events')).toBe(true);
    expect(tablesRead.has('recordings')).toBe(false);
    // The take is still on the terminal after the sync, the event is marked synced.
    expect((await learnerRecordings(db, 'ana')).map((r) => r.id)).toEqual([take.id]);
    expect(await db.events.get(measured._id)).toMatchObject({ synced: 1 });
    await db.delete();
  });
});
