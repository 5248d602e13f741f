import type { DeviceRegistry } from '../../devices/device-registry';
import type { AuthGuard } from '../auth-guard';
import type { LongPollRegistry } from '../long-poll-registry';
import type { DocumentService } from '../document.service';

/** What the route groups need. */
export interface RouteDeps {
  service: DocumentService;
  registry: DeviceRegistry;
  guard: AuthGuard;
  polls: LongPollRegistry;
}

export const smallRoute = (service: DocumentService) => ({ bodyLimit: service.limits.smallBodyBytes, exposeHeadRoute: false });
export const bulkRoute = (service: DocumentService) => ({ bodyLimit: service.limits.bulkBodyBytes, exposeHeadRoute: false });
