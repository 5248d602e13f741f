import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditQuery } from '../../sync-server/src/console/audit-query';
import { escapeHtml, html } from '../../sync-server/src/console/html';
import { AuditLog } from '../../sync-server/src/gateway/audit-log';
import { auditEntryFactory } from '../factories/audit.factory';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((r) => rm(r, { recursive: true, force: true })));
});
async function logIn(maxBytes = 20 * 1024 * 1024, files = 5) {
  const dir = await mkdtemp(join(tmpdir(), 'relais-audit-'));
  roots.push(dir);
  return new AuditLog(dir, maxBytes, files);
}
const minute = (n: number) => new Date(Date.UTC(2026, 11, 2, 9, n)).toISOString();

describe('reading the audit log for the console', () => {
  it('[O12] reads the rotated files too, newest first, page by page, and skips a line torn by a crash', async () => {
    const log = await logIn(2_000, 5);
    for (let i = 0; i < 30; i++) log.write(auditEntryFactory({ at: minute(i), ms: i }));
    await log.flush();
    await appendFile(log.path, '{"at":"2026-12-02T09:59:00.000Z","ip":\n');
    const query = new AuditQuery(log, 5);
    const first = await query.page({}, 1, 10);
    // 2,000-byte files hold a few lines each: some of the 30 fell off the oldest file, none of the newest.
    expect(first.total).toBeGreaterThan(10);
    expect(first.entries.map((e) => e.ms)).toEqual([29, 28, 27, 26, 25, 24, 23, 22, 21, 20]);
    const last = Math.ceil(first.total / 10);
    const end = await query.page({}, last, 10);
    expect(end.entries.at(-1)?.ms).toBe(30 - first.total);
    expect((await query.page({}, last + 1, 10)).entries).toEqual([]);
    await log.close();
  });

  it('[O12] filters by site, device (or the id a failed login claimed), action, result and time', async () => {
    const log = await logIn();
    log.write(auditEntryFactory({ at: minute(1) }));
    log.write(
      auditEntryFactory({
        at: minute(2),
        site: 'site-b',
        device: 'poste-b',
        db: 'site-site-b',
        route: '/sync/:db/_bulk_docs',
        accepted: 4,
        refused: 1,
      }),
    );
    log.write(auditEntryFactory({ at: minute(3), device: null, site: null, claimed: 'poste-b', status: 401 }));
    log.write(auditEntryFactory({ at: minute(4), device: null, site: null, route: '/sync/_enrol', method: 'POST' }));
    log.write(
      auditEntryFactory({ at: minute(5), device: null, site: 'site-a', route: 'console:code', method: 'CONSOLE', ip: '127.0.0.1' }),
    );
    log.write(auditEntryFactory({ at: minute(6), route: 'cli:import', method: 'IMPORT', ip: 'cli', accepted: 3 }));
    const q = new AuditQuery(log);
    const ms = async (f: Parameters<AuditQuery['page']>[0]) => (await q.page(f, 1, 50)).entries.map((e) => e.at.slice(14, 16));
    expect(await ms({ site: 'site-b' })).toEqual(['02']);
    expect(await ms({ device: 'poste-b' })).toEqual(['03', '02']);
    expect(await ms({ action: 'enrol' })).toEqual(['04']);
    expect(await ms({ action: 'code' })).toEqual(['05']);
    expect(await ms({ action: 'import' })).toEqual(['06']);
    expect(await ms({ action: 'sync', result: 'refused' })).toEqual(['03', '02']);
    expect(await ms({ result: 'ok', from: Date.parse(minute(4)), to: Date.parse(minute(6)) })).toEqual(['05', '04']);
    await log.close();
  });

  it('[O8] [O13] a device’s requests less than 2 min apart are one sync; the last successful one is its last sync', async () => {
    const log = await logIn();
    for (const n of [0, 1, 2]) log.write(auditEntryFactory({ at: minute(n), accepted: n }));
    log.write(auditEntryFactory({ at: minute(10), status: 503 }));
    log.write(auditEntryFactory({ at: minute(11), device: 'poste-c', route: '/sync/:db/_bulk_docs', accepted: 7, refused: 2 }));
    const { lastByDevice, recentBySite } = await new AuditQuery(log).syncOverview();
    expect(lastByDevice.get('poste-a')).toBe(minute(2));
    expect(lastByDevice.get('poste-c')).toBe(minute(11));
    expect(recentBySite.get('site-a')?.map((r) => [r.device, r.end, r.accepted, r.refused, r.errors])).toEqual([
      ['poste-c', minute(11), 7, 2, 0],
      ['poste-a', minute(10), 0, 0, 1],
      ['poste-a', minute(2), 3, 0, 0],
    ]);
    await log.close();
  });
});

describe('console templates', () => {
  it('[O5] escape every interpolated value, and only trusted markup passes as is', () => {
    const hostile = `<script>alert("x")</script>' onmouseover='y`;
    expect(html`<p title="${hostile}">${hostile}</p>`.text).toBe(`<p title="${escapeHtml(hostile)}">${escapeHtml(hostile)}</p>`);
    expect(escapeHtml(hostile)).not.toMatch(/[<>"']/);
    expect(html`<ul>${['a<b', html`<li>ok</li>`]}</ul>`.text).toBe('<ul>a&lt;b<li>ok</li></ul>');
  });
});
