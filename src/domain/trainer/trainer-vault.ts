import * as v from 'valibot';
import { Base64, IsoDate, Slug } from '../records/ids';

/**
 * A trainer's Ed25519 signing key, kept on the device encrypted under his passphrase:
 * PBKDF2-SHA256 derives an AES-GCM key that wraps the PKCS#8 private key. The passphrase is never
 * stored, so losing it means making a new key (and having it registered again), not recovering one.
 */
export const TrainerVault = v.strictObject({
  keyId: Slug,
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
  siteId: Slug,
  /** Raw Ed25519 public key, base64: what the operator registers. */
  publicKey: Base64,
  kdf: v.strictObject({ algo: v.literal('PBKDF2-SHA256'), iterations: v.pipe(v.number(), v.integer(), v.minValue(10_000)), salt: Base64 }),
  iv: Base64,
  /** AES-GCM ciphertext of the PKCS#8 private key. */
  wrappedKey: Base64,
  createdAt: IsoDate,
});
export type TrainerVault = v.InferOutput<typeof TrainerVault>;

const VAULT_ITERATIONS = 310_000;
export const MIN_PASSPHRASE_LENGTH = 12;

type VaultOpen = { ok: true; privateKey: CryptoKey } | { ok: false; reason: 'wrong-passphrase' };

const toBase64 = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function wrappingKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** A new key pair, made on this device; the private key is only ever exported to be encrypted. */
export async function generateTrainerKeyPkcs8(): Promise<Uint8Array> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  return new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
}

async function publicKeyOf(pkcs8: Uint8Array): Promise<string> {
  const key = await crypto.subtle.importKey('pkcs8', pkcs8 as BufferSource, { name: 'Ed25519' }, true, ['sign']);
  const jwk = await crypto.subtle.exportKey('jwk', key);
  return btoa(atob((jwk.x ?? '').replace(/-/g, '+').replace(/_/g, '/')));
}

/** Encrypts a PKCS#8 Ed25519 key under the passphrase. */
export async function sealVault(
  input: { keyId: string; name: string; siteId: string; passphrase: string; pkcs8: Uint8Array },
  iterations = VAULT_ITERATIONS,
  now = new Date(),
): Promise<TrainerVault> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await wrappingKey(input.passphrase, salt, iterations);
  const wrapped = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, input.pkcs8 as BufferSource);
  return {
    keyId: input.keyId,
    name: input.name.trim(),
    siteId: input.siteId,
    publicKey: await publicKeyOf(input.pkcs8),
    kdf: { algo: 'PBKDF2-SHA256', iterations, salt: toBase64(salt) },
    iv: toBase64(iv),
    wrappedKey: toBase64(wrapped),
    createdAt: now.toISOString(),
  };
}

/** Decrypts the key with the passphrase; the key comes back non-extractable, for signing only. */
export async function openVault(vault: TrainerVault, passphrase: string): Promise<VaultOpen> {
  const key = await wrappingKey(passphrase, fromBase64(vault.kdf.salt), vault.kdf.iterations);
  let pkcs8: ArrayBuffer;
  try {
    pkcs8 = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(vault.iv) as BufferSource },
      key,
      fromBase64(vault.wrappedKey) as BufferSource,
    );
  } catch {
    // AES-GCM fails its tag check on a wrong key: that is how a wrong passphrase shows.
    return { ok: false, reason: 'wrong-passphrase' };
  }
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
  new Uint8Array(pkcs8).fill(0);
  return { ok: true, privateKey };
}

/** A short fingerprint to read over the phone: the first 8 bytes of SHA-256(public key), in 4 groups. */
export async function keyFingerprint(publicKeyBase64: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', fromBase64(publicKeyBase64) as BufferSource));
  const hex = Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

/** The operator's command that registers this key on the server. */
export function registerCommand(vault: Pick<TrainerVault, 'siteId' | 'keyId' | 'name' | 'publicKey'>): string {
  return `npm run sync-server -- trainer-key --site ${vault.siteId} --key-id ${vault.keyId} --name "${vault.name.replace(/"/g, '')}" --public-key ${vault.publicKey}`;
}
