import { spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../sync-server/src/config';
import { startConsole } from '../../sync-server/src/console/console-listener';
import { ConsoleClient, type ConsoleUnderTest, startConsoleServer, TEST_PASSPHRASE, textOf } from './helpers/console-client';
import { startSyncServer } from './helpers/sync-server';

const auditLines = async (dataDir: string) =>
  (await readFile(join(dataDir, 'audit.log'), 'utf8'))
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { route: string; status: number; ip: string; reasons: { reason: string }[] });

/** `console-passphrase` fed on its standard input, as a script would. */
function setPassphraseWithCli(dataDir: string, lines: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/src/main.ts', 'console-passphrase'], {
      env: { ...process.env, DATA_DIR: dataDir, APP_DIR: '' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? -1, out }));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

/** fetch will not send a Host of our choosing; node:http will, as a rebinding page's browser does. */
function statusWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the operator console: where it listens', () => {
  it('[O1] is on by default on 127.0.0.1:8090 only, off with CONSOLE_PORT=off, elsewhere only when CONSOLE_HOST says so', () => {
    expect(configFromEnv({}).console).toEqual({ host: '127.0.0.1', port: 8090 });
    expect(configFromEnv({ CONSOLE_PORT: 'off' }).console).toBe(false);
    expect(configFromEnv({ CONSOLE_PORT: '9000', CONSOLE_HOST: '0.0.0.0' }).console).toEqual({ host: '0.0.0.0', port: 9000 });
    expect(() => configFromEnv({ CONSOLE_PORT: 'abc' })).toThrow(/CONSOLE_PORT invalide/);
  });

  it('[O1] serve starts it on its own loopback listener, never on the gateway’s routes', async () => {
    const server = await startSyncServer();
    const started = await startConsole(server.app, {
      ...configFromEnv({}),
      dataDir: server.dataDir,
      console: { host: '127.0.0.1', port: 0 },
    });
    try {
      const address = started.app?.server.address() as { address: string; port: number };
      expect(address.address).toBe('127.0.0.1');
      expect(address.port).not.toBe(new URL(server.url).port);
      expect(started.text).toContain(`http://127.0.0.1:${address.port}`);
      expect(started.text).toContain('console-passphrase');
      // The gateway knows nothing of the console's pages.
      for (const path of ['/connexion', '/codes', '/journal', '/console/connexion'])
        expect((await fetch(`${server.url}${path}`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${address.port}/connexion`)).status).toBe(200);
    } finally {
      await started.app?.close();
      await server.stop();
    }
  });

  it('[O1] a busy console port does not stop the sync server: the reason is printed instead', async () => {
    const server = await startSyncServer();
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
    const port = (blocker.address() as { port: number }).port;
    try {
      const started = await startConsole(server.app, {
        ...configFromEnv({}),
        dataDir: server.dataDir,
        console: { host: '127.0.0.1', port },
      });
      expect(started.app).toBeUndefined();
      expect(started.text).toContain(`le port ${port} n’est pas disponible`);
      expect((await fetch(`${server.url}/sync/_enrol`, { method: 'POST' })).status).not.toBe(503);
    } finally {
      blocker.close();
      await server.stop();
    }
  });

  it('[O1] a Host that is not the loopback (DNS rebinding) is refused', async () => {
    const c = await startConsoleServer();
    try {
      expect(await statusWithHost(`${c.url}/connexion`, `attaquant.example:${new URL(c.url).port}`)).toBe(421);
      expect(await statusWithHost(`${c.url}/connexion`, `localhost:${new URL(c.url).port}`)).toBe(200);
    } finally {
      await c.stop();
    }
  });
});

describe('the operator console: signing in', () => {
  let c: ConsoleUnderTest;
  beforeAll(async () => {
    c = await startConsoleServer({ passphrase: false, limits: { failuresMax: 3 } });
  });
  afterAll(() => c.stop());

  it('[O2] without a passphrase, the sign-in says how to set one; the CLI stores only a scrypt hash, 0600', async () => {
    const client = new ConsoleClient(c.url);
    const first = await client.get('/');
    expect(textOf(first.text)).toContain('npm run sync-server -- console-passphrase');
    expect(first.text).not.toContain('name="passphrase"');

    const short = await setPassphraseWithCli(c.server.dataDir, ['court', 'court']);
    expect(short.code).toBe(1);
    expect(short.out).toContain('au moins 12 caractères');
    const mismatch = await setPassphraseWithCli(c.server.dataDir, [TEST_PASSPHRASE, `${TEST_PASSPHRASE}!`]);
    expect(mismatch.out).toContain('ne sont pas les mêmes');
    const ok = await setPassphraseWithCli(c.server.dataDir, [TEST_PASSPHRASE, TEST_PASSPHRASE]);
    expect(ok.code).toBe(0);

    const file = join(c.server.dataDir, 'console-passphrase.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const stored = await readFile(file, 'utf8');
    expect(stored).not.toContain(TEST_PASSPHRASE);
    expect(JSON.parse(stored)).toMatchObject({ algo: 'scrypt', N: 32768 });
    // No restart: the next sign-in reads it.
    expect((await client.get('/connexion')).text).toContain('name="passphrase"');
  });

  it('[O3] a page asked for without a session goes to the sign-in and comes back to it; the cookie is HttpOnly and SameSite=Strict', async () => {
    const client = new ConsoleClient(c.url);
    const redirect = await fetch(`${c.url}/journal?site=a`, { redirect: 'manual' });
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('location')).toBe(`/connexion?suite=${encodeURIComponent('/journal?site=a')}`);
    const csrf = await client.csrfOf(`/connexion?suite=${encodeURIComponent('/journal?site=a')}`);
    const res = await fetch(`${c.url}/connexion`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      body: new URLSearchParams({ _csrf: csrf, passphrase: TEST_PASSPHRASE, suite: '/journal?site=a', garder: '{}' }),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/journal?site=a');
    const session = res.headers.getSetCookie().find((s) => s.startsWith('relais_console='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Strict/);
    // A sign-in never sends anywhere but a console page.
    const evil = await new ConsoleClient(c.url).post(
      '/connexion',
      { passphrase: TEST_PASSPHRASE, suite: '//ailleurs.example/x', garder: '{}' },
      { from: '/connexion' },
    );
    expect(evil.status).toBe(200);
    expect(textOf(evil.text)).toContain('Que voulez-vous faire ?');
  });

  it('[O4] a form posted without its CSRF token, or with another one, does nothing (403)', async () => {
    const client = new ConsoleClient(c.url);
    await client.signIn();
    const none = await client.post('/codes', { site: 'csrf-site', role: 'terminal', ttl: '60' }, { csrf: null });
    expect(none.status).toBe(403);
    expect(textOf(none.text)).toContain('Rien n’a été fait');
    const forged = await client.post('/codes', { site: 'csrf-site', role: 'terminal', ttl: '60' }, { csrf: 'abc-def' });
    expect(forged.status).toBe(403);
    // Another browser's valid token is no good either: the token is bound to this browser's secret cookie.
    const other = new ConsoleClient(c.url);
    const foreign = await client.post('/codes', { site: 'csrf-site', role: 'terminal' }, { csrf: await other.csrfOf('/connexion') });
    expect(foreign.status).toBe(403);
    expect((await auditLines(c.server.dataDir)).filter((l) => l.route === 'console:code')).toHaveLength(0);
    // A sign-in form without its token is refused too.
    expect((await new ConsoleClient(c.url).post('/connexion', { passphrase: TEST_PASSPHRASE }, { csrf: null })).status).toBe(403);
  });

  it('[O3] a form posted after the session ended shows the sign-in with what was typed, and gets it back', async () => {
    const client = new ConsoleClient(c.url);
    await client.signIn();
    const csrf = await client.csrfOf('/cles');
    await client.post('/deconnexion', {}, { from: '/' });
    const typed = { site: 'garde', keyId: 'k-marie', name: 'Marie', publicKey: 'AAAA' };
    const expired = await client.post('/cles', typed, { csrf });
    expect(expired.status).toBe(401);
    expect(textOf(expired.text)).toContain('ce que vous aviez tapé est gardé');
    const garder = /name="garder" value="([^"]*)"/.exec(expired.text)?.[1]?.replace(/&quot;/g, '"') ?? '';
    expect(JSON.parse(garder)).toEqual(typed);
    const back = await client.post('/connexion', { passphrase: TEST_PASSPHRASE, suite: '/cles', garder }, { from: '/connexion' });
    expect(back.status).toBe(200);
    expect(back.text).toContain('value="k-marie"');
    expect(back.text).toContain('>AAAA</textarea>');
  });

  it('[O4] [O6] wrong passphrases lock the sign-in, the right one included, and each try is audited', async () => {
    const client = new ConsoleClient(c.url);
    const csrf = await client.csrfOf('/connexion');
    const one = await client.signIn('pas la bonne phrase');
    expect(one.status).toBe(401);
    expect(textOf(one.text)).toContain('Encore 2 essai(s)');
    expect((await client.signIn('toujours pas la bonne')).status).toBe(401);
    const locked = await client.signIn('encore une fausse');
    expect(locked.status).toBe(429);
    expect(textOf(locked.text)).toContain('la connexion est bloquée jusqu’à');
    const right = await client.post('/connexion', { passphrase: TEST_PASSPHRASE, suite: '/', garder: '{}' }, { csrf });
    expect(right.status).toBe(429);
    expect(client.cookies.has('relais_console')).toBe(false);
    const logins = (await auditLines(c.server.dataDir)).filter((l) => l.route === 'console:login');
    expect(logins.filter((l) => l.status === 401)).toHaveLength(2);
    expect(logins.filter((l) => l.status === 429).length).toBeGreaterThanOrEqual(2);
    expect(logins.every((l) => l.ip === '127.0.0.1')).toBe(true);
  });
});

describe('the operator console: pages', () => {
  let c: ConsoleUnderTest;
  beforeAll(async () => {
    c = await startConsoleServer({ limits: { idleMs: 0 } });
  });
  afterAll(() => c.stop());

  it('[O3] a session ends after its idle time: the next page asks to sign in again', async () => {
    const client = new ConsoleClient(c.url);
    await client.signIn();
    const page = await client.get('/postes');
    expect(page.text).toContain('name="passphrase"');
  });

  it('[O3] an upload without a session is not read: the sign-in asks to choose the file again', async () => {
    const client = new ConsoleClient(c.url);
    const csrf = await client.csrfOf('/connexion');
    const res = await client.upload('/lot', '/connexion', JSON.stringify({ kind: 'relais.event-bundle' }), { csrf });
    expect(res.status).toBe(401);
    expect(textOf(res.text)).toContain('choisissez le fichier à nouveau');
    expect(res.text).toContain('name="suite" value="/lot"');
    expect((await auditLines(c.server.dataDir)).some((l) => l.route.endsWith(':import'))).toBe(false);
  });

  it('[O10] a file over the upload limit is refused with a French page', async () => {
    // The other tests here end sessions at once; this one needs a console whose session lasts.
    const big = await startConsoleServer({ uploadMaxBytes: 1024 });
    try {
      const client = new ConsoleClient(big.url);
      await client.signIn();
      const res = await client.upload('/lot', '/lot', JSON.stringify({ filler: 'x'.repeat(4096) }));
      expect(res.status).toBe(413);
      expect(textOf(res.text)).toContain('Ce fichier est trop gros');
    } finally {
      await big.stop();
    }
  });

  it('[O5] every page carries a strict CSP and no inline script or style', async () => {
    for (const path of ['/connexion', '/nulle-part', '/console.css']) {
      const res = await fetch(`${c.url}${path}`);
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      );
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cache-control')).toBe('no-store');
      const text = await res.text();
      expect(text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(text).not.toMatch(/\sstyle=|<style/);
    }
  });
});
