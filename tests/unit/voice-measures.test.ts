import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEspeak } from '../../src/content-build/audio/espeak-render';
import { measureVoice } from '../../src/domain/voice/measure';
import { voiceRemarks } from '../../src/domain/voice/remarks';
import type { VoiceMeasures } from '../../src/domain/voice/types';
import { voice } from '../../src/i18n/fr/voice';
import { readWav, upsample } from '../fixtures/voice/voice-fixture-audio';

const fixture = (name: string) => readWav(readFileSync(join(__dirname, '../fixtures/voice', `${name}.wav`)));
const measure = (name: string, windows = [] as { start: number; end: number }[]) => {
  const { samples, rate } = fixture(name);
  return measureVoice(samples, rate, windows);
};
const keys = (m: VoiceMeasures) => voiceRemarks(m).map((r) => r.key);

describe('voice measures on the WAV fixtures', () => {
  it('hears nothing in silence and says so', () => {
    const m = measure('silence');
    expect(m.durationSeconds).toBeCloseTo(2, 1);
    expect(m.speakingSeconds).toBe(0);
    expect(m.loudnessDb).toBeNull();
    expect(m.syllablesPerSecond).toBeNull();
    expect(m.pitchMedianHz).toBeNull();
    expect(keys(m)).toEqual(['silent']);
  });

  it('finds the pitch and level of a steady 220 Hz tone, with no variation', () => {
    const m = measure('tone');
    expect(m.speakingSeconds).toBeGreaterThan(2.8);
    expect(m.pitchMedianHz).toBeGreaterThan(216);
    expect(m.pitchMedianHz).toBeLessThan(224);
    expect(m.pitchSpreadSemitones).toBeLessThan(0.3);
    // A sine of amplitude 0.3 has an RMS of 0.212: −13.5 dBFS.
    expect(m.loudnessDb).toBeCloseTo(-13.5, 0);
    expect(m.clippedShare).toBe(0);
    expect(keys(m)).toContain('monotone');
  });

  it('measures espeak-ng speech within tolerances', () => {
    const m = measure('speech');
    expect(m.speakingSeconds).toBeGreaterThan(2.5);
    expect(m.speakingSeconds).toBeLessThan(4.5);
    // « Bonjour, service client, Julie à votre écoute. Que puis-je faire pour vous ? »: about 22 syllables.
    expect(m.syllablesPerSecond).toBeGreaterThan(4);
    expect(m.syllablesPerSecond).toBeLessThan(7.5);
    expect(m.pitchMedianHz).toBeGreaterThan(80);
    expect(m.pitchMedianHz).toBeLessThan(120);
    expect(m.loudnessDb).toBeGreaterThan(-30);
    expect(m.loudnessDb).toBeLessThan(-15);
    expect(m.longestSilenceSeconds).toBeLessThan(1);
    expect(m.clippedShare).toBe(0);
    expect(keys(m)).not.toContain('silent');
    expect(keys(m)).not.toContain('saturated');
  });

  it('flags a saturated take', () => {
    const m = measure('saturated');
    expect(m.clippedShare).toBeGreaterThan(0.01);
    expect(keys(m)[0]).toBe('saturated');
    expect(keys(m)).not.toContain('tooQuiet');
  });

  it('finds the pauses between sentences in a long answer', () => {
    const m = measure('long-speech');
    expect(m.durationSeconds).toBeGreaterThan(20);
    expect(m.speakingSeconds).toBeGreaterThan(12);
    expect(m.speakingSeconds).toBeLessThan(21);
    // The fixture leaves 0.6 s between sentences, plus the engine's own silence around each.
    expect(m.longestSilenceSeconds).toBeGreaterThan(0.5);
    expect(m.longestSilenceSeconds).toBeLessThan(2);
  });

  it('counts as overlap only the speech inside the customer’s windows', () => {
    const alone = measure('speech');
    expect(alone.overlapSeconds).toBe(0);
    const over = measure('speech', [{ start: 0, end: 1.5 }]);
    expect(over.overlapSeconds).toBeGreaterThan(0.5);
    expect(over.overlapSeconds).toBeLessThanOrEqual(1.5);
    expect(measure('speech', [{ start: 10, end: 12 }]).overlapSeconds).toBe(0);
  });

  it('says a quiet voice is quiet', () => {
    const { samples, rate } = fixture('speech');
    const m = measureVoice(
      samples.map((x) => x * 0.05),
      rate,
    );
    expect(m.speakingSeconds).toBeGreaterThan(1.5);
    expect(m.loudnessDb).toBeLessThan(-40);
    expect(keys(m)).toContain('tooQuiet');
  });
});

describe('speech rate follows the speed of speech', () => {
  const text = 'Je comprends votre inquiétude. Je regarde votre dossier tout de suite. Votre commande est partie hier.';
  const rates: Record<number, number> = {};
  beforeAll(async () => {
    const speak = await createEspeak();
    for (const speed of [100, 230]) {
      const m = measureVoice(upsample(await speak(text, { voice: 'fr+m1', pitch: 50, speed })), 48_000);
      rates[speed] = m.syllablesPerSecond ?? 0;
    }
  });

  it('measures a slow reading slower than a fast one, both in a human range', () => {
    // About 28 syllables: 4.2 per second of speech at 100 words per minute, about 7 at 230.
    expect(rates[100]).toBeGreaterThan(3);
    expect(rates[100]).toBeLessThan(5.5);
    expect(rates[230]).toBeGreaterThan((rates[100] ?? 0) + 1);
    expect(rates[230]).toBeLessThan(9);
  });
});

describe('remarks in plain French', () => {
  const base: VoiceMeasures = {
    durationSeconds: 8,
    speakingSeconds: 6,
    longestSilenceSeconds: 0.8,
    syllablesPerSecond: 4.5,
    loudnessDb: -22,
    clippedShare: 0,
    overlapSeconds: 0,
    pitchMedianHz: 180,
    pitchSpreadSemitones: 3,
  };

  it('praises a good answer', () => {
    expect(voiceRemarks(base).map((r) => r.tone)).toEqual(['good', 'good']);
  });

  it('gives the rate and the aim when the learner speaks fast', () => {
    const [r] = voiceRemarks({ ...base, syllablesPerSecond: 6 });
    expect(r?.key).toBe('tooFast');
    expect(voice.remark(r as NonNullable<typeof r>)).toBe('Vous avez parlé vite : 6 syllabes par seconde. Visez 4 à 5.');
  });

  it('names a long silence, talking over the customer and a flat voice', () => {
    const text = voiceRemarks({ ...base, longestSilenceSeconds: 4.2, overlapSeconds: 1.5, pitchSpreadSemitones: 1 }).map(voice.remark);
    expect(text).toContain(
      'Un silence de 4 secondes. Au téléphone, le client croit que la ligne est coupée : dites ce que vous faites (« Je regarde votre dossier… »).',
    );
    expect(text).toContain('Vous avez parlé pendant que le client parlait (1,5 seconde). Laissez-le finir avant de répondre.');
    expect(text.at(-1)).toBe('Votre voix reste sur la même note. Variez le ton : le client entend si vous êtes attentif.');
  });
});
