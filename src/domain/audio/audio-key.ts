import { normalizeSpeech } from './speech-text';

/** Who speaks: each has its own voice (the customer of a role-play, the narrator, the model advisor). */
export type VoiceRole = 'customer' | 'narrator' | 'advisor';

export const VOICE_ROLES: readonly VoiceRole[] = ['customer', 'narrator', 'advisor'];

/**
 * The key of a spoken text in the audio manifest: a 64-bit hash (two 32-bit FNV-1a lanes) of the role
 * and the normalised text, hex. Synchronous and without `crypto.subtle`, so the terminal computes it as
 * cheaply as the build; with a few thousand lines a collision is out of reach (~1e-12).
 */
export function speechKey(role: VoiceRole, text: string): string {
  const input = `${role}\n${normalizeSpeech(text)}`;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (i & 0xff), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
