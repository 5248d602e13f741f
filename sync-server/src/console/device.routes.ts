import type { FastifyInstance } from 'fastify';
import { OperatorError } from '../errors';
import { auditAction, type ConsoleDeps, requireSession, sendSignedIn } from './console-context';
import { csrfField, formatDate, message } from './console-layout';
import { S } from './console-strings';
import { html } from './html';

type Device = Awaited<ReturnType<ConsoleDeps['admin']['devices']>>[number];

export function bySite<T extends { siteId: string }>(list: T[]): Map<string, T[]> {
  const sites = new Map<string, T[]>();
  for (const d of [...list].sort((a, b) => a.siteId.localeCompare(b.siteId))) sites.set(d.siteId, [...(sites.get(d.siteId) ?? []), d]);
  return sites;
}

export function registerDeviceRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const guard = requireSession(deps);
  const find = async (id: string): Promise<Device | undefined> => (await deps.admin.devices()).find((d) => d.deviceId === id);

  app.get('/postes', { preHandler: guard }, async (req, reply) => {
    const revoked = (req.query as { revoque?: string }).revoque;
    const [devices, overview] = await Promise.all([deps.admin.devices(), deps.query.syncOverview()]);
    const tables = [...bySite(devices)].map(
      ([site, list]) => html`<h2>${S.home.site} ${site}</h2>
<table><thead><tr><th scope="col">${S.devices.device}</th><th scope="col">${S.devices.role}</th><th scope="col">${S.devices.enrolled}</th><th scope="col">${S.devices.lastSync}</th><th scope="col">${S.devices.state}</th></tr></thead>
<tbody>${list.map((d) => {
        const last = overview.lastByDevice.get(d.deviceId);
        return html`<tr><th scope="row"><code>${d.deviceId}</code></th><td>${S.roles[d.role] ?? d.role}</td><td>${formatDate(d.enrolledAt)}</td><td>${last ? formatDate(last) : S.home.never}</td>
<td>${d.revokedAt ? html`<span class="revoked">${S.devices.revokedOn(formatDate(d.revokedAt))}</span>` : html`${S.devices.active} — <a href="/postes/${d.deviceId}/revoquer" aria-label="${S.devices.revokeLabel(d.deviceId)}">${S.devices.revoke}</a>`}</td></tr>`;
      })}</tbody></table>`,
    );
    return sendSignedIn(reply, 200, {
      title: S.devices.title,
      current: '/postes',
      body: html`${revoked ? message('ok', S.devices.revoked(revoked)) : ''}<p>${S.devices.intro}</p>${devices.length ? tables : html`<p>${S.devices.none}</p>`}`,
    });
  });

  app.get('/postes/:id/revoquer', { preHandler: guard }, async (req, reply) => {
    const { id } = req.params as { id: string };
    const d = await find(id);
    if (!d || d.revokedAt) {
      return sendSignedIn(reply, d ? 200 : 404, {
        title: S.devices.confirmTitle,
        current: '/postes',
        body: html`${d ? message('ok', S.devices.revoked(id)) : message('error', S.devices.unknown(id))}<p><a href="/postes">${S.devices.cancel}</a></p>`,
      });
    }
    const csrf = reply.generateCsrf();
    return sendSignedIn(
      reply,
      200,
      {
        title: S.devices.confirmTitle,
        current: '/postes',
        body: html`<p>${S.devices.confirmText(d.deviceId, d.siteId)}</p>
<form method="post" action="/postes/${d.deviceId}/revoquer">${csrfField(csrf)}
<button type="submit" class="danger">${S.devices.confirm}</button> <a class="button secondary" href="/postes">${S.devices.cancel}</a></form>`,
      },
      csrf,
    );
  });

  app.post('/postes/:id/revoquer', { preHandler: [guard, app.csrfProtection] }, async (req, reply) => {
    const started = performance.now();
    const { id } = req.params as { id: string };
    const d = await find(id);
    try {
      await deps.admin.revoke(id);
    } catch (e) {
      if (!(e instanceof OperatorError)) throw e;
      auditAction(deps, req, 'revoke', { status: 404, device: id.slice(0, 60), reason: e.message, started });
      return sendSignedIn(reply, 404, {
        title: S.devices.confirmTitle,
        current: '/postes',
        body: html`${message('error', S.devices.unknown(id))}<p><a href="/postes">${S.devices.cancel}</a></p>`,
      });
    }
    auditAction(deps, req, 'revoke', { status: 200, device: id, site: d?.siteId, started });
    return reply.redirect(`/postes?revoque=${encodeURIComponent(id)}`, 303);
  });
}
