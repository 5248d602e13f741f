import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../sync-server/src/app';
import { listen } from '../../sync-server/src/listen';
import { BUILT_APP, startAppServer, type RunningServer } from '../support/app-server';

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('server: serving the app', () => {
  it('serves index.html and the service worker uncached, hashed assets as immutable, all with the CSP', async () => {
    const index = await fetch(`${server.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(index.headers.get('content-security-policy')).not.toMatch(/https?:/);
    const html = await index.text();
    const asset = /assets\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const js = await fetch(`${server.url}/${asset}`);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const sw = await fetch(`${server.url}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    const pack = await fetch(`${server.url}/content/pack.json`);
    expect(pack.headers.get('cache-control')).toBe('no-cache');
    expect(((await pack.json()) as { kind: string }).kind).toBe('relais.content-pack');
  });

  it('does not serve files outside the app folder', async () => {
    const res = await fetch(`${server.url}/..%2f..%2fpackage.json`);
    expect(res.status).toBe(404);
  });
});

describe('server: clear operator errors', () => {
  it('says so in French when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = (blocker.address() as { port: number }).port;
    const dataDir = await mkdtemp(join(tmpdir(), 'relais-port-'));
    const app = await buildServer({ port, host: '127.0.0.1', dataDir, appDir: BUILT_APP });
    await expect(listen(app, port, '127.0.0.1')).rejects.toThrow(`Le port ${port} est déjà utilisé`);
    await app.close();
    blocker.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('says so when the data dir is not writable', async () => {
    const root = await mkdtemp(join(tmpdir(), 'relais-ro-'));
    const file = join(root, 'a-file');
    await writeFile(file, 'not a folder');
    await expect(buildServer({ port: 0, host: '127.0.0.1', dataDir: join(file, 'data'), appDir: BUILT_APP })).rejects.toThrow(
      /n’est pas accessible en écriture/,
    );
    await chmod(root, 0o755);
    await rm(root, { recursive: true, force: true });
  });

  it('the CLI prints the port error without a stack trace and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '0.0.0.0', ok));
    const port = (blocker.address() as { port: number }).port;
    const dataDir = await mkdtemp(join(tmpdir(), 'relais-cli-'));
    const run = spawnSync('npx', ['tsx', 'sync-server/src/main.ts', 'serve'], {
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, APP_DIR: BUILT_APP },
      encoding: 'utf8',
      timeout: 60_000,
    });
    blocker.close();
    await rm(dataDir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Erreur : Le port ${port} est déjà utilisé`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
