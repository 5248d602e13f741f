import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sendError } from './gateway/error-handler';
import { SECURITY_HEADERS } from './security-headers';

/**
 * Serves the built PWA. Hashed assets are immutable; everything else (index.html, the service
 * worker, the manifest, the content pack) must be revalidated so that updates are seen.
 */
export async function registerStaticApp(app: FastifyInstance, appDir: string): Promise<void> {
  if (!existsSync(join(appDir, 'index.html'))) {
    throw new Error(`L’application n’est pas construite (${appDir}/index.html manque) : lancez « npm run build ».`);
  }
  // [P5] A path that would leave the app folder is 404 like any other unknown path (the static
  // plugin would answer 403), however its dots and slashes are encoded.
  app.addHook('onRequest', async (req, reply) => {
    if (leavesFolder(req.url)) return sendError(reply, 404, 'not_found', 'introuvable');
  });
  await app.register(fastifyStatic, {
    root: appDir,
    prefix: '/',
    wildcard: true,
    index: ['index.html'],
    cacheControl: false,
    setHeaders(res, path) {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.header(k, v);
      const immutable = /[/\\]assets[/\\]/.test(path) && !path.endsWith('.html');
      res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (path.endsWith('sw.js')) res.header('service-worker-allowed', '/');
    },
  });
}

/** True when a URL's path holds a `..` segment once decoded (twice, for double encoding). */
export function leavesFolder(url: string): boolean {
  let path = url.split('?')[0] ?? '';
  for (let i = 0; i < 2; i++) {
    try {
      path = decodeURIComponent(path);
    } catch {
      return true;
    }
  }
  return path.split(/[/\\]/).includes('..');
}
