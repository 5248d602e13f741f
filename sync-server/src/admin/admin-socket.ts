import { existsSync, unlinkSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { join } from 'node:path';
import { OperatorError } from '../errors';
import type { AdminService } from './admin.service';
import { runAdminCommand, type AdminCommand } from './admin-commands';

/**
 * While the server runs it holds the embedded database, so the CLI asks it through a Unix socket
 * in the data dir. Only users who may write the data dir can reach it: no password to manage.
 */
const adminSocketPath = (dataDir: string) => join(dataDir, 'admin.sock');

export async function startAdminSocket(dataDir: string, admin: AdminService): Promise<Server> {
  const path = adminSocketPath(dataDir);
  if (existsSync(path)) {
    if (await isAlive(path)) throw new OperatorError(`Un serveur Relais utilise déjà le dossier de données ${dataDir}.`);
    unlinkSync(path);
  }
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      void (async () => {
        try {
          const result = await runAdminCommand(admin, JSON.parse(body) as AdminCommand);
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result: result ?? null }));
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ ok: false, operator: e instanceof OperatorError, message }));
        }
      })();
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(path, resolve));
  await chmod(path, 0o600);
  return server;
}

function isAlive(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath: path, method: 'POST', path: '/' }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.end(JSON.stringify({ command: 'noop' }));
  });
}

/** Sends a command to a running server; undefined when no server listens on this data dir. */
export function sendAdminCommand(dataDir: string, command: AdminCommand): Promise<unknown> | undefined {
  const path = adminSocketPath(dataDir);
  if (!existsSync(path)) return undefined;
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: path, method: 'POST', path: '/' }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        const r = JSON.parse(text) as { ok: boolean; result?: unknown; message?: string };
        if (r.ok) resolve(r.result);
        else reject(new OperatorError(r.message ?? 'échec'));
      });
    });
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNREFUSED' || e.code === 'ENOENT' ? resolve(NO_SERVER) : reject(e)));
    req.end(JSON.stringify(command));
  });
}

export const NO_SERVER = Symbol('no-server');
