import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { parseTtlMinutes } from '../cli-args';
import { OperatorError } from '../errors';
import { auditAction, type ConsoleDeps, formText, isUnconfirmedNewSite, requireSession, sendSignedIn } from './console-context';
import { csrfField, field, formatDate, message, newSiteConfirm } from './console-layout';
import { S } from './console-strings';
import { html, type SafeHtml } from './html';

interface CodeForm {
  site?: string;
  role?: string;
  ttl?: string;
}

function codeForm(csrf: string, v: CodeForm, errors: { site?: string; ttl?: string; form?: string; newSite?: boolean } = {}): SafeHtml {
  const role = v.role === 'trainer' ? 'trainer' : 'terminal';
  const radio = (value: string, label: string) =>
    html`<label class="radio"><input type="radio" name="role" value="${value}"${role === value ? html` checked` : ''}> ${label}</label>`;
  return html`<p>${S.codes.intro}</p>
${errors.form ? message('error', errors.form) : ''}
<form method="post" action="/codes">
${csrfField(csrf)}
${field({ name: 'site', label: S.codes.site, help: S.codes.siteHelp, value: v.site, error: errors.site, required: true })}
${newSiteConfirm(v.site, errors.newSite === true)}
<fieldset><legend>${S.codes.role}</legend>${radio('terminal', S.codes.roleTerminal)}${radio('trainer', S.codes.roleTrainer)}</fieldset>
${field({ name: 'ttl', label: S.codes.ttl, help: S.codes.ttlHelp, value: v.ttl ?? '60', error: errors.ttl, type: 'number', extra: html` min="1" max="10080"` })}
<div><button type="submit">${S.codes.submit}</button></div>
</form>`;
}

export function registerEnrolRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const guard = requireSession(deps);

  app.get('/codes', { preHandler: guard }, async (req, reply) => {
    const csrf = reply.generateCsrf();
    return sendSignedIn(reply, 200, { title: S.codes.title, current: '/codes', body: codeForm(csrf, req.query as CodeForm) }, csrf);
  });

  app.post('/codes', { preHandler: [guard, app.csrfProtection] }, async (req, reply) => {
    const started = performance.now();
    const f = formText(req.body);
    const again = (status: number, errors: Parameters<typeof codeForm>[2]) => {
      const csrf = reply.generateCsrf();
      return sendSignedIn(reply, status, { title: S.codes.title, current: '/codes', body: codeForm(csrf, f, errors) }, csrf);
    };
    if (!f.site) return again(400, { site: S.required(S.codes.site), form: S.fixErrors });
    let ttl: number | undefined;
    try {
      ttl = parseTtlMinutes(f.ttl || undefined);
    } catch (e) {
      if (!(e instanceof OperatorError)) throw e;
      return again(400, { ttl: S.codes.badTtl, form: S.fixErrors });
    }
    if (await isUnconfirmedNewSite(deps, f.site, f.nouveauSite)) return again(400, { form: S.fixErrors, newSite: true });
    let made: Awaited<ReturnType<typeof deps.admin.enrol>>;
    try {
      made = await deps.admin.enrol(f.site, f.role ?? '', ttl);
    } catch (e) {
      if (!(e instanceof OperatorError)) throw e;
      auditAction(deps, req, 'code', { status: 400, site: f.site.slice(0, 40), reason: e.message, started });
      return again(400, { form: e.message });
    }
    auditAction(deps, req, 'code', { status: 200, site: made.siteId, started });
    const id = randomBytes(9).toString('base64url');
    const sheets = req.consoleSheets;
    // A session keeps its last 100 sheets: enough for a morning of enrolments, bounded in memory.
    if (sheets && sheets.size >= 100) sheets.delete(sheets.keys().next().value as string);
    sheets?.set(id, { code: made.code, siteId: made.siteId, role: made.role, expiresAt: made.expiresAt });
    return sendSignedIn(reply, 201, {
      title: S.codes.made,
      current: '/codes',
      body: html`${message('ok', S.codes.once)}
<dl class="made">
<dt>${S.codes.code}</dt><dd><strong class="code" data-code>${made.code}</strong></dd>
<dt>${S.codes.forSite}</dt><dd>${made.siteId}</dd>
<dt>${S.codes.forRole}</dt><dd>${S.roles[made.role]}</dd>
<dt>${S.codes.expires}</dt><dd>${formatDate(made.expiresAt)}</dd>
</dl>
<p><a class="button" href="/codes/${id}/fiche">${S.codes.openSheet}</a> <a class="button secondary" href="/codes">${S.codes.another}</a></p>`,
    });
  });

  app.get('/codes/:id/fiche', { preHandler: guard }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const sheet = req.consoleSheets?.get(id);
    if (sheet && Date.parse(sheet.expiresAt) <= Date.now()) req.consoleSheets?.delete(id);
    if (!sheet || Date.parse(sheet.expiresAt) <= Date.now()) {
      return sendSignedIn(reply, 404, {
        title: S.sheet.title,
        current: '/codes',
        body: html`${message('error', S.codes.sheetGone)}<p><a href="/codes">${S.codes.another}</a></p>`,
      });
    }
    return sendSignedIn(reply, 200, {
      title: S.sheet.title,
      current: '/codes',
      body: html`<div class="sheet">
<p>${S.codes.code}</p>
<strong class="code" data-code>${sheet.code}</strong>
<dl>
<dt>${S.codes.forSite}</dt><dd>${sheet.siteId}</dd>
<dt>${S.codes.forRole}</dt><dd>${S.roles[sheet.role]}</dd>
<dt>${S.codes.expires}</dt><dd>${formatDate(sheet.expiresAt)}</dd>
</dl>
<h2>${S.sheet.steps}</h2>
<ol><li>${S.sheet.step1}</li><li>${S.sheet.step2}</li><li>${S.sheet.step3}</li><li>${S.sheet.step4}</li></ol>
<p><strong>${S.sheet.warning}</strong></p>
</div>
<p class="no-print"><button type="button" data-print hidden>${S.sheet.print}</button> <a class="button secondary" href="/codes">${S.sheet.back}</a></p>`,
    });
  });
}
