import { fork } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminService } from '../sync-server/src/admin/admin.service';
import { openBackend } from '../sync-server/src/backend';
import type { EnrolResponse } from '../src/domain/sync/device.schema';
import { freePort, startChildServer, type ChildServer } from '../tests/integration/helpers/child-server';
import { startReferenceCouch } from '../tests/integration/helpers/reference-couch';
import { learnerFactory } from '../tests/factories/record.factory';
import type { BenchRow } from './bench-row';

const SITE = 'fleet';
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function peakRssMb(pid: number | undefined): Promise<number> {
  if (!pid) return NaN;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
  return Math.round(kb / 1024);
}

async function inBatches<T, R>(items: T[], size: number, work: (t: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map((t, j) => work(t, i + j)))));
  return out;
}

export interface FleetOptions {
  id: string;
  gateways: number;
  terminals: number;
  events: number;
  /** How many terminals are real PouchDB clients; the others speak the replication protocol directly. */
  pouch: number;
  clientProcesses: number;
}

/**
 * Terminals pushing at once through `gateways` gateway processes in front of one CouchDB-protocol
 * backend (express-pouchdb), the clients in their own processes. Bounded by its sizes: pass smaller
 * ones on a busy machine (`npm run bench -- fleet --terminals 200`).
 */
export async function benchFleet(o: FleetOptions): Promise<BenchRow[]> {
  const root = await mkdtemp(join(tmpdir(), 'relais-bench-fleet-'));
  const couch = await startReferenceCouch();
  await mkdir(join(root, 'operator'));
  const operator = await openBackend({ dataDir: join(root, 'operator'), couchDbUrl: couch.url });
  const admin = new AdminService(operator);
  const gateways: ChildServer[] = [];
  try {
    const learners = Array.from({ length: 20 }, (_, i) => `l${i}`);
    await admin.putLearners(await Promise.all(learners.map((l) => learnerFactory(SITE, l))));
    const env = { COUCHDB_URL: couch.url, RELAIS_LIMITS: JSON.stringify({ anonPerMinute: 1_000_000 }) };
    for (let g = 0; g < o.gateways; g++)
      gateways.push(await startChildServer({ dataDir: join(root, `gateway-${g}`), port: await freePort(), env }));
    const urls = gateways.map((g) => g.url);
    const t0Enrol = performance.now();
    const devices = await inBatches(
      Array.from({ length: o.terminals }, (_, i) => `${o.id}-${i}`),
      100,
      async (deviceId, i) => {
        const { code } = await admin.enrol(SITE, 'terminal');
        const res = await fetch(`${urls[i % urls.length]}/sync/_enrol`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code, deviceId }),
        });
        if (!res.ok) throw new Error(`enrol ${deviceId}: ${res.status} ${await res.text()}`);
        const d = (await res.json()) as EnrolResponse;
        return { deviceId: d.deviceId, credential: d.credential, learnerId: learners[i % learners.length]! };
      },
    );
    const enrolMs = performance.now() - t0Enrol;

    // The real PouchDB clients are spread over the client processes like the others.
    const perProcess = Math.ceil(o.terminals / o.clientProcesses);
    const pouchPerProcess = Math.ceil(o.pouch / o.clientProcesses);
    const children = Array.from({ length: o.clientProcesses }, (_, p) => {
      const terminals = devices.slice(p * perProcess, (p + 1) * perProcess);
      const job = { urls, siteId: SITE, events: o.events, pouch: Math.min(pouchPerProcess, terminals.length), terminals };
      return fork('bench/fleet-client.ts', [], {
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, FLEET_JOB: JSON.stringify(job) },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
    });
    await Promise.all(children.map((c) => new Promise((resolve) => c.once('message', resolve))));
    const t0 = performance.now();
    const done = children.map(
      (c) =>
        new Promise<{ results: { ms: number; error: string | null }[]; retries: number }>((resolve) => c.once('message', resolve as never)),
    );
    for (const c of children) c.send('go');
    const outcomes = await Promise.all(done);
    const wallMs = performance.now() - t0;
    const results = outcomes.flatMap((x) => x.results);
    const retries = outcomes.reduce((n, x) => n + x.retries, 0);
    const errors = results.filter((r) => r.error);
    const times = results.map((r) => r.ms).sort((a, b) => a - b);
    const info = await operator.store.db(`site-${SITE}`).info();
    const stored = info.doc_count - learners.length;
    const expected = o.terminals * o.events;
    const peaks = await Promise.all(gateways.map((g) => peakRssMb(g.process.pid)));
    const scale = `${o.terminals} postes × ${o.events} événements, ${o.gateways} passerelle(s)`;
    const details = {
      terminals: o.terminals,
      events: o.events,
      gateways: o.gateways,
      pouchClients: o.pouch,
      clientProcesses: o.clientProcesses,
      retries,
      wallS: Math.round(wallMs / 1000),
      enrolS: Math.round(enrolMs / 1000),
      eventsPerS: Math.round(stored / (wallMs / 1000)),
      firstError: errors[0]?.error?.slice(0, 120) ?? '',
    };
    return [
      {
        id: `${o.id}-errors`,
        label: `${scale} : erreurs`,
        value: errors.length,
        unit: 'erreurs',
        target: '0',
        met: errors.length === 0,
        details,
      },
      {
        id: `${o.id}-lost`,
        label: `${scale} : événements perdus`,
        value: expected - stored,
        unit: 'événements',
        target: '0',
        met: expected === stored,
        details: { stored, expected },
      },
      {
        id: `${o.id}-p50`,
        label: `${scale} : temps pour finir, médiane`,
        value: Math.round(percentile(times, 50)),
        unit: 'ms',
        target: 'mesuré',
        met: true,
      },
      {
        id: `${o.id}-p99`,
        label: `${scale} : temps pour finir, p99`,
        value: Math.round(percentile(times, 99)),
        unit: 'ms',
        target: '≤ 60 000 ms',
        met: percentile(times, 99) <= 60_000,
        details: { max: Math.round(times.at(-1) ?? NaN) },
      },
      {
        id: `${o.id}-memory`,
        label: `${scale} : mémoire max d’une passerelle (RSS)`,
        value: Math.max(...peaks),
        unit: 'MB',
        target: 'mesuré',
        met: true,
        details: { perGateway: peaks.join('/') },
      },
    ];
  } finally {
    await Promise.all(gateways.map((g) => g.kill('SIGTERM')));
    await operator.close();
    await couch.stop();
    await rm(root, { recursive: true, force: true });
  }
}
