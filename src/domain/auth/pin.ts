import type { PinHash } from '../records/learner.schema';

/** PINs typed on the pad: 4 digits for learners enrolled before, 6 for new ones (NEW_PIN_PATTERN). */
export const PIN_PATTERN = /^\d{4,6}$/;
export const NEW_PIN_PATTERN = /^\d{6}$/;
export const PIN_ITERATIONS = 120_000;

/**
 * Argon2id cost of a PIN check. Any enrolled terminal holds the site's learner documents with these
 * hashes, so the cost of one guess is what protects a PIN. Tuned so that one check stays under 0.5 s on
 * a classroom terminal at ×4 CPU throttling (`npm run bench` measures it and the full-search time).
 */
export const ARGON2_PARAMS = { memoryKiB: 24_576, iterations: 2, parallelism: 1 } as const;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function pbkdf2(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** Argon2id in WASM (hash-wasm), loaded only when a PIN is checked: the first screen does not carry it. */
async function argon2(
  pin: string,
  salt: Uint8Array,
  p: { memoryKiB: number; iterations: number; parallelism: number },
): Promise<Uint8Array> {
  const { argon2id } = await import('hash-wasm');
  return argon2id({
    password: pin,
    salt,
    memorySize: p.memoryKiB,
    iterations: p.iterations,
    parallelism: p.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
}

/** A PIN stored only as an Argon2id hash with a per-learner random salt. */
export async function hashPin(
  pin: string,
  params: { memoryKiB: number; iterations: number; parallelism: number } = ARGON2_PARAMS,
  salt?: Uint8Array,
): Promise<PinHash> {
  if (!PIN_PATTERN.test(pin)) throw new Error('PIN must be 4 to 6 digits');
  const s = salt ?? crypto.getRandomValues(new Uint8Array(16));
  return { algo: 'argon2id', ...params, salt: toBase64(s), hash: toBase64(await argon2(pin, s, params)) };
}

/** The former PBKDF2-SHA256 hash: still verified (and then upgraded, see `needsUpgrade`), no longer written. */
export async function hashPinPbkdf2(pin: string, iterations = PIN_ITERATIONS, salt?: Uint8Array): Promise<PinHash> {
  if (!PIN_PATTERN.test(pin)) throw new Error('PIN must be 4 to 6 digits');
  const s = salt ?? crypto.getRandomValues(new Uint8Array(16));
  return { algo: 'PBKDF2-SHA256', iterations, salt: toBase64(s), hash: toBase64(await pbkdf2(pin, s, iterations)) };
}

/** Whether a stored hash is weaker than what `hashPin` writes today. */
export function needsUpgrade(stored: PinHash): boolean {
  return stored.algo !== 'argon2id' || stored.memoryKiB < ARGON2_PARAMS.memoryKiB || stored.iterations < ARGON2_PARAMS.iterations;
}

/** Constant-time comparison of a PIN against its stored hash (either algorithm). */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  if (!PIN_PATTERN.test(pin)) return false;
  const salt = fromBase64(stored.salt);
  const actual = stored.algo === 'argon2id' ? await argon2(pin, salt, stored) : await pbkdf2(pin, salt, stored.iterations);
  const expected = fromBase64(stored.hash);
  if (actual.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < actual.length; i++) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return diff === 0;
}
