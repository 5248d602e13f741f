import { resolve } from 'node:path';
import { DEFAULT_LIMITS, type GatewayLimits } from './gateway/limits';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Built PWA to serve; absent in tests of the sync endpoint alone. */
  appDir?: string;
  /** When set, the store is this CouchDB instead of the embedded LevelDB one. */
  couchDbUrl?: string;
  /** The origin the app is served from, for CORS. */
  appOrigin?: string;
  /** Tests shrink limits to reach them quickly. */
  limits?: Partial<GatewayLimits>;
  /** The CLI's door into a running server; on unless false. */
  adminSocket?: boolean;
  /** The operator console's own listener (SPEC [O1]); false turns it off. Started by `serve` only. */
  console?: { host: string; port: number } | false;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT invalide : « ${env.PORT} »`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    // APP_DIR= (empty) runs the sync endpoint alone.
    appDir: env.APP_DIR === '' ? undefined : resolve(env.APP_DIR ?? 'dist'),
    couchDbUrl: env.COUCHDB_URL || undefined,
    appOrigin: env.APP_ORIGIN || undefined,
    limits: limitsFromEnv(env.RELAIS_LIMITS),
    console: consoleFromEnv(env),
  };
}

/** `CONSOLE_PORT` (8090, `off` for none) and `CONSOLE_HOST` (127.0.0.1: only this machine reaches it). */
function consoleFromEnv(env: NodeJS.ProcessEnv): ServerConfig['console'] {
  const text = (env.CONSOLE_PORT ?? '8090').trim();
  if (text === 'off' || text === '') return false;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`CONSOLE_PORT invalide : « ${text.slice(0, 20)} » (un port, ou off)`);
  return { port, host: env.CONSOLE_HOST || '127.0.0.1' };
}

/** `RELAIS_LIMITS='{"anonPerMinute":600}'`: some limits of gateway/limits.ts, positive numbers only. */
function limitsFromEnv(text: string | undefined): Partial<GatewayLimits> | undefined {
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('RELAIS_LIMITS invalide : un objet JSON est attendu, par exemple {"anonPerMinute":600}');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('RELAIS_LIMITS invalide : un objet JSON est attendu');
  for (const [k, v] of Object.entries(parsed)) {
    if (!Object.hasOwn(DEFAULT_LIMITS, k) || typeof v !== 'number' || !(v > 0))
      throw new Error(
        `RELAIS_LIMITS invalide : « ${k.slice(0, 40)} » n’est pas une limite connue ou sa valeur n’est pas un nombre positif`,
      );
  }
  return parsed as Partial<GatewayLimits>;
}
