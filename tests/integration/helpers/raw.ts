import { basic } from './sync-server';

/** A raw HTTP request to the endpoint, for what PouchDB itself would never send. */
export async function raw(
  url: string,
  o: {
    method?: string;
    path: string;
    device?: { deviceId: string; credential: string };
    body?: string | object;
    headers?: Record<string, string>;
  },
): Promise<{ status: number; json: unknown; headers: Headers }> {
  const headers: Record<string, string> = { ...(o.headers ?? {}) };
  if (o.device) headers.authorization = basic(o.device);
  let body: string | undefined;
  if (o.body !== undefined) {
    body = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${url}${o.path}`, { method: o.method ?? (body ? 'POST' : 'GET'), headers, body });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON: kept as text for the assertion */
  }
  return { status: res.status, json, headers: res.headers };
}

/** A replicated revision, as PouchDB would push it. */
export function withRev<T extends object>(
  doc: T,
  gen = 1,
  hash = 'a'.repeat(32),
): T & { _rev: string; _revisions: { start: number; ids: string[] } } {
  return { ...doc, _rev: `${gen}-${hash}`, _revisions: { start: gen, ids: [hash] } };
}
