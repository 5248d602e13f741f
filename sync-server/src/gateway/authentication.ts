import type { FastifyRequest } from 'fastify';
import type { DeviceRegistry } from '../devices/device-registry';
import type { AuthGuard } from './auth-guard';
import { parseBasicAuth } from './basic-auth';
import { HttpError } from './http-error';
import type { DeviceContext } from './validation';

/** [A1]–[A3] The device behind a request's Basic credentials, or a 401/429. */
export function makeAuthenticator(registry: DeviceRegistry, guard: AuthGuard) {
  return async function authenticate(req: FastifyRequest): Promise<DeviceContext> {
    const { user, pass } = parseBasicAuth(req.headers.authorization);
    req.sync.claimed = user.slice(0, 100) || undefined;
    // Counted per (address, device): a credential is 32 random bytes, so guessing it is hopeless
    // anyway, and neither a stranger who knows a device id nor one broken terminal behind a shared
    // classroom address can lock the other terminals out (SPEC [A3]).
    const keys = [`login:${req.ip}|${user.slice(0, 40)}`];
    const locked = guard.lockedFor(keys);
    if (locked > 0) throw new HttpError(429, 'too_many_requests', `trop d’échecs : réessayez dans ${Math.ceil(locked / 60_000)} min`);
    const device = user && pass ? await registry.authenticate(user, pass) : undefined;
    if (!device) {
      guard.fail(keys);
      throw new HttpError(401, 'unauthorized', 'poste inconnu ou révoqué : enrôlez-le de nouveau');
    }
    return { deviceId: device.deviceId, siteId: device.siteId, role: device.role };
  };
}
