import { resolve } from 'node:path';
import type { GatewayLimits } from './gateway/limits';

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
  };
}
