import * as v from 'valibot';
import { Base64, IsoDate, Slug } from '../records/ids';
import { canonicalJson } from '../shared/canonical-json';

/**
 * A terminal that never reaches the server exports its pending events as a bundle file.
 * Integrity and origin: HMAC-SHA256 over the canonical JSON of the bundle without `mac`, keyed
 * with the device's bundle key, SHA-256("relais-bundle-key:" + credential). The server keeps that
 * key (and, separately, a different hash of the credential for login), so a leaked server database
 * lets nobody log in as the device.
 */
export const BUNDLE_KIND = 'relais.event-bundle';
export const BUNDLE_FORMAT = 1;
const MAX_BUNDLE_EVENTS = 100_000;

export const EventBundle = v.strictObject({
  kind: v.literal(BUNDLE_KIND),
  format: v.literal(BUNDLE_FORMAT),
  siteId: Slug,
  deviceId: Slug,
  createdAt: IsoDate,
  /** Checked one by one with the site schemas on import, like a push. */
  events: v.pipe(v.array(v.record(v.string(), v.unknown())), v.maxLength(MAX_BUNDLE_EVENTS)),
  mac: Base64,
});
export type EventBundle = v.InferOutput<typeof EventBundle>;

const enc = new TextEncoder();
const toBase64 = (bytes: Uint8Array) => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
};

async function hex(text: string): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', enc.encode(text)));
  return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The one derivation rule of the device secrets: what is hashed (SHA-256) for logins and for bundles. */
export const credentialHashInput = (credential: string) => `relais-auth:${credential}`;
export const bundleKeyInput = (credential: string) => `relais-bundle-key:${credential}`;
/** What the server stores to check logins. */
export const credentialHash = (credential: string) => hex(credentialHashInput(credential));
/** What the server stores to check bundles. */
export const bundleKey = (credential: string) => hex(bundleKeyInput(credential));

async function hmac(keyHex: string, text: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', enc.encode(keyHex), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(text))));
}

export async function signBundle(body: Omit<EventBundle, 'mac'>, credential: string): Promise<EventBundle> {
  return { ...body, mac: await hmac(await bundleKey(credential), canonicalJson(body)) };
}

export async function verifyBundleMac(bundle: EventBundle, keyHex: string): Promise<boolean> {
  const { mac, ...body } = bundle;
  const expected = await hmac(keyHex, canonicalJson(body));
  if (expected.length !== mac.length) return false;
  let diff = 0;
  for (let i = 0; i < mac.length; i++) diff |= mac.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}
