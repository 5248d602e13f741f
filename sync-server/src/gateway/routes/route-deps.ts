import type { DeviceRegistry } from '../../devices/device-registry';
import type { AuthGuard } from '../auth-guard';
import type { LongPollRegistry } from '../long-poll-registry';
import type { SyncService } from '../sync.service';

/** What the route groups need. */
export interface RouteDeps {
  service: SyncService;
  registry: DeviceRegistry;
  guard: AuthGuard;
  polls: LongPollRegistry;
}

export const smallRoute = (service: SyncService) => ({ bodyLimit: service.limits.smallBodyBytes, exposeHeadRoute: false });
export const bulkRoute = (service: SyncService) => ({ bodyLimit: service.limits.bulkBodyBytes, exposeHeadRoute: false });
