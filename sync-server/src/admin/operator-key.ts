import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { Base64, Slug } from '../../../src/domain/records/ids';
import { OperatorError } from '../errors';

/**
 * The operator's signing key for the national content ([W24]): an Ed25519 key pair in a JSON file, by
 * default `DATA_DIR/operator-key.json`, created `0600` and never overwritten. The private key may also
 * live elsewhere (a USB key) and be given to `publish --key <file>`.
 */
export const OPERATOR_KEY_FILE = 'operator-key.json';
const KIND = 'relais.operator-key';

const KeyFile = v.strictObject({
  kind: v.literal(KIND),
  keyId: Slug,
  publicKey: Base64,
  /** PKCS#8, base64. */
  privateKey: Base64,
});

export interface OperatorSigningKey {
  keyId: string;
  publicKey: string;
  privateKey: CryptoKey;
}

const toBase64 = (bytes: ArrayBuffer) => Buffer.from(bytes).toString('base64');

export const serverKeyPath = (dataDir: string) => join(dataDir, OPERATOR_KEY_FILE);

/** Creates a key pair in a new file (`0600`); an existing file is never replaced. */
export async function createOperatorKeyFile(path: string, keyId: string): Promise<{ keyId: string; publicKey: string }> {
  if (!v.is(Slug, keyId)) throw new OperatorError(`Identifiant de clé invalide « ${keyId} » (minuscules, chiffres, tirets).`);
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = toBase64(await crypto.subtle.exportKey('raw', pair.publicKey));
  const privateKey = toBase64(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  try {
    await writeFile(path, `${JSON.stringify({ kind: KIND, keyId, publicKey, privateKey }, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new OperatorError(`Le fichier « ${path} » existe déjà : une clé d’exploitant n’est jamais remplacée.`);
    throw new OperatorError(`Le fichier de clé « ${path} » ne peut pas être écrit (${code ?? (e as Error).message}).`);
  }
  return { keyId, publicKey };
}

/** Reads a key file's text; a French message when it is not one. */
export async function parseOperatorKey(text: string): Promise<OperatorSigningKey> {
  let parsed: v.InferOutput<typeof KeyFile>;
  try {
    parsed = v.parse(KeyFile, JSON.parse(text));
  } catch {
    throw new OperatorError('Ce fichier n’est pas une clé d’exploitant Relais.');
  }
  try {
    const privateKey = await crypto.subtle.importKey(
      'pkcs8',
      Uint8Array.from(Buffer.from(parsed.privateKey, 'base64')),
      { name: 'Ed25519' },
      false,
      ['sign'],
    );
    return { keyId: parsed.keyId, publicKey: parsed.publicKey, privateKey };
  } catch {
    throw new OperatorError('La clé privée de ce fichier d’exploitant est illisible.');
  }
}

/** The server's own key file, or undefined when there is none yet. */
export async function readServerKey(dataDir: string): Promise<OperatorSigningKey | undefined> {
  let text: string;
  try {
    text = await readFile(serverKeyPath(dataDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new OperatorError(
      `La clé d’exploitant « ${serverKeyPath(dataDir)} » ne peut pas être lue (${(e as NodeJS.ErrnoException).code}).`,
    );
  }
  return parseOperatorKey(text);
}
