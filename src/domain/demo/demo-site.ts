import { ARGON2_PARAMS } from '../auth/pin';
import { learnerDocId } from '../records/ids';
import type { LearnerDoc, PinHash } from '../records/learner.schema';
import { signDoc } from '../sync/signed-doc';

/**
 * The demo site that `npm start` seeds on the server and that a fresh terminal shows until a
 * trainer enrols real learners. The PINs are printed by `npm start`: they are not secrets.
 */
export const DEMO_SITE_ID = 'demo';
export const DEMO_STAFF_PIN = '246810';

const demoHash = (salt: string, hash: string): PinHash => ({ algo: 'argon2id', ...ARGON2_PARAMS, salt, hash });

/**
 * The demo PINs with their Argon2id hashes made once (fixed salts: the PINs are public anyway), so that
 * a fresh terminal seeds them without loading the KDF on its first screen. A test checks they match.
 */
export const DEMO_LEARNERS = [
  {
    learnerId: 'demo-marius',
    firstName: 'Marius',
    avatar: 'colibri',
    pin: '123456',
    pinHash: demoHash('ZYqv1PkeQ2iNstf8IUZrkA==', '4yQwesSuW5lfuKjc870ADuNcilj8GbpOL1h4frXYoNc='),
  },
  {
    learnerId: 'demo-josephine',
    firstName: 'Joséphine',
    avatar: 'palmier',
    pin: '567890',
    pinHash: demoHash('yu8UOV6DqM3yFzxhhqvQ9Q==', 'XzLdsh5HY4DJMuo4SflZI2TNa7IUe9pVOOWdDlYQJak='),
  },
  {
    learnerId: 'demo-kevin',
    firstName: 'Kévin',
    avatar: 'tortue',
    pin: '258025',
    pinHash: demoHash('L1R5nsPoDTJXfKHG6xA1Wg==', 'Wq6hqP6g9sBMLUwMlAucTP7GAEx7ijIkGO2ZOB9TWRs='),
  },
] as const;
/** The demo staff PIN's hash, made once as above. */
export const DEMO_STAFF_PIN_HASH = demoHash('lLneAyhNcpe84QYrUHWavw==', 'o0aEHGGUflC2bZeIY6mMQ8z36bkIZ/6o4mVAIqgM2fM=');

/** The demo learners, version 1 signed by the demo trainer (registered as a trainer key of site `demo`). */
export async function demoLearnerDocs(createdAt = '2026-01-05T08:00:00.000Z'): Promise<LearnerDoc[]> {
  const { privateKey } = await demoTrainerKeys();
  return Promise.all(
    DEMO_LEARNERS.map(async (l) =>
      signDoc(
        {
          _id: learnerDocId(l.learnerId),
          schema: 2 as const,
          type: 'learner' as const,
          siteId: DEMO_SITE_ID,
          learnerId: l.learnerId,
          firstName: l.firstName,
          avatar: l.avatar,
          pin: l.pinHash,
          active: true,
          createdAt,
          signedBy: DEMO_TRAINER.keyId,
          version: 1,
          prevHash: null,
        },
        privateKey,
      ),
    ),
  );
}

/**
 * The demo trainer. Its key pair comes from a published seed, so that the server can register and use it
 * and any demo terminal can sign in with it: it is a demo, not a secret. Real trainers make their key on
 * their own device.
 */
export const DEMO_TRAINER = {
  keyId: 'demo-formateur',
  name: 'Formateur démo',
  passphrase: 'relais demo formateur',
  /** 32-byte Ed25519 seed, hex. */
  seedHex: '5d1e6a3c9b07f24e8812c0d4a6b3f95e17c2d8a04b6e9f3152c7a8d0e4b19f6a',
} as const;

// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): a fixed DER prefix, then the 32 bytes.
const ED25519_PKCS8_PREFIX = '302e020100300506032b657004220420';

const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));

/** The demo trainer's private key as PKCS#8, to seal it in a demo terminal's trainer vault. */
export const demoTrainerPkcs8 = (): Uint8Array => hexBytes(ED25519_PKCS8_PREFIX + DEMO_TRAINER.seedHex);

/** The demo trainer's signing key and raw public key (base64), through WebCrypto. */
export function demoTrainerKeys(): Promise<{ privateKey: CryptoKey; publicKey: string }> {
  return ed25519FromSeed(DEMO_TRAINER.seedHex);
}

/** An Ed25519 key pair from a published 32-byte seed (hex): demo and test keys only, never real ones. */
export async function ed25519FromSeed(seedHex: string): Promise<{ privateKey: CryptoKey; publicKey: string }> {
  const pkcs8 = hexBytes(ED25519_PKCS8_PREFIX + seedHex);
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, true, ['sign']);
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  const raw = atob((jwk.x ?? '').replace(/-/g, '+').replace(/_/g, '/'));
  return { privateKey, publicKey: btoa(raw) };
}
