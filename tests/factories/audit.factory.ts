import type { AuditEntry } from '../../sync-server/src/gateway/audit-log';

/** One audit line as the gateway writes it for a device's request ([G6]); override what the test is about. */
export function auditEntryFactory(o: Partial<AuditEntry> & { at: string }): AuditEntry {
  return {
    ip: '10.0.0.7',
    device: 'poste-a',
    site: 'site-a',
    method: 'GET',
    route: '/sync/:db/_changes',
    db: 'site-site-a',
    status: 200,
    accepted: 0,
    refused: 0,
    reasons: [],
    ms: 3,
    ...o,
  };
}
