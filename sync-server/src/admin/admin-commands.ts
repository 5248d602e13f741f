import { OperatorError } from '../errors';
import type { AdminService } from './admin.service';

/** The operator commands that the CLI may run in a live server (through the admin socket) or directly. */
export type AdminCommand =
  | { command: 'enrol'; siteId: string; role: string; ttlMinutes?: number }
  | { command: 'devices' }
  | { command: 'revoke'; deviceId: string }
  | { command: 'trainer-key'; siteId: string; keyId: string; trainerName: string; publicKey: string; knownAt?: string }
  | { command: 'import'; bundle: unknown }
  | { command: 'export-content' }
  | { command: 'publish'; pack: unknown; keyFile?: string }
  | { command: 'operator-key-create'; keyId?: string; out?: string }
  | { command: 'operator-key-register'; keyId: string; publicKey: string };

export async function runAdminCommand(admin: AdminService, c: AdminCommand): Promise<unknown> {
  switch (c.command) {
    case 'enrol':
      return admin.enrol(c.siteId, c.role, c.ttlMinutes);
    case 'devices':
      return admin.devices();
    case 'revoke':
      return admin.revoke(c.deviceId);
    case 'trainer-key':
      return admin.registerTrainerKey({
        siteId: c.siteId,
        keyId: c.keyId,
        trainerName: c.trainerName,
        publicKey: c.publicKey,
        ...(c.knownAt ? { knownAt: c.knownAt } : {}),
      });
    case 'import':
      return admin.importBundle(c.bundle);
    case 'export-content':
      return admin.exportContent();
    case 'publish':
      return admin.publishPack(c.pack, c.keyFile);
    case 'operator-key-create':
      return admin.createOperatorKey({ ...(c.keyId ? { keyId: c.keyId } : {}), ...(c.out ? { out: c.out } : {}) });
    case 'operator-key-register':
      return admin.registerOperatorKey({ keyId: c.keyId, publicKey: c.publicKey });
    default:
      throw new OperatorError(`Commande inconnue.`);
  }
}
