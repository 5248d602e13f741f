import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-node';
import { buildServer } from '../sync-server/src/app';
import type { EnrolResponse } from '../src/domain/sync/device.schema';
import { startReferenceCouch } from '../tests/integration/helpers/reference-couch';
import { eventsFactory, learnerFactory } from '../tests/factories/record.factory';
import type { BenchRow } from './bench-row';

type Db = PouchDB.Database<Record<string, unknown>>;
const SITE = 'bench';
const BATCH = 100;

/** The real server (sync endpoint only) with limits opened for load, on loopback. */
async function startGateway(root: string) {
  const app = await buildServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: join(root, 'server'),
    adminSocket: false,
    limits: { ratePerSecond: 100_000, rateBurst: 100_000 },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const admin = app.relais.admin;
  const enrol = async (deviceId: string): Promise<EnrolResponse> => {
    const { code } = await admin.enrol(SITE, 'terminal');
    const res = await fetch(`${url}/sync/_enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, deviceId }),
    });
    if (!res.ok) throw new Error(`enrol ${deviceId}: ${res.status}`);
    return (await res.json()) as EnrolResponse;
  };
  return { app, url, admin, enrol };
}

const remote = (url: string, dev?: EnrolResponse) =>
  new PouchDB(url, { skip_setup: !!dev, ...(dev ? { auth: { username: dev.deviceId, password: dev.credential } } : {}) }) as Db;

async function timedPush(from: Db, to: Db): Promise<number> {
  const t0 = performance.now();
  const res = await PouchDB.replicate(from, to, { batch_size: BATCH });
  if (res.docs_written === 0 || res.doc_write_failures > 0)
    throw new Error(`push wrote ${res.docs_written}, failed ${res.doc_write_failures}`);
  return performance.now() - t0;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/**
 * Sync benchmarks (loopback only, bounded): 10,000 events pushed by a PouchDB client through the
 * gateway vs. directly to an unguarded express-pouchdb over the same LevelDB store; then 200
 * terminals pushing 500 events each at once.
 */
export async function benchSync(opts: { fleet?: boolean } = {}): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'relais-bench-sync-'));
  const gw = await startGateway(root);
  const couch = await startReferenceCouch();
  try {
    await gw.admin.putLearners([await learnerFactory(SITE, 'ana')]);
    const runs = 3;
    const gatewayMs: number[] = [];
    const directMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const deviceId = `bench-${run}`;
      const dev = await gw.enrol(deviceId);
      const source = new PouchDB(join(root, `source-${run}`)) as Db;
      await source.bulkDocs(eventsFactory({ siteId: SITE, learnerId: 'ana', deviceId, count: 10_000 }));
      // Alternate the order so neither side always runs on a warmer machine.
      const direct = () => timedPush(source, remote(`${couch.url}/direct-${run}`));
      const gateway = () => timedPush(source, remote(`${gw.url}/sync/site-${SITE}`, dev));
      if (run % 2 === 0) {
        gatewayMs.push(await gateway());
        directMs.push(await direct());
      } else {
        directMs.push(await direct());
        gatewayMs.push(await gateway());
      }
      await source.close();
    }
    // Paired runs, median ratio: a machine busy with something else slows both sides of a pair alike.
    const pairRatios = directMs.map((d, i) => d / gatewayMs[i]!).sort((a, b) => a - b);
    const ratio = pairRatios[Math.floor(pairRatios.length / 2)]!;
    const bestGateway = Math.min(...gatewayMs);
    const bestDirect = Math.min(...directMs);

    const ratioRow: BenchRow = {
      id: 'sync-push-10k-ratio',
      label: 'Push 10 000 événements : passerelle / CouchDB-protocole direct (débit relatif)',
      value: Number(ratio.toFixed(2)),
      unit: '×',
      target: '≥ 1.0×',
      met: ratio >= 1.0,
      details: {
        bestGatewayMs: Math.round(bestGateway),
        bestDirectMs: Math.round(bestDirect),
        pairRatios: pairRatios.map((r) => r.toFixed(2)).join('/'),
        runs,
        batchSize: BATCH,
        gatewayRuns: gatewayMs.map(Math.round).join('/'),
        directRuns: directMs.map(Math.round).join('/'),
      },
    };
    if (opts.fleet === false) return [ratioRow];

    // 200 terminals × 500 events, all at once.
    const terminals = 200;
    const perTerminal = 500;
    const learners = Array.from({ length: 20 }, (_, i) => `l${i}`);
    await gw.admin.putLearners(await Promise.all(learners.map((l) => learnerFactory(SITE, l))));
    const fleet = await Promise.all(
      Array.from({ length: terminals }, async (_, i) => {
        const deviceId = `t${i}`;
        const dev = await gw.enrol(deviceId);
        const db = new PouchDB(join(root, `terminal-${i}`)) as Db;
        await db.bulkDocs(eventsFactory({ siteId: SITE, learnerId: learners[i % learners.length]!, deviceId, count: perTerminal }));
        return { dev, db };
      }),
    );
    let errors = 0;
    const t0 = performance.now();
    const finish = await Promise.all(
      fleet.map(async ({ dev, db }) => {
        try {
          const res = await PouchDB.replicate(db, remote(`${gw.url}/sync/site-${SITE}`, dev), { batch_size: BATCH });
          if (res.docs_written !== perTerminal) errors += perTerminal - res.docs_written;
        } catch {
          errors++;
        }
        return performance.now() - t0;
      }),
    );
    await Promise.all(fleet.map((f) => f.db.close()));
    finish.sort((a, b) => a - b);
    const info = await gw.app.relais.backend.service.dbOf({ kind: 'site', siteId: SITE }).info();
    const stored = info.doc_count - 1 - learners.length - runs * 10_000;

    return [
      ratioRow,
      {
        id: 'sync-fleet-errors',
        label: `${terminals} postes × ${perTerminal} événements en même temps : erreurs`,
        value: errors,
        unit: 'erreurs',
        target: '0',
        met: errors === 0 && stored === terminals * perTerminal,
        details: { stored, expected: terminals * perTerminal },
      },
      {
        id: 'sync-fleet-p50',
        label: `${terminals} postes × ${perTerminal} événements : temps pour finir, médiane`,
        value: Math.round(percentile(finish, 50)),
        unit: 'ms',
        target: 'mesuré',
        met: true,
      },
      {
        id: 'sync-fleet-p99',
        label: `${terminals} postes × ${perTerminal} événements : temps pour finir, p99`,
        value: Math.round(percentile(finish, 99)),
        unit: 'ms',
        target: 'mesuré',
        met: true,
        details: { max: Math.round(finish.at(-1) ?? NaN) },
      },
    ];
  } finally {
    await gw.app.close();
    await couch.stop();
    await rm(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchSync({ fleet: !process.argv.includes('--ratio-only') }).then((rows) =>
    console.table(
      rows.map(({ id, value, unit, target, met, details }) => ({ id, value, unit, target, met, details: JSON.stringify(details ?? {}) })),
    ),
  );
}
