import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import type { ProgressEvent } from '../../src/domain/records/progress-event.schema';
import { eventFactory, signedFactory } from '../factories/record.factory';
import { measuresFactory } from '../factories/recording.factory';
import { cleanLocals, enrol, local, remote, replicate, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';

let server: TestServer;
let t1: EnrolResponse;
const site = 'voix';

beforeAll(async () => {
  server = await startSyncServer();
  await seedSite(server.admin, site, ['ana']);
  t1 = await enrol(server, site, 't1');
});
afterAll(async () => {
  await server.stop();
  await cleanLocals();
});

/** A take's bytes as PouchDB would carry them inline (base64). */
const AUDIO = Buffer.from(new Uint8Array(2048).map((_, i) => (i * 37) % 256)).toString('base64');

const measured = (seq: number): ProgressEvent => ({
  ...eventFactory({ siteId: site, learnerId: 'ana', deviceId: 't1', seq }),
  name: 'voice.measured',
  data: { context: 'micro', sentenceId: 'micro-accueil', measures: measuresFactory() },
});

describe('voice recordings never go through sync', () => {
  it('[W26] a voice.measured event (numbers only) is accepted; audio in any form is refused', async () => {
    const db = await local('voice');
    const withAttachment = {
      ...measured(2),
      _attachments: { 'take.webm': { content_type: 'audio/webm;codecs=opus', data: AUDIO } },
    };
    const audioInData = { ...measured(3), data: { ...measured(3).data, audio: AUDIO } };
    const recordingDoc = {
      _id: 'recording:ana:take-1',
      schema: 1,
      type: 'recording',
      siteId: site,
      learnerId: 'ana',
      mimeType: 'audio/webm;codecs=opus',
      audio: AUDIO,
    };
    // Even signed by the site's trainer, a document of a type the shared schemas do not know is refused.
    const signedRecording = await signedFactory({ ...recordingDoc, _id: 'recording:ana:take-2' });
    await db.bulkDocs([measured(1), withAttachment, audioInData, recordingDoc, signedRecording]);
    const push = replicate(db, remote(server.url, `site-${site}`, t1));
    const res = await push;
    expect(res.docs_written).toBe(1);
    expect(res.doc_write_failures).toBe(4);
    const reasons = Object.fromEntries(push.denied.map((d) => [d.id, d.reason]));
    expect(Object.keys(reasons).sort()).toEqual([withAttachment._id, audioInData._id, recordingDoc._id, signedRecording._id].sort());
    expect(reasons[withAttachment._id]).toContain('_attachments');
    expect(reasons[audioInData._id]).toContain('data.audio');
    // An unknown type is refused before its schema is even looked up: it is not signed by a site trainer ([W12], [W7]).
    expect(reasons[recordingDoc._id]).toMatch(/sign/);
    expect(reasons[signedRecording._id]).toContain('unknown type recording');

    // What the server holds: the measures' event, and nothing that carries sound.
    const server_ = remote(server.url, `site-${site}`, t1);
    const stored = await server_.get(measured(1)._id);
    expect(stored).toMatchObject({ name: 'voice.measured', data: { context: 'micro', measures: measuresFactory() } });
    for (const id of [withAttachment._id, audioInData._id, recordingDoc._id, signedRecording._id]) {
      await expect(server_.get(id)).rejects.toMatchObject({ status: 404 });
    }
  });
});
