import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPack } from '../../src/domain/content/pack-validate';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { BUNDLE_FORMAT, BUNDLE_KIND, signBundle } from '../../src/domain/sync/event-bundle';
import { makePack } from '../factories/pack.factory';
import { freePort, runCli, startChildServer, type ChildServer } from './helpers/child-server';
import { eventsFactory } from '../factories/record.factory';
import { raw, withRev } from './helpers/raw';

let root: string;
let env: Record<string, string>;
let child: ChildServer;
let dev: EnrolResponse;
const codeOf = (out: string) => /([A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4})/.exec(out)?.[1] ?? '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'relais-cli-'));
  env = { DATA_DIR: join(root, 'data') };
  await writeFile(join(root, 'pack.json'), JSON.stringify(await makePack({ modules: 2 })));
});
afterAll(async () => {
  await child?.kill('SIGTERM');
  await rm(root, { recursive: true, force: true });
});

describe('the operator CLI', () => {
  it('[A5] enrol prints a one-time code (no server running: straight into the store)', async () => {
    const r = await runCli(['enrol', '--site', 'cli', '--role', 'terminal'], env);
    expect(r.code).toBe(0);
    const code = codeOf(r.stdout);
    expect(code).not.toBe('');
    const bad = await runCli(['enrol', '--site', 'Bad Site', '--role', 'terminal'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('site invalide');

    child = await startChildServer({ dataDir: env.DATA_DIR!, port: await freePort() });
    const res = await raw(child.url, { path: '/sync/_enrol', body: { code, deviceId: 't1' } });
    expect(res.status).toBe(200);
    dev = res.json as EnrolResponse;
  });

  it('devices lists, through the running server, what is enrolled', async () => {
    const r = await runCli(['devices'], env);
    expect(r.stdout).toMatch(/t1\tcli\tterminal/);
  });

  it('[X2] publish, then export-content writes a pack file that passes the pack checks', async () => {
    expect((await runCli(['publish', join(root, 'pack.json')], env)).code).toBe(0);
    const out = join(root, 'export.json');
    const r = await runCli(['export-content', '--out', out], env);
    expect(r.code).toBe(0);
    const checked = await checkPack(JSON.parse(await readFile(out, 'utf8')));
    expect(checked.ok).toBe(true);
  });

  it('[X1] import loads a signed bundle through the same checks, into the audit log; a tampered one is refused', async () => {
    const learners = await runCli(
      ['trainer-key', '--site', 'cli', '--key-id', 'k1', '--name', 'Marie', '--public-key', Buffer.alloc(32, 7).toString('base64')],
      env,
    );
    expect(learners.code).toBe(0);
    // No learner on the site yet: the events are refused with a reason, not lost silently.
    const events = eventsFactory({ siteId: 'cli', learnerId: 'ana', deviceId: 't1', count: 3 }).map((e) => withRev(e));
    const bundle = await signBundle(
      { kind: BUNDLE_KIND, format: BUNDLE_FORMAT, siteId: 'cli', deviceId: 't1', createdAt: new Date().toISOString(), events },
      dev.credential,
    );
    await writeFile(join(root, 'bundle.json'), JSON.stringify(bundle));
    const r = await runCli(['import', join(root, 'bundle.json')], env);
    expect(r.stdout).toContain('0 accepté(s), 3 refusé(s)');
    expect(r.stdout).toContain('apprenant inconnu');

    await writeFile(join(root, 'tampered.json'), JSON.stringify({ ...bundle, events: bundle.events.slice(1) }));
    const t = await runCli(['import', join(root, 'tampered.json')], env);
    expect(t.code).toBe(1);
    expect(t.stderr).toContain('Signature du lot invalide');

    const audit = (await readFile(join(env.DATA_DIR!, 'audit.log'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(audit.find((a) => a.route === 'cli:import')).toMatchObject({ device: 't1', site: 'cli', accepted: 0, refused: 3 });
  });

  it('[A2] revoke refuses the device at once', async () => {
    expect((await raw(child.url, { path: '/sync/site-cli', device: dev })).status).toBe(200);
    expect((await runCli(['revoke', 't1'], env)).code).toBe(0);
    expect((await raw(child.url, { path: '/sync/site-cli', device: dev })).status).toBe(401);
    expect((await runCli(['devices'], env)).stdout).toContain('RÉVOQUÉ');
  });
});
