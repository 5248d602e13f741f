/** The device id and credential of an HTTP Basic header, or empty strings. */
export function parseBasicAuth(header: string | undefined): { user: string; pass: string } {
  const m = /^Basic ([A-Za-z0-9+/=]{1,400})$/.exec(header ?? '');
  if (!m) return { user: '', pass: '' };
  const text = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? { user: text, pass: '' } : { user: text.slice(0, colon), pass: text.slice(colon + 1) };
}
