import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { ConsoleAuthLimits } from '../../../sync-server/src/console/console-auth';
import { buildConsole } from '../../../sync-server/src/console/console-server';
import { setOperatorPassphrase } from '../../../sync-server/src/console/operator-passphrase';
import { startSyncServer, type TestServer } from './sync-server';

export const TEST_PASSPHRASE = 'un chemin de halage tranquille';

export interface ConsoleUnderTest {
  url: string;
  console: FastifyInstance;
  server: TestServer;
  stop(): Promise<void>;
}

/** The real sync server and its console, each on its own free loopback port; the passphrase set unless `passphrase: false`. */
export async function startConsoleServer(
  o: { passphrase?: string | false; limits?: Partial<ConsoleAuthLimits>; uploadMaxBytes?: number } = {},
): Promise<ConsoleUnderTest> {
  const server = await startSyncServer();
  if (o.passphrase !== false) await setOperatorPassphrase(server.dataDir, o.passphrase ?? TEST_PASSPHRASE);
  const app = await buildConsole({
    admin: server.admin,
    audit: server.app.relais.backend.audit,
    dataDir: server.dataDir,
    host: '127.0.0.1',
    limits: o.limits,
    uploadMaxBytes: o.uploadMaxBytes,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    console: app,
    server,
    async stop() {
      await app.close();
      await server.stop();
    },
  };
}

export interface Page {
  status: number;
  headers: Headers;
  text: string;
}

/** A browser as far as the console can tell: it keeps cookies, follows redirects itself and posts forms with their CSRF token. */
export class ConsoleClient {
  readonly cookies = new Map<string, string>();
  constructor(readonly url: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Page> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(`${this.url}${path}`, { ...init, headers, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const page = { status: res.status, headers: res.headers, text: await res.text() };
    if (res.status === 303 || res.status === 302) return this.request(res.headers.get('location') as string);
    return page;
  }

  get(path: string): Promise<Page> {
    return this.request(path);
  }

  /** The CSRF token of the first form on `path`'s page. */
  async csrfOf(path: string): Promise<string> {
    const page = await this.get(path);
    const m = /name="_csrf" value="([^"]+)"/.exec(page.text);
    if (!m) throw new Error(`no CSRF token on ${path} (${page.status}): ${page.text.slice(0, 300)}`);
    return m[1] as string;
  }

  /** Posts a form the way a browser does, with the token of the page it was on (unless `csrf` is given). */
  async post(path: string, fields: Record<string, string>, o: { from?: string; csrf?: string | null } = {}): Promise<Page> {
    const csrf = o.csrf === undefined ? await this.csrfOf(o.from ?? path) : o.csrf;
    const body = new URLSearchParams(csrf === null ? fields : { _csrf: csrf, ...fields });
    return this.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  }

  /** Uploads a file through a multipart form, as a file input sends it. */
  async upload(path: string, from: string, content: string, o: { filename?: string; csrf?: string } = {}): Promise<Page> {
    const form = new FormData();
    form.set('_csrf', o.csrf ?? (await this.csrfOf(from)));
    form.set('file', new Blob([content], { type: 'application/json' }), o.filename ?? 'fichier.json');
    return this.request(path, { method: 'POST', body: form });
  }

  async signIn(passphrase = TEST_PASSPHRASE): Promise<Page> {
    return this.post('/connexion', { passphrase, suite: '/', garder: '{}' });
  }
}

/** The visible text of an HTML page, tags removed and entities of our escaper undone, for plain assertions. */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
