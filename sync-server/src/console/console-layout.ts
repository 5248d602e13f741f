import { S } from './console-strings';
import { html, type SafeHtml } from './html';

export interface PageInput {
  title: string;
  body: SafeHtml;
  /** The nav entry to mark as current; none on the sign-in page. */
  current?: string;
  /** Present when signed in: the nav and its sign-out form are shown. */
  csrf?: string;
}

/** The console's pages, in the navigation's order. */
export const NAV: [path: string, label: string][] = [
  ['/', S.nav.home],
  ['/codes', S.nav.codes],
  ['/postes', S.nav.devices],
  ['/cles', S.nav.keys],
  ['/lot', S.nav.import],
  ['/contenu', S.nav.content],
  ['/journal', S.nav.audit],
  ['/sites', S.nav.sites],
];

export function layout(p: PageInput): string {
  const nav =
    p.csrf !== undefined
      ? html`<nav aria-label="${S.nav.label}"><ul>
${NAV.map(([path, label]) => html`<li><a href="${path}"${p.current === path ? html` aria-current="page"` : ''}>${label}</a></li>`)}
<li><form method="post" action="/deconnexion"><input type="hidden" name="_csrf" value="${p.csrf}"><button type="submit">${S.nav.logout}</button></form></li>
</ul></nav>`
      : '';
  return html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} — ${S.appName}</title>
<link rel="stylesheet" href="/console.css">
<script src="/console.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${S.skip}</a>
<header><div class="brand">${S.appName}</div>${nav}</header>
<main id="main">
<h1>${p.title}</h1>
${p.body}
</main>
</body>
</html>`.text;
}

export function message(kind: 'ok' | 'error' | 'info', text: string | SafeHtml): SafeHtml {
  return html`<div class="message ${kind === 'info' ? '' : kind}" role="${kind === 'error' ? 'alert' : 'status'}">${text}</div>`;
}

export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

interface FieldInput {
  name: string;
  label: string;
  value?: string;
  help?: string;
  error?: string;
  type?: 'text' | 'password' | 'number' | 'date';
  required?: boolean;
  autocomplete?: string;
  extra?: SafeHtml;
}

/** A labelled input; its help and error are tied to it for screen readers. */
export function field(f: FieldInput): SafeHtml {
  const id = `f-${f.name}`;
  const described = [f.help ? `${id}-help` : '', f.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<label for="${id}">${f.label}${f.help ? html`<span class="help" id="${id}-help">${f.help}</span>` : ''}</label>
${f.error ? html`<p class="field-error" id="${id}-error">${f.error}</p>` : ''}
<input type="${f.type ?? 'text'}" id="${id}" name="${f.name}" value="${f.value ?? ''}"${f.required ? html` required` : ''}${described ? html` aria-describedby="${described}"` : ''}${f.error ? html` aria-invalid="true"` : ''}${f.autocomplete ? html` autocomplete="${f.autocomplete}"` : ''}${f.extra ?? ''}>`;
}

export function fileField(name: string, label: string): SafeHtml {
  return html`<label for="f-${name}">${label}</label><input type="file" id="f-${name}" name="${name}" accept=".json,application/json" required>`;
}

export const formatDate = (iso: string) => new Date(iso).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/** The box an operator ticks to confirm a site that has no device yet (a typo would make a new site). */
export function newSiteConfirm(site: string | undefined, shown: boolean): SafeHtml {
  if (!shown || !site) return html``;
  return html`<p class="field-error" id="f-site-new">${S.newSite.warning(site)}</p>
<label class="radio"><input type="checkbox" name="nouveauSite" value="${site}" aria-describedby="f-site-new"> ${S.newSite.confirm(site)}</label>`;
}
