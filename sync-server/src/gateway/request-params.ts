import { REV_PATTERN } from '../../../src/domain/sync/revisions';
import { badRequest } from './http-error';
import type { GatewayLimits } from './limits';

/** Parsing of query strings and bodies of the replication routes. Anything unexpected is a 400. */
type Query = Record<string, string | undefined>;

function onlyKnown(query: Query, known: readonly string[]): void {
  for (const k of Object.keys(query)) if (!known.includes(k)) throw badRequest(`paramètre non pris en charge : ${k.slice(0, 40)}`);
}

const bool = (v: string | undefined, name: string): boolean => {
  if (v === undefined || v === 'false') return false;
  if (v === 'true') return true;
  throw badRequest(`${name} doit valoir true ou false`);
};

interface ChangesParams {
  since: string;
  limit: number;
  longpoll: boolean;
  timeoutMs: number;
  includeDocs: boolean;
  allDocsStyle: boolean;
  docIds?: string[];
}

/** [C1] Only normal and longpoll feeds, limits clamped; `since` stays a string until the store. */
export function changesParams(query: Query, body: unknown, embedded: boolean, limits: GatewayLimits): ChangesParams {
  onlyKnown(query, ['since', 'limit', 'feed', 'timeout', 'heartbeat', 'style', 'include_docs', 'seq_interval', 'filter', 'conflicts']);
  const since = query.since ?? '0';
  const sincePattern = embedded ? /^(\d{1,15}|now)$/ : /^[0-9A-Za-z_.-]{1,600}$/;
  if (!sincePattern.test(since)) throw badRequest('since invalide');
  const rawLimit = query.limit === undefined ? limits.changesLimitDefault : Number(query.limit);
  if (!Number.isFinite(rawLimit)) throw badRequest('limit invalide');
  const limit = Math.max(1, Math.min(limits.changesLimitMax, Math.floor(rawLimit)));
  const feed = query.feed ?? 'normal';
  if (feed !== 'normal' && feed !== 'longpoll') throw badRequest(`flux « ${feed.slice(0, 20)} » non pris en charge`);
  const rawTimeout = query.timeout === undefined ? limits.longpollMaxMs : Number(query.timeout);
  if (!Number.isFinite(rawTimeout)) throw badRequest('timeout invalide');
  const timeoutMs = Math.max(0, Math.min(limits.longpollMaxMs, rawTimeout));
  const style = query.style ?? 'main_only';
  if (style !== 'all_docs' && style !== 'main_only') throw badRequest('style invalide');
  const out: ChangesParams = {
    since,
    limit,
    longpoll: feed === 'longpoll',
    timeoutMs,
    includeDocs: bool(query.include_docs, 'include_docs'),
    allDocsStyle: style === 'all_docs',
  };
  if (query.filter !== undefined) {
    if (query.filter !== '_doc_ids') throw badRequest('seul le filtre _doc_ids est pris en charge');
    const ids = (body as { doc_ids?: unknown } | undefined)?.doc_ids;
    if (!Array.isArray(ids) || ids.length > limits.bulkGetMax || !ids.every((i) => typeof i === 'string' && i.length <= 200)) {
      throw badRequest('doc_ids invalide');
    }
    out.docIds = ids.filter((i: string) => !i.startsWith('_'));
  }
  return out;
}

export function revsDiffBody(body: unknown, limits: GatewayLimits): Record<string, string[]> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('objet attendu');
  const entries = Object.entries(body as Record<string, unknown>);
  if (entries.length > limits.revsDiffMax) throw badRequest(`trop de documents (> ${limits.revsDiffMax})`);
  const out: Record<string, string[]> = {};
  for (const [id, revs] of entries) {
    if (id.length > 200) throw badRequest('identifiant trop long');
    if (!Array.isArray(revs) || revs.length > 100 || !revs.every((r) => typeof r === 'string' && REV_PATTERN.test(r))) {
      throw badRequest(`révisions invalides pour ${id.slice(0, 60)}`);
    }
    out[id] = revs as string[];
  }
  return out;
}

export function bulkGetBody(query: Query, body: unknown, limits: GatewayLimits): { docs: { id: string; rev?: string }[]; revs: boolean } {
  onlyKnown(query, ['revs', 'latest', 'attachments']);
  if (bool(query.attachments, 'attachments')) throw badRequest('pièces jointes non prises en charge');
  const docs = (body as { docs?: unknown } | undefined)?.docs;
  if (!Array.isArray(docs) || docs.length > limits.bulkGetMax) throw badRequest(`docs attendu (au plus ${limits.bulkGetMax})`);
  const out = docs.map((d: unknown) => {
    const { id, rev } = (d ?? {}) as { id?: unknown; rev?: unknown };
    if (typeof id !== 'string' || id.length > 200) throw badRequest('id invalide');
    if (rev !== undefined && (typeof rev !== 'string' || !REV_PATTERN.test(rev))) throw badRequest('rev invalide');
    return rev === undefined ? { id } : { id, rev: rev as string };
  });
  return { docs: out, revs: bool(query.revs, 'revs') };
}

export function getDocParams(query: Query): { revs?: boolean; open_revs?: 'all' | string[]; rev?: string; latest?: boolean } {
  onlyKnown(query, ['revs', 'open_revs', 'rev', 'latest', 'conflicts']);
  const out: { revs?: boolean; open_revs?: 'all' | string[]; rev?: string; latest?: boolean } = {};
  if (bool(query.revs, 'revs')) out.revs = true;
  if (bool(query.latest, 'latest')) out.latest = true;
  if (query.rev !== undefined) {
    if (!REV_PATTERN.test(query.rev)) throw badRequest('rev invalide');
    out.rev = query.rev;
  }
  if (query.open_revs !== undefined) {
    if (query.open_revs === 'all') out.open_revs = 'all';
    else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(query.open_revs);
      } catch {
        throw badRequest('open_revs invalide');
      }
      if (!Array.isArray(parsed) || parsed.length > 100 || !parsed.every((r) => typeof r === 'string' && REV_PATTERN.test(r))) {
        throw badRequest('open_revs invalide');
      }
      out.open_revs = parsed as string[];
    }
  }
  return out;
}

const CHECKPOINT_KEYS = new Set(['_id', '_rev', 'session_id', 'history', 'replicator', 'version', 'last_seq']);
const shortString = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
/** A sequence: a number (embedded store) or CouchDB's opaque string. */
const sequence = (v: unknown) =>
  (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || (shortString(v, 600) && /^[0-9A-Za-z_.-]*$/.test(v as string));

/** [K2] A checkpoint is a replication checkpoint and nothing else: known fields, each of its type and size. */
export function checkpointBody(body: unknown, localId: string): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('objet attendu');
  const doc = body as Record<string, unknown>;
  for (const k of Object.keys(doc)) if (!CHECKPOINT_KEYS.has(k)) throw badRequest(`champ de point de reprise inconnu : ${k.slice(0, 40)}`);
  if (doc._id !== undefined && doc._id !== `_local/${localId}`) throw badRequest('_id ne correspond pas à l’adresse');
  if (doc._rev !== undefined && !(shortString(doc._rev, 40) && /^0-\d{1,15}$/.test(doc._rev as string))) throw badRequest('_rev invalide');
  if (doc.session_id !== undefined && !shortString(doc.session_id, 100)) throw badRequest('session_id invalide');
  if (doc.replicator !== undefined && !shortString(doc.replicator, 100)) throw badRequest('replicator invalide');
  if (doc.version !== undefined && !(Number.isInteger(doc.version) && (doc.version as number) >= 0 && (doc.version as number) <= 100))
    throw badRequest('version invalide');
  if (doc.last_seq !== undefined && !sequence(doc.last_seq)) throw badRequest('last_seq invalide');
  if (doc.history !== undefined) {
    if (!Array.isArray(doc.history) || doc.history.length > 10) throw badRequest('history invalide');
    for (const h of doc.history as unknown[]) {
      const entry = h as Record<string, unknown>;
      const ok =
        !!h &&
        typeof h === 'object' &&
        !Array.isArray(h) &&
        Object.keys(entry).every((k) => k === 'session_id' || k === 'last_seq') &&
        shortString(entry.session_id, 100) &&
        sequence(entry.last_seq);
      if (!ok) throw badRequest('history invalide');
    }
  }
  return doc;
}

export const LOCAL_ID_PATTERN = /^[A-Za-z0-9._=-]{1,100}$/;
