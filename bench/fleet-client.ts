import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-node';
import { eventsFactory } from '../tests/factories/record.factory';

/**
 * One process of simulated terminals for the fleet benches (run by fleet-bench.ts, never alone).
 * Most terminals speak the replication protocol directly (`_revs_diff`, `_bulk_docs`, a checkpoint),
 * as PouchDB does; the first `pouch` of them are real PouchDB clients on LevelDB. Each request goes to
 * the next gateway in turn, so one terminal's requests land on every gateway. 503 and 429 are retried
 * after their Retry-After, as PouchDB's retry does; anything else is an error.
 */
interface Job {
  urls: string[];
  siteId: string;
  events: number;
  pouch: number;
  terminals: { deviceId: string; credential: string; learnerId: string }[];
}

const BATCH = 100;
const job = JSON.parse(process.env.FLEET_JOB ?? '{}') as Job;
let next = 0;
const gateway = () => job.urls[next++ % job.urls.length]!;
let retries = 0;

async function call(path: string, auth: string, method: string, body?: unknown): Promise<unknown> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const res = await fetch(`${gateway()}/sync/site-${job.siteId}${path}`, {
      method,
      headers: { authorization: auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status === 503 || res.status === 429) {
      retries++;
      await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after') ?? 1) * 1000 * (0.5 + Math.random())));
      continue;
    }
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 200)}`);
    return JSON.parse(text);
  }
  throw new Error(`${method} ${path}: still refused after 50 attempts`);
}

async function protocolTerminal(t: Job['terminals'][number]): Promise<void> {
  const auth = `Basic ${Buffer.from(`${t.deviceId}:${t.credential}`).toString('base64')}`;
  const docs = eventsFactory({ siteId: job.siteId, learnerId: t.learnerId, deviceId: t.deviceId, count: job.events }).map((d) => {
    const hash = createHash('md5').update(d._id).digest('hex');
    return { ...d, _rev: `1-${hash}`, _revisions: { start: 1, ids: [hash] } };
  });
  let cpRev: string | undefined;
  for (let i = 0; i < docs.length; i += BATCH) {
    const batch = docs.slice(i, i + BATCH);
    const diff = (await call('/_revs_diff', auth, 'POST', Object.fromEntries(batch.map((d) => [d._id, [d._rev]])))) as Record<
      string,
      unknown
    >;
    const missing = batch.filter((d) => diff[d._id]);
    if (missing.length) {
      const refused = (await call('/_bulk_docs', auth, 'POST', { docs: missing, new_edits: false })) as unknown[];
      if (refused.length) throw new Error(`refused: ${JSON.stringify(refused[0]).slice(0, 200)}`);
    }
    const cp = (await call(`/_local/bench-${t.deviceId}`, auth, 'PUT', {
      ...(cpRev ? { _rev: cpRev } : {}),
      last_seq: i + batch.length,
      session_id: 's',
      history: [],
    })) as { rev: string };
    cpRev = cp.rev;
  }
}

async function pouchTerminal(t: Job['terminals'][number], dir: string): Promise<void> {
  const db = new PouchDB(join(dir, t.deviceId)) as PouchDB.Database<Record<string, unknown>>;
  await db.bulkDocs(eventsFactory({ siteId: job.siteId, learnerId: t.learnerId, deviceId: t.deviceId, count: job.events }));
  const target = new PouchDB(`${gateway()}/sync/site-${job.siteId}`, {
    skip_setup: true,
    auth: { username: t.deviceId, password: t.credential },
  });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await PouchDB.replicate(db, target, { batch_size: BATCH });
        if (res.doc_write_failures > 0) throw new Error(`${res.doc_write_failures} write failures`);
        return;
      } catch (e) {
        // A one-shot replication stops at a 503; it resumes from its checkpoint, as a terminal's next sync does.
        if (attempt >= 10) throw e;
        retries++;
        await new Promise((r) => setTimeout(r, 1000 * (0.5 + Math.random())));
      }
    }
  } finally {
    await db.close();
  }
}

const dir = await mkdtemp(join(tmpdir(), 'relais-fleet-client-'));
process.send?.({ ready: true });
await new Promise<void>((resolve) => process.once('message', () => resolve()));
const t0 = performance.now();
const results = await Promise.all(
  job.terminals.map(async (t, i) => {
    try {
      await (i < job.pouch ? pouchTerminal(t, dir) : protocolTerminal(t));
      return { ms: performance.now() - t0, error: null as string | null };
    } catch (e) {
      return { ms: performance.now() - t0, error: (e as Error).message };
    }
  }),
);
await rm(dir, { recursive: true, force: true });
process.send?.({ results, retries });
process.disconnect?.();
