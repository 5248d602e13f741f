import type { FastifyReply, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { Slug } from '../../../src/domain/records/ids';
import type { AdminService } from '../admin/admin.service';
import type { AuditLog } from '../gateway/audit-log';
import type { AuditQuery } from './audit-query';
import type { ConsoleAuth, EnrolSheet } from './console-auth';
import { layout, type PageInput } from './console-layout';
import { S } from './console-strings';
import { loginPage } from './login-page';

/** What every console route works with: the operator's service (the one implementation of every action), the audit log, the sessions. */
export interface ConsoleDeps {
  admin: AdminService;
  audit: AuditLog;
  query: AuditQuery;
  auth: ConsoleAuth;
  dataDir: string;
}

export const SESSION_COOKIE = 'relais_console';

declare module 'fastify' {
  interface FastifyRequest {
    consoleSheets?: Map<string, EnrolSheet>;
  }
}

export function sendPage(reply: FastifyReply, status: number, page: PageInput): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(layout(page));
}

/** A signed-in page: the nav and a fresh CSRF token for its forms. */
export function sendSignedIn(
  reply: FastifyReply,
  status: number,
  page: Omit<PageInput, 'csrf'>,
  csrf = reply.generateCsrf(),
): FastifyReply {
  return sendPage(reply, status, { ...page, csrf });
}

/** [O6] One audit line per console action, in the gateway's audit log ([G6]). */
export function auditAction(
  deps: ConsoleDeps,
  req: FastifyRequest,
  action: string,
  o: { status: number; site?: string | null; device?: string | null; reason?: string; started?: number },
): void {
  deps.audit.write({
    at: new Date().toISOString(),
    ip: req.ip,
    device: o.device ?? null,
    site: o.site ?? null,
    method: 'CONSOLE',
    route: `console:${action}`,
    db: null,
    status: o.status,
    accepted: 0,
    refused: 0,
    reasons: o.reason ? [{ id: action, reason: o.reason.slice(0, 300) }] : [],
    ms: o.started === undefined ? 0 : Math.round(performance.now() - o.started),
  });
}

/**
 * Sites exist only through their devices; a site no device belongs to is new, or a typo. The
 * operator confirms it by ticking a box that names it (so a changed site name needs a new tick).
 */
export async function isUnconfirmedNewSite(deps: ConsoleDeps, site: string, confirmed: string | undefined): Promise<boolean> {
  // A malformed id is AdminService's to refuse, with its own message.
  if (confirmed === site || !v.is(Slug, site)) return false;
  return !(await deps.admin.devices()).some((d) => d.siteId === site);
}

/** The text fields of a posted form (urlencoded or multipart), trimmed and bounded; files are left out. */
export function formText(body: unknown): Record<string, string> {
  // No prototype: a field named `__proto__` is just a field.
  const out: Record<string, string> = Object.create(null);
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string' && Object.hasOwn(body, k)) out[k] = v.trim().slice(0, 10_000);
  return out;
}

/** The pages a sign-in may send back to: nothing else, so `suite` can never point outside the console. */
const RESUMABLE = /^\/(codes|postes(\/[a-z0-9-]{1,60}\/revoquer)?|cles|lot|contenu|journal|sites)?$/;
export const resumablePath = (path: string) => (RESUMABLE.test(path) ? path : '/');

/**
 * [O3] Every page but the sign-in needs a live session. A page asked for without one goes to the
 * sign-in, which comes back to it; a form posted without one is shown the sign-in with what was
 * typed kept (nothing is done, and nothing is lost but a chosen file).
 */
export function requireSession(deps: ConsoleDeps) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const session = deps.auth.session(req.cookies[SESSION_COOKIE]);
    if (session) {
      req.consoleSheets = session.sheets;
      return;
    }
    const path = req.url.split('?')[0] ?? '/';
    if (req.method === 'GET') {
      const suite = resumablePath(path) + (req.url.includes('?') ? `?${req.url.split('?')[1]}` : '');
      return reply.redirect(`/connexion?suite=${encodeURIComponent(suite)}`, 303);
    }
    const isFile = (req.headers['content-type'] ?? '').startsWith('multipart/');
    const kept = isFile ? {} : formText(req.body);
    delete kept._csrf;
    return sendPage(
      reply,
      401,
      await loginPage(deps, reply, {
        notice: isFile ? S.login.expiredFile : S.login.expired,
        suite: resumablePath(path.replace(/\/(publier|exporter)$/, '')),
        kept,
      }),
    );
  };
}
