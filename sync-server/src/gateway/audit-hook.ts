import type { FastifyInstance } from 'fastify';
import type { AuditLog } from './audit-log';

/** [G6] One audit line per answered request. */
export function registerAuditHook(sync: FastifyInstance, audit: AuditLog): void {
  sync.addHook('onResponse', async (req, reply) => {
    const ctx = req.sync;
    if (!ctx || ctx.quiet) return;
    audit.write({
      at: new Date().toISOString(),
      ip: req.ip,
      device: ctx.device?.deviceId ?? null,
      claimed: ctx.device ? undefined : ctx.claimed,
      site: ctx.device?.siteId ?? null,
      method: req.method,
      route: req.routeOptions.url ?? req.url.slice(0, 200),
      db: ctx.db ?? null,
      status: reply.statusCode,
      accepted: ctx.accepted,
      refused: ctx.refused.length,
      reasons: ctx.refused.slice(0, 50),
      ms: Math.round(performance.now() - ctx.started),
    });
  });
}
