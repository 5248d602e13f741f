import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
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

/** The route table as full paths with their methods, from fastify's own tree. */
function routeTable(app: RunningServer['app']): { path: string; methods: string[] }[] {
  const stack: string[] = [];
  const out: { path: string; methods: string[] }[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+) \(([^)]+)\)/.exec(line);
    const [, indent = '', segment = '', methods = ''] = m ?? [];
    if (!m) continue;
    stack.length = indent.length / 4;
    stack.push(segment);
    out.push({ path: stack.join(''), methods: methods.split(', ') });
  }
  return out;
}

/** A request whose path is sent exactly as written (fetch would resolve `..` before sending). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const req = httpRequest(`${url}/`, { path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('[P5] what the server gives without a credential', () => {
  let s: RunningServer;
  beforeAll(async () => {
    // The app is copied beside the data dir, so that a path leaving the app folder could reach the data.
    s = await startAppServer({ copyApp: true });
    await fetch(`${s.url}/sync/site-x`); // writes an audit line: the log exists
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('[P5] the only routes are the sync endpoint and the static app', () => {
    const routes = routeTable(s.app);
    expect(routes.map((r) => r.path)).toContain('/sync/_enrol');
    for (const r of routes) expect(r.path === '*' || r.path.startsWith('/sync/')).toBe(true);
  });

  it('[P5] every sync route but _enrol refuses a request without a credential', async () => {
    const routes = routeTable(s.app).filter((r) => r.path.startsWith('/sync/') && r.path !== '/sync/_enrol');
    expect(routes.length).toBeGreaterThanOrEqual(7);
    for (const r of routes) {
      const path = r.path.replace(':db', 'content').replace(':id', 'x');
      for (const method of r.methods) {
        const res = await fetch(`${s.url}${path}`, {
          method,
          headers: method === 'GET' ? {} : { 'content-type': 'application/json' },
          body: method === 'GET' ? undefined : '{}',
        });
        // 401, or 429 once [A8]'s budget for requests without a credential is spent: refused either way.
        expect({ method, path, refused: [401, 429].includes(res.status) }).toEqual({ method, path, refused: true });
        expect(((await res.json()) as { error?: string }).error).toMatch(/^(unauthorized|too_many_requests)$/);
      }
    }
  });

  it.each([
    '/../data/audit.log',
    '/..%2fdata%2faudit.log',
    '/%2e%2e/data/audit.log',
    '/%2e%2e%2fdata%2faudit.log',
    '/data/audit.log',
    '/audit.log',
    '/db/',
    '/%2e%2e/data/relais-admin',
  ])('[P5] %s does not reach the data dir', async (path) => {
    const res = await rawGet(s.url, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('"method"');
  });

  it('[P5] /content/pack.json is the curriculum built into the app, with no personal or site data', async () => {
    const served = await (await fetch(`${s.url}/content/pack.json`)).text();
    expect(served).toBe(await readFile(join(s.appDir, 'content', 'pack.json'), 'utf8'));
    for (const field of ['pinHash', 'credential', 'deviceId', 'siteId', 'signedBy', 'publicKey']) {
      expect({ field, present: served.includes(`"${field}"`) }).toEqual({ field, present: false });
    }
  });
});
