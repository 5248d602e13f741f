import { hashPin } from '../auth/pin';
import { learnerDocId } from '../records/ids';
import type { LearnerDoc } from '../records/learner.schema';

/**
 * The demo site that `npm start` seeds on the server and that a fresh terminal shows until a
 * trainer enrols real learners. The PINs are printed by `npm start`: they are not secrets.
 */
export const DEMO_SITE_ID = 'demo';
export const DEMO_STAFF_PIN = '246810';

export const DEMO_LEARNERS = [
  { learnerId: 'demo-marius', firstName: 'Marius', avatar: 'colibri', pin: '1234' },
  { learnerId: 'demo-josephine', firstName: 'Joséphine', avatar: 'palmier', pin: '5678' },
  { learnerId: 'demo-kevin', firstName: 'Kévin', avatar: 'tortue', pin: '2580' },
] as const;

export async function demoLearnerDocs(createdAt = '2026-01-05T08:00:00.000Z'): Promise<LearnerDoc[]> {
  return Promise.all(
    DEMO_LEARNERS.map(async (l) => ({
      _id: learnerDocId(l.learnerId),
      schema: 1 as const,
      type: 'learner' as const,
      siteId: DEMO_SITE_ID,
      learnerId: l.learnerId,
      firstName: l.firstName,
      avatar: l.avatar,
      pin: await hashPin(l.pin),
      active: true,
      createdAt,
    })),
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
export async function demoTrainerKeys(): Promise<{ privateKey: CryptoKey; publicKey: string }> {
  const pkcs8 = hexBytes(ED25519_PKCS8_PREFIX + DEMO_TRAINER.seedHex);
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, true, ['sign']);
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  const raw = atob((jwk.x ?? '').replace(/-/g, '+').replace(/_/g, '/'));
  return { privateKey, publicKey: btoa(raw) };
}
