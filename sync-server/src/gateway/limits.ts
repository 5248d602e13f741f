/** Limits of the endpoint (SPEC.md, section L). Tests shrink some of them. */
export interface GatewayLimits {
  /** Body of `_bulk_docs` and `_bulk_get`; other routes get `smallBodyBytes`. */
  bulkBodyBytes: number;
  smallBodyBytes: number;
  siteDocBytes: number;
  contentDocBytes: number;
  maxDepth: number;
  changesLimitMax: number;
  changesLimitDefault: number;
  longpollMaxMs: number;
  bulkDocsMax: number;
  bulkGetMax: number;
  revsDiffMax: number;
  /** Requests without a valid credential per address and minute ([A8]). */
  anonPerMinute: number;
  /** Checkpoint slots per device and database ([K4]). */
  checkpointsPerDb: number;
  /** Failed logins (per address, and per device id) within the window before a lockout. */
  authFailuresMax: number;
  authWindowMs: number;
  lockoutMs: number;
  /** Bytes of request bodies being read or handled at once ([B7]). */
  inFlightBytes: number;
  /** Audit log rotation ([G9]): size of one file and number of files kept. */
  auditMaxBytes: number;
  auditFiles: number;
  /** Requests per second per device, with a burst allowance. */
  ratePerSecond: number;
  rateBurst: number;
}

export const DEFAULT_LIMITS: GatewayLimits = {
  bulkBodyBytes: 16 * 1024 * 1024,
  smallBodyBytes: 256 * 1024,
  siteDocBytes: 16 * 1024,
  contentDocBytes: 4 * 1024 * 1024,
  maxDepth: 24,
  changesLimitMax: 1000,
  changesLimitDefault: 500,
  longpollMaxMs: 25_000,
  bulkDocsMax: 2000,
  bulkGetMax: 2000,
  revsDiffMax: 2000,
  anonPerMinute: 120,
  checkpointsPerDb: 16,
  authFailuresMax: 10,
  authWindowMs: 10 * 60_000,
  lockoutMs: 15 * 60_000,
  inFlightBytes: 64 * 1024 * 1024,
  auditMaxBytes: 20 * 1024 * 1024,
  auditFiles: 5,
  ratePerSecond: 50,
  rateBurst: 200,
};
