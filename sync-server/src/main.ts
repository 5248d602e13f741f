import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AdminService } from './admin/admin.service';
import type { AdminCommand } from './admin/admin-commands';
import { runAdminCommand } from './admin/admin-commands';
import { NO_SERVER, sendAdminCommand } from './admin/admin-socket';
import { buildServer } from './app';
import { parseTtlMinutes } from './cli-args';
import { openBackend } from './backend';
import { configFromEnv, type ServerConfig } from './config';
import { startConsole } from './console/console-listener';
import { PASSPHRASE_MIN_LENGTH, setOperatorPassphrase } from './console/operator-passphrase';
import { readSecret } from './console/read-secret';
import { ensureWritableDir } from './data-dir';
import { seedDemo } from './demo-seed';
import { OperatorError } from './errors';
import { listen } from './listen';

const USAGE = `Commandes :
  serve [--demo]                                   lance le serveur (npm start le fait avec --demo)
  enrol --site <id> --role terminal|trainer [--ttl <minutes>]
                                                   affiche un code d’enrôlement à usage unique
  devices                                          liste les postes
  revoke <poste>                                   révoque un poste (refusé aussitôt)
  trainer-key --site <id> --key-id <id> --name <nom> --public-key <base64> [--known-at <site>]
                                                   enregistre la clé publique d’un formateur ; avec
                                                   --known-at, la fait connaître à un autre site (pour
                                                   vérifier les dossiers de stagiaires qu’il signe)
  publish <pack.json> [--key <fichier>]            publie un fichier de contenu, signé par la clé
                                                   d’exploitant du serveur (créée au premier envoi)
                                                   ou par celle du fichier donné
  operator-key [create] [--key-id <id>] [--out <fichier>]
                                                   crée une clé d’exploitant et enregistre sa clé
                                                   publique ; la clé privée va dans le dossier de
                                                   données, ou dans le fichier donné
  operator-key register --key-id <id> --public-key <base64>
                                                   enregistre la clé publique d’une clé d’exploitant
                                                   gardée ailleurs
  export-content [--out <fichier>]                 exporte le contenu publié en fichier de contenu
  import <lot.json>                                charge un lot d’événements signé (poste hors réseau)
  console-passphrase                               définit la phrase de passe de la console de l’exploitant`;

/** Runs an operator command in the running server if there is one (it holds the store), else directly. */
async function admin(config: ServerConfig, command: AdminCommand): Promise<unknown> {
  await ensureWritableDir(config.dataDir);
  const sent = sendAdminCommand(config.dataDir, command);
  const viaServer = sent ? await sent : NO_SERVER;
  if (viaServer !== NO_SERVER) return viaServer;
  const backend = await openBackend({ dataDir: config.dataDir, couchDbUrl: config.couchDbUrl });
  try {
    return await runAdminCommand(new AdminService(backend), command);
  } finally {
    await backend.close();
  }
}

function need(value: string | undefined, name: string): string {
  if (!value) throw new OperatorError(`Il manque ${name}.\n\n${USAGE}`);
  return value;
}

/** The command line, or a French message (not a stack trace) when it cannot be read. */
function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        demo: { type: 'boolean' },
        site: { type: 'string' },
        role: { type: 'string' },
        ttl: { type: 'string' },
        out: { type: 'string' },
        'key-id': { type: 'string' },
        name: { type: 'string' },
        'public-key': { type: 'string' },
        'known-at': { type: 'string' },
        key: { type: 'string' },
      },
    });
  } catch (e) {
    throw new OperatorError(`Ligne de commande invalide (${(e as Error).message.split('\n')[0]}).\n\n${USAGE}`);
  }
}

/** `npm run sync-server -- <command>`; `serve` is what `npm start` runs. */
async function main(argv: string[]): Promise<void> {
  const { values: o, positionals } = parseCommandLine(argv);
  const [command = 'serve', arg] = positionals;
  const config = configFromEnv();
  switch (command) {
    case 'serve': {
      const app = await buildServer(config);
      await listen(app, config.port, config.host);
      const shown = `http://localhost:${config.port}`;
      const demo = o.demo ? `\n${await seedDemo(app.relais.admin, shown)}\n` : '';
      const operatorConsole = await startConsole(app, config);
      console.log(
        `\nRelais est prêt : ${shown}\nDonnées : ${config.dataDir}${config.couchDbUrl ? ` (base CouchDB ${new URL(config.couchDbUrl).host})` : ''}\n${operatorConsole.text}\n${demo}`,
      );
      // The console first: it writes to the audit log that closing the gateway's backend ends.
      const stop = () => void (operatorConsole.app?.close() ?? Promise.resolve()).then(() => app.close()).then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return;
    }
    case 'enrol': {
      const r = (await admin(config, {
        command: 'enrol',
        siteId: need(o.site, '--site'),
        role: need(o.role, '--role'),
        ttlMinutes: parseTtlMinutes(o.ttl),
      })) as { code: string; expiresAt: string };
      console.log(
        `Code d’enrôlement (${o.role}, site ${o.site}) : ${r.code}\nValable une fois, jusqu’au ${new Date(r.expiresAt).toLocaleString('fr-FR')}.`,
      );
      return;
    }
    case 'devices': {
      const list = (await admin(config, { command: 'devices' })) as {
        deviceId: string;
        siteId: string;
        role: string;
        enrolledAt: string;
        revokedAt: string | null;
      }[];
      if (!list.length) console.log('Aucun poste enrôlé.');
      for (const d of list)
        console.log(`${d.deviceId}\t${d.siteId}\t${d.role}\tenrôlé ${d.enrolledAt}${d.revokedAt ? `\tRÉVOQUÉ ${d.revokedAt}` : ''}`);
      return;
    }
    case 'revoke':
      await admin(config, { command: 'revoke', deviceId: need(arg, 'le poste') });
      console.log(`Poste « ${arg} » révoqué.`);
      return;
    case 'trainer-key':
      await admin(config, {
        command: 'trainer-key',
        siteId: need(o.site, '--site'),
        keyId: need(o['key-id'], '--key-id'),
        trainerName: need(o.name, '--name'),
        publicKey: need(o['public-key'], '--public-key'),
        ...(o['known-at'] ? { knownAt: o['known-at'] } : {}),
      });
      console.log(
        o['known-at']
          ? `Clé « ${o['key-id']} » du site ${o.site} connue du site ${o['known-at']}.`
          : `Clé « ${o['key-id']} » enregistrée pour le site ${o.site}.`,
      );
      return;
    case 'publish': {
      const pack = await readJson(need(arg, 'le fichier de contenu'));
      const keyFile = o.key === undefined ? undefined : await readText(o.key);
      const r = (await admin(config, { command: 'publish', pack, ...(keyFile === undefined ? {} : { keyFile }) })) as {
        hash: string;
        written: number;
        keyId: string;
        createdKey: boolean;
      };
      if (r.createdKey) console.log(`Clé d’exploitant « ${r.keyId} » créée dans ${config.dataDir} (gardez une copie de ce dossier).`);
      console.log(`Contenu ${r.hash.slice(0, 12)} publié et signé par « ${r.keyId} » (${r.written} document(s) mis à jour).`);
      return;
    }
    case 'operator-key': {
      if (arg === undefined || arg === 'create') {
        const r = (await admin(config, {
          command: 'operator-key-create',
          ...(o['key-id'] ? { keyId: o['key-id'] } : {}),
          ...(o.out ? { out: resolve(o.out) } : {}),
        })) as { keyId: string; publicKey: string; file: string; fingerprint: string };
        console.log(
          `Clé d’exploitant « ${r.keyId} » créée et enregistrée.\nClé privée : ${r.file}\nClé publique : ${r.publicKey}\nEmpreinte : ${r.fingerprint}`,
        );
        return;
      }
      if (arg === 'register') {
        await admin(config, {
          command: 'operator-key-register',
          keyId: need(o['key-id'], '--key-id'),
          publicKey: need(o['public-key'], '--public-key'),
        });
        console.log(`Clé d’exploitant « ${o['key-id']} » enregistrée.`);
        return;
      }
      throw new OperatorError(`operator-key create ou operator-key register.\n\n${USAGE}`);
    }
    case 'export-content': {
      const pack = (await admin(config, { command: 'export-content' })) as { hash: string };
      const out = o.out ?? `relais-contenu-${pack.hash.slice(0, 12)}.json`;
      await writeFile(out, JSON.stringify(pack));
      console.log(`Contenu exporté dans ${out}`);
      return;
    }
    case 'import': {
      const r = (await admin(config, { command: 'import', bundle: await readJson(need(arg, 'le fichier du lot')) })) as {
        accepted: number;
        refused: { id: string; reason: string }[];
      };
      console.log(`Lot chargé : ${r.accepted} accepté(s), ${r.refused.length} refusé(s).`);
      for (const x of r.refused.slice(0, 20)) console.log(`  refusé ${x.id} : ${x.reason}`);
      return;
    }
    case 'console-passphrase': {
      await ensureWritableDir(config.dataDir);
      const first = await readSecret(`Nouvelle phrase de passe (au moins ${PASSPHRASE_MIN_LENGTH} caractères) : `);
      const again = await readSecret('La même, encore une fois : ');
      if (first !== again) throw new OperatorError('Les deux phrases ne sont pas les mêmes. Rien n’est changé.');
      await setOperatorPassphrase(config.dataDir, first);
      console.log('Phrase de passe de la console enregistrée. Elle sert dès la prochaine connexion (pas besoin de redémarrer).');
      return;
    }
    default:
      throw new OperatorError(`Commande inconnue « ${command} ».\n\n${USAGE}`);
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new OperatorError(`Le fichier « ${file} » ne peut pas être lu (${(e as Error).message}).`);
  }
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new OperatorError(`Le fichier « ${file} » ne peut pas être lu (${(e as Error).message}).`);
  }
}

// [G8] Everything the server and the CLI create (LevelDB, audit log, socket) is for this user only.
process.umask(0o077);
main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof OperatorError) {
    console.error(`\nErreur : ${e.message}\n`);
  } else {
    console.error(e);
  }
  process.exit(1);
});
