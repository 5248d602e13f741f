import type { FastifyInstance } from 'fastify';
import { auditAction, type ConsoleDeps, formText, resumablePath, SESSION_COOKIE, sendPage } from './console-context';
import { S } from './console-strings';
import { keptQuery, keptValues, loginPage } from './login-page';
import { checkOperatorPassphrase } from './operator-passphrase';

export function registerAuthRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  app.get('/connexion', async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const suite = q.suite ?? '/';
    const [path, query] = suite.split('?');
    const notice = q.sortie !== undefined ? S.login.loggedOut : undefined;
    return sendPage(reply, 200, await loginPage(deps, reply, { suite: resumablePath(path ?? '/') + (query ? `?${query}` : ''), notice }));
  });

  app.post('/connexion', { preHandler: app.csrfProtection }, async (req, reply) => {
    const started = performance.now();
    const f = formText(req.body);
    const [path, query] = (f.suite ?? '/').split('?');
    const suite = resumablePath(path ?? '/');
    const kept = keptValues(f.garder);
    const back = async (error: string, status: number) => sendPage(reply, status, await loginPage(deps, reply, { suite, error, kept }));
    if (deps.auth.lockedUntil()) {
      auditAction(deps, req, 'login', { status: 429, reason: 'connexion bloquée', started });
      return back('', 429);
    }
    const check = await checkOperatorPassphrase(deps.dataDir, (req.body as Record<string, unknown>)?.passphrase?.toString() ?? '');
    if (check === 'not-set') return back('', 401);
    if (check === 'wrong') {
      const left = deps.auth.recordFailure();
      auditAction(deps, req, 'login', {
        status: left > 0 ? 401 : 429,
        reason: left > 0 ? 'phrase de passe incorrecte' : 'phrase de passe incorrecte, connexion bloquée',
        started,
      });
      return back(S.login.wrong(left), left > 0 ? 401 : 429);
    }
    const token = deps.auth.open();
    auditAction(deps, req, 'login', { status: 200, started });
    reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/' });
    return reply.redirect(`${suite}${keptQuery(kept) || (query ? `?${query}` : '')}`, 303);
  });

  app.post('/deconnexion', { preHandler: app.csrfProtection }, async (req, reply) => {
    deps.auth.close(req.cookies[SESSION_COOKIE]);
    auditAction(deps, req, 'logout', { status: 200 });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/connexion?sortie', 303);
  });
}
