import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OperatorError } from '../errors';

/** [O2] The operator's passphrase is kept only as a scrypt hash, in the data dir, for the server's user only. */
interface StoredPassphrase {
  algo: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  hash: string;
  setAt: string;
}

const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
export const PASSPHRASE_MIN_LENGTH = 12;
const fileOf = (dataDir: string) => join(dataDir, 'console-passphrase.json');

function derive(passphrase: string, salt: Buffer, o: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...o, maxmem: 256 * o.N * o.r };
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), new Uint8Array(salt), KEY_LENGTH, options, (e, key) => (e ? reject(e) : resolve(key))),
  );
}

export async function setOperatorPassphrase(dataDir: string, passphrase: string): Promise<void> {
  if ([...passphrase].length < PASSPHRASE_MIN_LENGTH)
    throw new OperatorError(`La phrase de passe doit avoir au moins ${PASSPHRASE_MIN_LENGTH} caractères (plusieurs mots, par exemple).`);
  const salt = randomBytes(16);
  const stored: StoredPassphrase = {
    algo: 'scrypt',
    ...PARAMS,
    salt: salt.toString('base64'),
    hash: (await derive(passphrase, salt, PARAMS)).toString('base64'),
    setAt: new Date().toISOString(),
  };
  // Written aside then renamed: a crash never leaves half a file (which would lock the operator out).
  const tmp = `${fileOf(dataDir)}.tmp`;
  await writeFile(tmp, JSON.stringify(stored), { mode: 0o600 });
  await rename(tmp, fileOf(dataDir));
}

/** The stored hash, or undefined when no passphrase was ever set. Read at each sign-in: a change needs no restart. */
async function readStored(dataDir: string): Promise<StoredPassphrase | undefined> {
  let text: string;
  try {
    text = await readFile(fileOf(dataDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const s = JSON.parse(text) as StoredPassphrase;
  if (s.algo !== 'scrypt' || !s.salt || !s.hash)
    throw new OperatorError(`Le fichier ${fileOf(dataDir)} est abîmé : définissez la phrase de passe de nouveau.`);
  return s;
}

export async function hasOperatorPassphrase(dataDir: string): Promise<boolean> {
  return (await readStored(dataDir)) !== undefined;
}

export type PassphraseCheck = 'ok' | 'wrong' | 'not-set';

export async function checkOperatorPassphrase(dataDir: string, passphrase: string): Promise<PassphraseCheck> {
  const s = await readStored(dataDir);
  if (!s) return 'not-set';
  const expected = Buffer.from(s.hash, 'base64');
  const got = await derive(passphrase.slice(0, 1024), Buffer.from(s.salt, 'base64'), s);
  return got.length === expected.length && timingSafeEqual(new Uint8Array(got), new Uint8Array(expected)) ? 'ok' : 'wrong';
}
