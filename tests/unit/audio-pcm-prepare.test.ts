import { describe, expect, it } from 'vitest';
import { preparePcm, shortenPauses } from '../../src/content-build/audio/pcm-prepare';

const RATE = 22_050;
const tone = (seconds: number) =>
  Array.from({ length: Math.round(seconds * RATE) }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * 200 * i) / RATE)) || 1000);
const silence = (seconds: number) => new Array(Math.round(seconds * RATE)).fill(0);
/** Lengths in seconds of the loud and quiet runs (quiet runs shorter than 20 ms are inside the tone). */
function runs(samples: Int16Array, rate: number): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < samples.length) {
    let j = i;
    while (j < samples.length && Math.abs(samples[j] ?? 0) < 300) j++;
    if (j - i > rate * 0.02) out.push(-(j - i) / rate);
    i = j;
    while (
      j < samples.length &&
      !(Math.abs(samples[j] ?? 0) < 300 && Math.abs(samples[j + 1] ?? 0) < 300 && Math.abs(samples[j + 40] ?? 0) < 300)
    )
      j++;
    if (j > i) out.push((j - i) / rate);
    i = j;
  }
  return out.map((x) => Math.round(x * 100) / 100);
}

describe('preparing espeak-ng PCM for the MP3 encoder', () => {
  it('cuts a long pause inside a line to 0.3 s and keeps a short one', () => {
    const samples = Int16Array.from([...tone(0.3), ...silence(1.2), ...tone(0.3), ...silence(0.2), ...tone(0.3)]);
    const out = shortenPauses(samples, RATE);
    const r = runs(out, RATE);
    expect(r.filter((x) => x < 0)).toEqual([-0.3, -0.2]);
    expect(out.length / RATE).toBeCloseTo(0.9 + 0.3 + 0.2, 1);
  });

  it('trims the edges to a margin, shortens the pauses and halves the rate', () => {
    const samples = Int16Array.from([...silence(0.5), ...tone(0.4), ...silence(0.9), ...tone(0.4), ...silence(0.5)]);
    const out = preparePcm({ samples, rate: RATE });
    expect(out.rate).toBe(11_025);
    expect(out.samples.length / out.rate).toBeCloseTo(0.05 + 0.4 + 0.3 + 0.4 + 0.05, 1);
  });

  it('leaves a line without pauses as it was, but for the edges', () => {
    const samples = Int16Array.from(tone(0.5));
    expect(shortenPauses(samples, RATE)).toEqual(samples);
  });
});
