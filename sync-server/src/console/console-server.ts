import { randomBytes } from 'node:crypto';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AdminService } from '../admin/admin.service';
import type { AuditLog } from '../gateway/audit-log';
import { AuditQuery } from './audit-query';
import { registerAuthRoutes } from './auth.routes';
import { ConsoleAuth, CONSOLE_AUTH_LIMITS, type ConsoleAuthLimits } from './console-auth';
import type { ConsoleDeps } from './console-context';
import { sendPage } from './console-context';
import { S } from './console-strings';
import { CONSOLE_CSS, CONSOLE_JS } from './console-styles';
import { html } from './html';
import { registerDeviceRoutes } from './device.routes';
import { registerEnrolRoutes } from './enrol.routes';
import { registerFileRoutes } from './file.routes';
import { registerKeyRoutes } from './key.routes';
import { registerReadRoutes } from './read.routes';

export interface ConsoleOptions {
  admin: AdminService;
  audit: AuditLog;
  dataDir: string;
  /** The address the console listens on; with a loopback address, only a loopback Host header is served ([O1]). */
  host: string;
  auditFiles?: number;
  /** Tests shorten the lockout and the session times. */
  limits?: Partial<ConsoleAuthLimits>;
  /** The largest file an upload takes (50 MB). */
  uploadMaxBytes?: number;
}

export const UPLOAD_MAX_BYTES = 50 * 1024 * 1024;

/** [O5] Stricter than the app's: no script but the console's own file, no frame, forms only to itself. */
const CONSOLE_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

export const isLoopback = (host: string) => host === '127.0.0.1' || host === '::1' || host === 'localhost' || host.startsWith('127.');

/** The operator console: its own fastify instance, for its own listener, never mounted on the sync gateway. */
export async function buildConsole(o: ConsoleOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 256 * 1024 });
  const deps: ConsoleDeps = {
    admin: o.admin,
    audit: o.audit,
    query: new AuditQuery(o.audit, o.auditFiles),
    auth: new ConsoleAuth({ ...CONSOLE_AUTH_LIMITS, ...o.limits }),
    dataDir: o.dataDir,
  };
  const loopbackOnly = isLoopback(o.host);
  app.addHook('onRequest', async (req, reply) => {
    reply.headers(CONSOLE_HEADERS);
    // [O1] DNS rebinding: a page elsewhere whose name points at 127.0.0.1 sends its own Host; refuse it.
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (loopbackOnly && !['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
      return reply.code(421).type('text/plain; charset=utf-8').send(S.badHost);
    }
  });
  await app.register(cookie, { secret: randomBytes(32).toString('base64') });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'relais_console_csrf',
    cookieOpts: { httpOnly: true, sameSite: 'strict', path: '/', signed: true },
    getToken: (req) => {
      const t = (req.body as Record<string, unknown> | undefined)?._csrf;
      return typeof t === 'string' ? t : undefined;
    },
  });
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: o.uploadMaxBytes ?? UPLOAD_MAX_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024 },
  });

  app.setErrorHandler((error: { code?: string; statusCode?: number }, _req, reply) => {
    if (error.code?.startsWith('FST_CSRF')) {
      return sendPage(reply, 403, { title: S.csrf.title, body: html`<p>${S.csrf.body}</p><p><a href="/">${S.notFound.back}</a></p>` });
    }
    if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.statusCode === 413) {
      return sendPage(reply, 413, { title: S.error.title, body: html`<p>${S.files.tooBig}</p><p><a href="/">${S.notFound.back}</a></p>` });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendPage(reply, error.statusCode, {
        title: S.error.title,
        body: html`<p>${S.error.badRequest}</p><p><a href="/">${S.notFound.back}</a></p>`,
      });
    }
    // Unexpected: shown once on the server's console, and as a plain French page to the operator.
    console.error(error);
    return sendPage(reply, 500, { title: S.error.title, body: html`<p>${S.error.body}</p><p><a href="/">${S.notFound.back}</a></p>` });
  });
  app.setNotFoundHandler((_req, reply) =>
    sendPage(reply, 404, { title: S.notFound.title, body: html`<p>${S.notFound.body}</p><p><a href="/">${S.notFound.back}</a></p>` }),
  );

  app.get('/console.css', (_req, reply) => reply.type('text/css; charset=utf-8').send(CONSOLE_CSS));
  app.get('/console.js', (_req, reply) => reply.type('text/javascript; charset=utf-8').send(CONSOLE_JS));
  registerAuthRoutes(app, deps);
  registerEnrolRoutes(app, deps);
  registerDeviceRoutes(app, deps);
  registerKeyRoutes(app, deps);
  registerFileRoutes(app, deps);
  registerReadRoutes(app, deps);
  return app;
}
