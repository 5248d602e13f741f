import type { FastifyInstance } from 'fastify';
import { keyFingerprint } from '../../../src/domain/trainer/trainer-vault';
import { OperatorError } from '../errors';
import { auditAction, type ConsoleDeps, formText, isUnconfirmedNewSite, requireSession, sendSignedIn } from './console-context';
import { csrfField, field, message, newSiteConfirm } from './console-layout';
import { S } from './console-strings';
import { html, type SafeHtml } from './html';

interface KeyForm {
  site?: string;
  nouveauSite?: string;
  keyId?: string;
  name?: string;
  publicKey?: string;
}

function keyForm(csrf: string, v: KeyForm, error?: string, missing: (keyof KeyForm)[] = [], newSite = false): SafeHtml {
  const err = (k: keyof KeyForm, label: string) => (missing.includes(k) ? S.required(label) : undefined);
  return html`<p>${S.keys.intro}</p>
${error ? message('error', error) : ''}
<form method="post" action="/cles">
${csrfField(csrf)}
${field({ name: 'site', label: S.keys.site, help: S.codes.siteHelp, value: v.site, required: true, error: err('site', S.keys.site) })}
${newSiteConfirm(v.site, newSite)}
${field({ name: 'keyId', label: S.keys.keyId, help: S.keys.keyIdHelp, value: v.keyId, required: true, error: err('keyId', S.keys.keyId) })}
${field({ name: 'name', label: S.keys.name, value: v.name, required: true, error: err('name', S.keys.name) })}
<label for="f-publicKey">${S.keys.publicKey}</label>
${missing.includes('publicKey') ? html`<p class="field-error" id="f-publicKey-error">${S.required(S.keys.publicKey)}</p>` : ''}
<textarea id="f-publicKey" name="publicKey" required spellcheck="false"${missing.includes('publicKey') ? html` aria-invalid="true" aria-describedby="f-publicKey-error"` : ''}>${v.publicKey ?? ''}</textarea>
<div><button type="submit">${S.keys.submit}</button></div>
</form>`;
}

export function registerKeyRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const guard = requireSession(deps);

  app.get('/cles', { preHandler: guard }, async (req, reply) => {
    const csrf = reply.generateCsrf();
    return sendSignedIn(reply, 200, { title: S.keys.title, current: '/cles', body: keyForm(csrf, req.query as KeyForm) }, csrf);
  });

  app.post('/cles', { preHandler: [guard, app.csrfProtection] }, async (req, reply) => {
    const started = performance.now();
    const f = formText(req.body) as KeyForm;
    // A key pasted from a message often carries line breaks or spaces: they are never part of base64.
    const publicKey = (f.publicKey ?? '').replace(/\s+/g, '');
    const again = (error: string, missing: (keyof KeyForm)[] = [], newSite = false) => {
      const csrf = reply.generateCsrf();
      return sendSignedIn(reply, 400, { title: S.keys.title, current: '/cles', body: keyForm(csrf, f, error, missing, newSite) }, csrf);
    };
    const missing = (['site', 'keyId', 'name', 'publicKey'] as const).filter((k) => !f[k]);
    if (missing.length) return again(S.fixErrors, missing);
    if (await isUnconfirmedNewSite(deps, f.site as string, f.nouveauSite)) return again(S.fixErrors, [], true);
    const input = { siteId: f.site as string, keyId: f.keyId as string, trainerName: f.name as string, publicKey };
    try {
      await deps.admin.registerTrainerKey(input);
    } catch (e) {
      if (!(e instanceof OperatorError)) throw e;
      auditAction(deps, req, 'key', { status: 400, site: input.siteId.slice(0, 40), reason: e.message, started });
      return again(e.message);
    }
    auditAction(deps, req, 'key', { status: 200, site: input.siteId, reason: undefined, started });
    return sendSignedIn(reply, 201, {
      title: S.keys.title,
      current: '/cles',
      body: html`${message('ok', S.keys.done(input.keyId, input.siteId))}
<h2>${S.keys.fingerprint}</h2>
<p class="fingerprint" data-fingerprint>${await keyFingerprint(publicKey)}</p>
<p>${S.keys.compare}</p>
<p><a class="button secondary" href="/cles">${S.keys.title}</a></p>`,
    });
  });
}
