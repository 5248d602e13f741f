import type { Pcm } from './espeak-render';

const SILENCE = 300;
const MARGIN_SECONDS = 0.08;

/**
 * Trims the silence espeak-ng leaves around a line (a margin stays, so words are not cut) and halves
 * the rate to 11,025 Hz through a small low-pass: speech keeps what a phone line carries, the encoder
 * has half the work and the files fit the size goal.
 */
export function preparePcm(pcm: Pcm): Pcm {
  const s = pcm.samples;
  let start = 0;
  while (start < s.length && Math.abs(s[start] ?? 0) < SILENCE) start++;
  let end = s.length;
  while (end > start && Math.abs(s[end - 1] ?? 0) < SILENCE) end--;
  const margin = Math.round(MARGIN_SECONDS * pcm.rate);
  const trimmed = s.subarray(Math.max(0, start - margin), Math.min(s.length, end + margin));
  if (pcm.rate !== 22050) return { samples: trimmed.slice(), rate: pcm.rate };
  const half = new Int16Array(trimmed.length >> 1);
  for (let i = 0; i < half.length; i++) {
    const j = 2 * i;
    half[i] = ((trimmed[j - 1] ?? 0) + 2 * (trimmed[j] ?? 0) + (trimmed[j + 1] ?? 0)) >> 2;
  }
  return { samples: half, rate: 11025 };
}
