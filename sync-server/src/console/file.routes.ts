import type { FastifyInstance, FastifyReply } from 'fastify';
import { OperatorError } from '../errors';
import { auditAction, type ConsoleDeps, requireSession, sendSignedIn } from './console-context';
import { csrfField, fileField, message } from './console-layout';
import { S } from './console-strings';
import { html, type SafeHtml } from './html';

/** An uploaded JSON file: a typed refusal in the operator's words when it is absent or not JSON. */
export function readJsonUpload(body: unknown, name: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const file = (body as Record<string, unknown> | undefined)?.[name];
  const text = Buffer.isBuffer(file) ? file.toString('utf8') : typeof file === 'string' ? file : '';
  if (!text.trim()) return { ok: false, error: S.files.missing };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // Not JSON: the operator picked the wrong file; say so rather than the parser's message.
    return { ok: false, error: S.files.notJson };
  }
}

const REFUSED_SHOWN = 200;

export function registerFileRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const guard = requireSession(deps);
  // [O3] Multipart forms check the session before their body is read: no upload is taken from a stranger.
  const fileRoute = { onRequest: guard, preHandler: app.csrfProtection };

  const importPage = (reply: FastifyReply, status: number, extra: SafeHtml | string = '') => {
    const csrf = reply.generateCsrf();
    return sendSignedIn(
      reply,
      status,
      {
        title: S.importBundle.title,
        current: '/lot',
        body: html`${extra}<p>${S.importBundle.intro}</p>
<form method="post" action="/lot" enctype="multipart/form-data">${csrfField(csrf)}
${fileField('file', S.importBundle.file)}
<div><button type="submit">${S.importBundle.submit}</button></div></form>`,
      },
      csrf,
    );
  };

  app.get('/lot', { preHandler: guard }, async (_req, reply) => importPage(reply, 200));

  app.post('/lot', fileRoute, async (req, reply) => {
    const started = performance.now();
    const file = readJsonUpload(req.body, 'file');
    if (!file.ok) {
      auditAction(deps, req, 'import', { status: 400, reason: file.error, started });
      return importPage(reply, 400, message('error', file.error));
    }
    let report: Awaited<ReturnType<typeof deps.admin.importBundle>>;
    try {
      // The service writes the import's audit line ([X1]), marked as coming from the console.
      report = await deps.admin.importBundle(file.value, { ip: req.ip, route: 'console:import' });
    } catch (e) {
      if (!(e instanceof OperatorError)) throw e;
      auditAction(deps, req, 'import', { status: 400, reason: e.message, started });
      return importPage(reply, 400, message('error', e.message));
    }
    const shown = report.refused.slice(0, REFUSED_SHOWN);
    return importPage(
      reply,
      200,
      html`<section aria-labelledby="report-title"><h2 id="report-title">${S.importBundle.report}</h2>
${message(report.refused.length ? 'error' : 'ok', `${S.importBundle.accepted(report.accepted)} ${S.importBundle.refused(report.refused.length)}`)}
${
  shown.length
    ? html`<table><caption>${S.importBundle.refusedList}</caption><thead><tr><th scope="col">${S.importBundle.id}</th><th scope="col">${S.importBundle.reason}</th></tr></thead>
<tbody>${shown.map((r) => html`<tr><td><code>${r.id}</code></td><td>${r.reason}</td></tr>`)}</tbody></table>
${report.refused.length > shown.length ? html`<p>${S.importBundle.more(report.refused.length - shown.length)}</p>` : ''}`
    : ''
}</section>`,
    );
  });

  const contentPage = (reply: FastifyReply, status: number, extra: SafeHtml | string = '') => {
    const csrf = reply.generateCsrf();
    return sendSignedIn(
      reply,
      status,
      {
        title: S.content.title,
        current: '/contenu',
        body: html`${extra}<h2>${S.content.publishTitle}</h2><p>${S.content.publishIntro}</p>
<form method="post" action="/contenu/publier" enctype="multipart/form-data">${csrfField(csrf)}
${fileField('file', S.content.file)}
<div><button type="submit">${S.content.publish}</button></div></form>
<h2>${S.content.exportTitle}</h2><p>${S.content.exportIntro}</p>
<form method="post" action="/contenu/exporter">${csrfField(csrf)}<button type="submit">${S.content.export}</button></form>`,
      },
      csrf,
    );
  };

  app.get('/contenu', { preHandler: guard }, async (_req, reply) => contentPage(reply, 200));

  app.post('/contenu/publier', fileRoute, async (req, reply) => {
    const started = performance.now();
    const file = readJsonUpload(req.body, 'file');
    if (!file.ok) {
      auditAction(deps, req, 'publish', { status: 400, reason: file.error, started });
      return contentPage(reply, 400, message('error', file.error));
    }
    try {
      const r = await deps.admin.publishPack(file.value);
      auditAction(deps, req, 'publish', { status: 200, started });
      return contentPage(reply, 200, message('ok', S.content.published(r.hash.slice(0, 12), r.written, r.keyId)));
    } catch (e) {
      if (!(e instanceof OperatorError)) throw e;
      auditAction(deps, req, 'publish', { status: 400, reason: e.message, started });
      return contentPage(reply, 400, message('error', e.message));
    }
  });

  app.post('/contenu/exporter', { preHandler: [guard, app.csrfProtection] }, async (req, reply) => {
    const started = performance.now();
    try {
      const pack = await deps.admin.exportContent();
      auditAction(deps, req, 'export', { status: 200, started });
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="relais-contenu-${pack.hash.slice(0, 12)}.json"`)
        .send(JSON.stringify(pack));
    } catch (e) {
      if (!(e instanceof OperatorError)) throw e;
      auditAction(deps, req, 'export', { status: 400, reason: e.message, started });
      return contentPage(reply, 400, message('error', e.message));
    }
  });
}
