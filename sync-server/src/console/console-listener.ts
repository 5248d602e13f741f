import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from '../config';
import { buildConsole, isLoopback } from './console-server';
import { hasOperatorPassphrase } from './operator-passphrase';

/**
 * Starts the console on its own port for `serve`. A console that cannot listen does not stop the
 * sync server (the classrooms need that one): the reason is printed instead of the address.
 */
export async function startConsole(gateway: FastifyInstance, config: ServerConfig): Promise<{ app?: FastifyInstance; text: string }> {
  if (!config.console) return { text: 'Console de l’exploitant : désactivée (CONSOLE_PORT=off).' };
  const { host, port } = config.console;
  const app = await buildConsole({
    admin: gateway.relais.admin,
    audit: gateway.relais.backend.audit,
    dataDir: config.dataDir,
    host,
    auditFiles: gateway.relais.backend.service.limits.auditFiles,
  });
  try {
    await app.listen({ host, port });
  } catch (e) {
    await app.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL') throw e;
    return {
      text: `Console de l’exploitant : non démarrée, le port ${port} n’est pas disponible (${code}). Choisissez-en un autre : CONSOLE_PORT=8091`,
    };
  }
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const lines = [
    `Console de l’exploitant : http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${(app.server.address() as { port: number }).port}`,
  ];
  lines.push(
    isLoopback(host)
      ? '  (ouverte seulement depuis cette machine ; CONSOLE_PORT=off la désactive)'
      : `  ATTENTION : CONSOLE_HOST=${host} l’ouvre au réseau. Gardez-la sur 127.0.0.1 sauf besoin précis.`,
  );
  if (!(await hasOperatorPassphrase(config.dataDir)))
    lines.push('  Aucune phrase de passe : définissez-la avec « npm run sync-server -- console-passphrase ».');
  return { app, text: lines.join('\n') };
}
