import type { FastifyInstance } from 'fastify';
import { type AuditAction, type AuditFilter, actionOf, FILTER_ACTIONS, isSuccess } from './audit-query';
import { type ConsoleDeps, requireSession, sendSignedIn } from './console-context';
import { field, formatDate, message, NAV } from './console-layout';
import { S } from './console-strings';
import { bySite } from './device.routes';
import { html } from './html';

const PER_PAGE = 50;

/** `2026-12-31` as the server's local midnight; undefined for anything else. */
function localDay(text: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 ? d.getTime() : undefined;
}

interface JournalQuery {
  site?: string;
  device?: string;
  action?: string;
  from?: string;
  to?: string;
  result?: string;
  page?: string;
}

export function registerReadRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const guard = requireSession(deps);

  app.get('/', { preHandler: guard }, async (_req, reply) => {
    const [devices, overview] = await Promise.all([deps.admin.devices(), deps.query.syncOverview()]);
    const rows = [...bySite(devices)].map(([site, list]) => {
      const last = list
        .map((d) => overview.lastByDevice.get(d.deviceId) ?? '')
        .sort()
        .at(-1);
      return html`<tr><th scope="row"><a href="/sites#site-${site}">${site}</a></th><td>${list.filter((d) => !d.revokedAt).length}</td><td>${last ? formatDate(last) : S.home.never}</td></tr>`;
    });
    // The home lists the other pages; each site's last syncs are in its own table below.
    const links = NAV.filter(([path]) => path !== '/' && path !== '/sites');
    return sendSignedIn(reply, 200, {
      title: S.home.title,
      current: '/',
      body: html`<h2>${S.home.intro}</h2><ul>${links.map(([p, l]) => html`<li><a href="${p}">${l}</a></li>`)}</ul>
<h2>${S.home.sites}</h2>
${rows.length ? html`<table><thead><tr><th scope="col">${S.home.site}</th><th scope="col">${S.home.active}</th><th scope="col">${S.home.lastSync}</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p>${S.home.none}</p>`}`,
    });
  });

  app.get('/journal', { preHandler: guard }, async (req, reply) => {
    const q = req.query as JournalQuery;
    const filter: AuditFilter = {};
    const errors: string[] = [];
    if (q.site) filter.site = q.site.trim().slice(0, 60);
    if (q.device) filter.device = q.device.trim().slice(0, 60);
    if (q.action && (FILTER_ACTIONS as string[]).includes(q.action)) filter.action = q.action as AuditAction;
    if (q.result === 'ok' || q.result === 'refused') filter.result = q.result;
    for (const k of ['from', 'to'] as const) {
      if (!q[k]) continue;
      const day = localDay(q[k]);
      if (day === undefined) errors.push(S.audit.badDate);
      // "Au 31" means the whole of the 31st.
      else filter[k] = k === 'to' ? day + 24 * 3600_000 : day;
    }
    const page = Math.max(1, Math.min(100_000, Number.parseInt(q.page ?? '1', 10) || 1));
    const { total, entries } = await deps.query.page(filter, page, PER_PAGE);
    const pages = Math.max(1, Math.ceil(total / PER_PAGE));
    const link = (p: number) => {
      const params = new URLSearchParams(
        Object.entries({ ...q, page: String(p) }).filter(([, v]) => typeof v === 'string' && v !== '') as [string, string][],
      );
      return `/journal?${params}`;
    };
    const select = (name: string, label: string, options: [string, string][], value: string | undefined) =>
      html`<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}">${options.map(([v, l]) => html`<option value="${v}"${v === (value ?? '') ? html` selected` : ''}>${l}</option>`)}</select></div>`;
    const rows = entries.map((e) => {
      const ok = isSuccess(e);
      const reasons = e.reasons
        .slice(0, 3)
        .map((r) => `${r.id} : ${r.reason}`)
        .join(' ; ');
      return html`<tr><td>${formatDate(e.at)}</td><td>${S.actions[actionOf(e)] ?? e.route}<br><code>${e.method} ${e.route}</code></td><td>${e.site ?? '—'}</td><td>${e.device ?? e.claimed ?? '—'}</td>
<td>${ok ? S.audit.ok : S.audit.refused} (${e.status})</td><td>${e.accepted} / ${e.refused}</td><td>${reasons}</td></tr>`;
    });
    return sendSignedIn(reply, errors.length ? 400 : 200, {
      title: S.audit.title,
      current: '/journal',
      body: html`<p>${S.audit.intro}</p>
${errors.length ? message('error', errors[0] as string) : ''}
<form method="get" action="/journal"><fieldset><legend>${S.audit.filters}</legend><div class="filters">
<div>${field({ name: 'site', label: S.audit.site, value: q.site })}</div>
<div>${field({ name: 'device', label: S.audit.device, value: q.device })}</div>
${select('action', S.audit.action, [['', S.audit.any], ...FILTER_ACTIONS.map((a): [string, string] => [a, S.actions[a] ?? a])], q.action)}
<div>${field({ name: 'from', label: S.audit.from, value: q.from, type: 'date' })}</div>
<div>${field({ name: 'to', label: S.audit.to, value: q.to, type: 'date' })}</div>
${select(
  'result',
  S.audit.result,
  [
    ['', S.audit.any],
    ['ok', S.audit.ok],
    ['refused', S.audit.refused],
  ],
  q.result,
)}
</div><button type="submit">${S.audit.apply}</button> <a class="button secondary" href="/journal">${S.audit.reset}</a></fieldset></form>
<p role="status">${S.audit.total(total)} — ${S.audit.page(Math.min(page, pages), pages)}</p>
${
  rows.length
    ? html`<table><thead><tr><th scope="col">${S.audit.at}</th><th scope="col">${S.audit.what}</th><th scope="col">${S.audit.site}</th><th scope="col">${S.audit.device}</th><th scope="col">${S.audit.status}</th><th scope="col">${S.audit.counts}</th><th scope="col">${S.audit.details}</th></tr></thead><tbody>${rows}</tbody></table>`
    : html`<p>${S.audit.none}</p>`
}
<nav class="pager" aria-label="${S.audit.page(page, pages)}">${page > 1 ? html`<a href="${link(page - 1)}" rel="prev">${S.audit.prev}</a>` : ''}${page < pages ? html`<a href="${link(page + 1)}" rel="next">${S.audit.next}</a>` : ''}</nav>`,
    });
  });

  app.get('/sites', { preHandler: guard }, async (_req, reply) => {
    const [devices, overview] = await Promise.all([deps.admin.devices(), deps.query.syncOverview()]);
    const sites = [...new Set([...devices.map((d) => d.siteId), ...overview.recentBySite.keys()])].sort();
    const sections = sites.map((site) => {
      const runs = overview.recentBySite.get(site) ?? [];
      return html`<section aria-labelledby="site-${site}"><h2 id="site-${site}">${S.home.site} ${site}</h2>
${
  runs.length
    ? html`<table><caption>${S.sites.recent}</caption><thead><tr><th scope="col">${S.devices.device}</th><th scope="col">${S.audit.at}</th><th scope="col">${S.sites.sent}</th><th scope="col">${S.audit.refused}</th><th scope="col">${S.audit.status}</th></tr></thead>
<tbody>${runs.map((r) => html`<tr><td><code>${r.device}</code></td><td>${formatDate(r.end)}</td><td>${r.accepted}</td><td>${r.refused}</td><td>${r.errors ? S.sites.errors(r.errors) : S.audit.ok}</td></tr>`)}</tbody></table>`
    : html`<p>${S.sites.noSync}</p>`
}</section>`;
    });
    return sendSignedIn(reply, 200, {
      title: S.sites.title,
      current: '/sites',
      body: html`<p>${S.sites.intro}</p>${sections.length ? sections : html`<p>${S.sites.none}</p>`}`,
    });
  });
}
