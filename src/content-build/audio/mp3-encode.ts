import { Mp3Encoder } from '@breezystack/lamejs';
import type { Pcm } from './espeak-render';

export const MP3_KBPS = 8;
export const MP3_ID = `lamejs@1.2.7/${MP3_KBPS}k`;

/** Mono MP3 at a speech bitrate; `seconds` is the PCM's length. */
export function encodeMp3(pcm: Pcm, kbps = MP3_KBPS): { bytes: Uint8Array; seconds: number } {
  const encoder = new Mp3Encoder(1, pcm.rate, kbps);
  const parts: Uint8Array[] = [];
  const FRAME = 1152;
  for (let i = 0; i < pcm.samples.length; i += FRAME) parts.push(encoder.encodeBuffer(pcm.samples.subarray(i, i + FRAME)));
  parts.push(encoder.flush());
  const length = parts.reduce((n, p) => n + p.length, 0);
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, seconds: pcm.samples.length / pcm.rate };
}
