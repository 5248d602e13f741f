import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, runCli, startChildServer } from './helpers/child-server';
import { raw } from './helpers/raw';
import { startSyncServer } from './helpers/sync-server';

const roots: string[] = [];
const tempRoot = async () => {
  const r = await mkdtemp(join(tmpdir(), 'relais-files-'));
  roots.push(r);
  return r;
};
afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

async function walk(dir: string): Promise<string[]> {
  const out = [dir];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

describe('data files and the command line', () => {
  it('[G8] the server creates its data (LevelDB, audit log, device registry) for its own user only', async () => {
    const dataDir = join(await tempRoot(), 'data');
    const server = await startChildServer({ dataDir, port: await freePort() });
    try {
      expect((await raw(server.url, { path: '/sync/site-x' })).status).toBe(401);
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await server.kill('SIGTERM');
    }
    const paths = await walk(dataDir);
    expect(paths.some((p) => p.endsWith('audit.log'))).toBe(true);
    expect(paths.some((p) => p.includes('relais-admin'))).toBe(true);
    for (const p of paths) {
      const s = await stat(p);
      expect({ p, other: s.mode & 0o077 }).toEqual({ p, other: 0 });
    }
  });

  it.each([['--ttl', 'abc'], ['--ttl=-5']])('[A5] %s %s is refused with a clear message, not a stack trace', async (...ttl) => {
    const r = await runCli(['enrol', '--site', 's', '--role', 'terminal', ...ttl.filter(Boolean)], {
      DATA_DIR: join(await tempRoot(), 'data'),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--ttl');
    expect(r.stderr).toContain('minutes');
    expect(r.stdout).not.toContain('Code');
    expect(r.stderr).not.toContain('    at ');
  });

  it('[A5] --ttl 10080 (7 days) is accepted', async () => {
    const r = await runCli(['enrol', '--site', 's', '--role', 'terminal', '--ttl', '10080'], { DATA_DIR: join(await tempRoot(), 'data') });
    expect(r.stdout).toContain('Code');
    expect(r.code).toBe(0);
  });

  it.each([
    ['POST', '/sync/site-x/_find'],
    ['PUT', '/sync/site-x'],
    ['POST', '/sync/site-x/_purge'],
    ['DELETE', '/sync/site-x/doc'],
    ['PATCH', '/sync/anything'],
  ])('[G1] %s %s is 404 before any body parsing, whatever the content type', async (method, path) => {
    const server = await startSyncServer();
    try {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream']) {
        const r = await raw(server.url, { method, path, body: 'a=1', headers: { 'content-type': type } });
        expect({ type, status: r.status, json: r.json }).toEqual({
          type,
          status: 404,
          json: { error: 'not_found', reason: expect.any(String) },
        });
      }
    } finally {
      await server.stop();
    }
  });
});
