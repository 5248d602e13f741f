import type { Pcm } from './espeak-render';

const SILENCE = 300;
const MARGIN_SECONDS = 0.05;
/** espeak-ng pauses about 0.5 s at each full stop; on the phone 0.3 s reads as the same pause. */
const MAX_PAUSE_SECONDS = 0.3;

/**
 * Trims the silence espeak-ng leaves around a line (a margin stays, so words are not cut), shortens the
 * pauses inside it to MAX_PAUSE_SECONDS, and halves the rate to 11,025 Hz through a small low-pass: speech
 * keeps what a phone line carries, the encoder has half the work and the files fit the size goal.
 */
export function preparePcm(pcm: Pcm): Pcm {
  const s = pcm.samples;
  let start = 0;
  while (start < s.length && Math.abs(s[start] ?? 0) < SILENCE) start++;
  let end = s.length;
  while (end > start && Math.abs(s[end - 1] ?? 0) < SILENCE) end--;
  const margin = Math.round(MARGIN_SECONDS * pcm.rate);
  const trimmed = shortenPauses(s.subarray(Math.max(0, start - margin), Math.min(s.length, end + margin)), pcm.rate);
  if (pcm.rate !== 22050) return { samples: trimmed.slice(), rate: pcm.rate };
  const half = new Int16Array(trimmed.length >> 1);
  for (let i = 0; i < half.length; i++) {
    const j = 2 * i;
    half[i] = ((trimmed[j - 1] ?? 0) + 2 * (trimmed[j] ?? 0) + (trimmed[j + 1] ?? 0)) >> 2;
  }
  return { samples: half, rate: 11025 };
}

/** Cuts every run of near-silence longer than MAX_PAUSE_SECONDS down to that length (its middle goes). */
export function shortenPauses(samples: Int16Array, rate: number): Int16Array {
  const keep = Math.round(MAX_PAUSE_SECONDS * rate);
  const out = new Int16Array(samples.length);
  let n = 0;
  let i = 0;
  while (i < samples.length) {
    let j = i;
    while (j < samples.length && Math.abs(samples[j] ?? 0) < SILENCE) j++;
    const run = j - i;
    if (run > keep) {
      out.set(samples.subarray(i, i + (keep >> 1)), n);
      n += keep >> 1;
      out.set(samples.subarray(j - (keep - (keep >> 1)), j), n);
      n += keep - (keep >> 1);
    } else {
      out.set(samples.subarray(i, j), n);
      n += run;
    }
    if (j < samples.length) out[n++] = samples[j] ?? 0;
    i = j + 1;
  }
  return out.subarray(0, n);
}
