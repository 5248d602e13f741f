import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { tooMany } from './http-error';
import type { GatewayLimits } from './limits';
import type { SharedCounters } from './shared-counters';

/**
 * [A4] Requests per device, by @fastify/rate-limit over the gateways' shared counters ([S2]): a fixed
 * window of `rateBurst / ratePerSecond` seconds holding at most `rateBurst` requests. It runs before the
 * body is read, after authentication; unauthenticated requests have their own budget ([A8]).
 */
export async function registerDeviceRateLimit(sync: FastifyInstance, counters: SharedCounters, limits: GatewayLimits): Promise<void> {
  class CountersStore {
    incr(key: string, cb: (err: Error | null, res: { current: number; ttl: number }) => void, timeWindow: number) {
      cb(null, counters.incr(key, timeWindow));
    }
    read(key: string, cb: (err: Error | null, res: { current: number; ttl: number }) => void, timeWindow: number) {
      cb(null, counters.read(key, timeWindow));
    }
    child() {
      return this;
    }
  }
  await sync.register(rateLimit, {
    hook: 'preParsing',
    max: limits.rateBurst,
    timeWindow: Math.max(1000, Math.round((limits.rateBurst / limits.ratePerSecond) * 1000)),
    store: CountersStore as never,
    keyGenerator: (req) => `rate:${req.sync.device?.deviceId ?? ''}`,
    allowList: (req) => !req.sync.device,
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
    addHeaders: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false, 'retry-after': false },
    errorResponseBuilder: (_req, ctx) => tooMany('trop de requêtes', ctx.ttl),
  });
}
