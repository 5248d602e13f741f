import type { FastifyReply } from 'fastify';
import type { ConsoleDeps } from './console-context';
import { csrfField, formatDate, message, type PageInput } from './console-layout';
import { S } from './console-strings';
import { html } from './html';
import { hasOperatorPassphrase } from './operator-passphrase';

export interface LoginState {
  notice?: string;
  error?: string;
  /** Where to go once signed in. */
  suite: string;
  /** What the operator had typed in a form when his session ran out. */
  kept?: Record<string, string>;
}

export async function loginPage(deps: ConsoleDeps, reply: FastifyReply, st: LoginState): Promise<PageInput> {
  const title = S.login.title;
  if (!(await hasOperatorPassphrase(deps.dataDir))) {
    return {
      title,
      body: html`${message('error', S.login.noPassphrase)}<p>${S.login.howToSet}</p><p><code>${S.login.setCommand}</code></p><p>${S.login.thenReload}</p>`,
    };
  }
  const locked = deps.auth.lockedUntil();
  if (locked) return { title, body: message('error', S.login.locked(formatDate(new Date(locked).toISOString()))) };
  return {
    title,
    body: html`<p>${S.login.intro}</p>
${st.notice ? message('info', st.notice) : ''}
${st.error ? message('error', st.error) : ''}
<form method="post" action="/connexion">
${csrfField(reply.generateCsrf())}
<input type="hidden" name="suite" value="${st.suite}">
<input type="hidden" name="garder" value="${JSON.stringify(st.kept ?? {})}">
<label for="f-passphrase">${S.login.passphrase}</label>
<input type="password" id="f-passphrase" name="passphrase" required autocomplete="current-password" autofocus>
<div><button type="submit">${S.login.submit}</button></div>
</form>`,
  };
}

/** The kept form values from the sign-in's hidden field (only short plain names and strings). */
export function keptValues(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!text) return out;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // A hand-edited hidden field: nothing worth keeping.
    return out;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return out;
  for (const [k, v] of Object.entries(parsed)) if (/^[a-z][a-zA-Z]{0,19}$/.test(k) && typeof v === 'string') out[k] = v.slice(0, 4096);
  return out;
}

/** The kept values as the query of the page they came from, which fills its form with them. */
export function keptQuery(kept: Record<string, string>): string {
  const s = new URLSearchParams(kept).toString();
  return s ? `?${s}` : '';
}
