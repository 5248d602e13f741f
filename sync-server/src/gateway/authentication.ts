import type { FastifyRequest } from 'fastify';
import type { DeviceRegistry } from '../devices/device-registry';
import type { AuthGuard } from './auth-guard';
import { parseBasicAuth } from './basic-auth';
import { HttpError, tooMany } from './http-error';
import type { DeviceContext } from './validation';

const unauthorized = () => new HttpError(401, 'unauthorized', 'poste inconnu ou révoqué : enrôlez-le de nouveau');

/**
 * [A1]–[A3], [A7], [A8] The device behind a request's Basic credentials, or a 401/429.
 * A correct credential is recognised first, from the registry's cache, and then passes whatever
 * strangers did with its id or its address. Anything else spends the address's budget of
 * unauthenticated requests before the store is asked, and counts as a failure for the address and
 * for the device id it claimed; under a lockout, failures are answered 429 instead of 401.
 * With a shared store (`fresh`), the device is read again on each request, so that a revocation
 * made through another gateway holds at once ([S2]).
 */
export function makeAuthenticator(registry: DeviceRegistry, guard: AuthGuard, fresh: boolean) {
  return async function authenticate(req: FastifyRequest): Promise<DeviceContext> {
    const { user, pass } = parseBasicAuth(req.headers.authorization);
    const deviceId = user.slice(0, 100);
    req.sync.claimed = deviceId || undefined;
    let device = deviceId && pass ? registry.matchesCached(deviceId, pass) : undefined;
    if (device && fresh) {
      const now = await registry.fetchFresh(deviceId);
      if (!now || now.revokedAt || now.credentialHash !== device.credentialHash) device = undefined;
      if (!device && now?.revokedAt) throw unauthorized();
    }
    if (!device) {
      const budget = guard.spendAnonymous(req.ip);
      if (!budget.ok) {
        req.sync.quiet = !budget.first;
        throw tooMany('trop de tentatives depuis cette adresse : réessayez dans une minute', budget.retryMs);
      }
      device = deviceId && pass ? await registry.authenticate(deviceId, pass) : undefined;
    }
    if (!device) {
      guard.loginFailed(req.ip, deviceId);
      const locked = guard.loginLockedFor(req.ip, deviceId);
      if (locked > 0) throw tooMany(`trop d’échecs : réessayez dans ${Math.ceil(locked / 60_000)} min`, locked);
      throw unauthorized();
    }
    return { deviceId: device.deviceId, siteId: device.siteId, role: device.role };
  };
}
