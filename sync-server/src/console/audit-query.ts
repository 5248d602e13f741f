import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { AuditEntry, AuditLog } from '../gateway/audit-log';

/** What an audit line was, in the console's words. */
export type AuditAction = 'sync' | 'enrol' | 'import' | 'login' | 'logout' | 'code' | 'revoke' | 'key' | 'publish' | 'export';
export const FILTER_ACTIONS: AuditAction[] = ['sync', 'enrol', 'import', 'login', 'code', 'revoke', 'key', 'publish', 'export'];

export function actionOf(e: AuditEntry): AuditAction {
  if (e.route.startsWith('console:')) return e.route.slice('console:'.length) as AuditAction;
  if (e.route.endsWith(':import')) return 'import';
  if (e.route.includes('_enrol')) return 'enrol';
  return 'sync';
}

export const isSuccess = (e: AuditEntry) => e.status < 400 && !e.refused;

export interface AuditFilter {
  site?: string;
  device?: string;
  action?: AuditAction;
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, exclusive. */
  to?: number;
  result?: 'ok' | 'refused';
}

function matches(e: AuditEntry, f: AuditFilter): boolean {
  if (f.site && e.site !== f.site) return false;
  if (f.device && e.device !== f.device && e.claimed !== f.device) return false;
  if (f.action && actionOf(e) !== f.action) return false;
  const at = Date.parse(e.at);
  if (f.from !== undefined && at < f.from) return false;
  if (f.to !== undefined && at >= f.to) return false;
  if (f.result === 'ok' && !isSuccess(e)) return false;
  if (f.result === 'refused' && isSuccess(e)) return false;
  return true;
}

/** A run of requests of one device with less than this between them counts as one sync. */
const SYNC_GAP_MS = 2 * 60_000;
const RECENT_PER_SITE = 10;

export interface SyncRun {
  device: string;
  site: string;
  start: string;
  end: string;
  accepted: number;
  refused: number;
  /** Requests answered with an error status. */
  errors: number;
}

export interface SyncOverview {
  /** Last successful request of each device. */
  lastByDevice: Map<string, string>;
  /** The most recent sync runs of each site, newest first. */
  recentBySite: Map<string, SyncRun[]>;
}

/**
 * Reads the audit log and its rotated files ([G9]), oldest first. The log is the only record of who
 * synced when: the console reads it, it never writes anything else.
 */
export class AuditQuery {
  constructor(
    private readonly log: Pick<AuditLog, 'path' | 'flush'>,
    private readonly files = 5,
  ) {}

  async *#entries(): AsyncGenerator<AuditEntry> {
    // What the console just did is written before it is read back.
    await this.log.flush();
    const path = this.log.path;
    for (let i = this.files - 1; i >= 0; i--) {
      const file = i === 0 ? path : `${path}.${i}`;
      if (!existsSync(file)) continue;
      const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        if (!line) continue;
        try {
          yield JSON.parse(line) as AuditEntry;
        } catch {
          // A line torn by a crash in the middle of a write: the lines around it are still good.
        }
      }
    }
  }

  /** One page of matching lines, newest first. */
  async page(filter: AuditFilter, page: number, perPage: number): Promise<{ total: number; entries: AuditEntry[] }> {
    // Only the last `page * perPage` matches are kept while reading, so a big log costs time, not memory.
    const keep = page * perPage;
    const ring: AuditEntry[] = [];
    let total = 0;
    for await (const e of this.#entries()) {
      if (!matches(e, filter)) continue;
      total++;
      ring.push(e);
      if (ring.length > keep) ring.shift();
    }
    const newestFirst = ring.reverse();
    return { total, entries: newestFirst.slice((page - 1) * perPage, page * perPage) };
  }

  async syncOverview(): Promise<SyncOverview> {
    const lastByDevice = new Map<string, string>();
    const recentBySite = new Map<string, SyncRun[]>();
    const open = new Map<string, SyncRun>();
    const closeRun = (run: SyncRun) => {
      const list = recentBySite.get(run.site) ?? [];
      list.push(run);
      // Runs close out of order (each when its device next syncs): keep a margin, sort at the end.
      if (list.length > RECENT_PER_SITE * 5) list.sort((a, b) => a.end.localeCompare(b.end)).shift();
      recentBySite.set(run.site, list);
    };
    for await (const e of this.#entries()) {
      if (!e.device || !e.site || (actionOf(e) !== 'sync' && actionOf(e) !== 'import')) continue;
      if (e.status < 400) lastByDevice.set(e.device, e.at);
      let run = open.get(e.device);
      if (run && Date.parse(e.at) - Date.parse(run.end) > SYNC_GAP_MS) {
        closeRun(run);
        run = undefined;
      }
      if (!run) {
        run = { device: e.device, site: e.site, start: e.at, end: e.at, accepted: 0, refused: 0, errors: 0 };
        open.set(e.device, run);
      }
      run.end = e.at;
      run.accepted += e.accepted;
      run.refused += e.refused;
      if (e.status >= 400) run.errors++;
    }
    for (const run of [...open.values()].sort((a, b) => a.end.localeCompare(b.end))) closeRun(run);
    for (const [site, list] of recentBySite)
      recentBySite.set(site, list.sort((a, b) => b.end.localeCompare(a.end)).slice(0, RECENT_PER_SITE));
    return { lastByDevice, recentBySite };
  }
}
