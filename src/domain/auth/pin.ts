import type { PinHash } from '../records/learner.schema';

export const PIN_PATTERN = /^\d{4,6}$/;
export const PIN_ITERATIONS = 120_000;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** PINs are stored only as PBKDF2-SHA256 hashes with a per-learner random salt (WebCrypto, browser and Node). */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS, salt?: Uint8Array): Promise<PinHash> {
  if (!PIN_PATTERN.test(pin)) throw new Error('PIN must be 4 to 6 digits');
  const s = salt ?? crypto.getRandomValues(new Uint8Array(16));
  return { algo: 'PBKDF2-SHA256', iterations, salt: toBase64(s), hash: toBase64(await derive(pin, s, iterations)) };
}

/** Constant-time comparison of a PIN against its stored hash. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  if (!PIN_PATTERN.test(pin)) return false;
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations);
  const expected = fromBase64(stored.hash);
  if (actual.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < actual.length; i++) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return diff === 0;
}
