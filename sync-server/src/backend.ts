import { DeviceRegistry, ADMIN_DB } from './devices/device-registry';
import { AuditLog } from './gateway/audit-log';
import { DEFAULT_LIMITS, type GatewayLimits } from './gateway/limits';
import { DocumentService } from './gateway/document.service';
import { PouchStore } from './store/pouch-store';
import type { SyncStore } from './store/sync-store';

/** Everything behind the endpoint, shared by the server and the CLI. */
export interface Backend {
  store: SyncStore;
  registry: DeviceRegistry;
  service: DocumentService;
  audit: AuditLog;
  /** Where the server's files are (the operator key among them, [W24]). */
  dataDir: string;
  close(): Promise<void>;
}

export async function openBackend(opts: { dataDir: string; couchDbUrl?: string; limits?: Partial<GatewayLimits> }): Promise<Backend> {
  const store = new PouchStore(opts.couchDbUrl ? { couchDbUrl: opts.couchDbUrl } : { dataDir: opts.dataDir });
  const registry = new DeviceRegistry(store.db(ADMIN_DB));
  await registry.start();
  const service = new DocumentService(store, { ...DEFAULT_LIMITS, ...opts.limits });
  const audit = new AuditLog(opts.dataDir, service.limits.auditMaxBytes, service.limits.auditFiles);
  return {
    store,
    registry,
    service,
    audit,
    dataDir: opts.dataDir,
    async close() {
      registry.stop();
      await audit.close();
      await store.close();
    },
  };
}
