import * as v from 'valibot';
import type { VoiceMeasures } from './types';

const Seconds = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(3600));
const OrNull = <T extends v.GenericSchema>(s: T) => v.nullable(s);

/** The measures as they travel in a `voice.measured` event: every number finite and bounded. */
export const VoiceMeasuresSchema = v.strictObject({
  durationSeconds: Seconds,
  speakingSeconds: Seconds,
  longestSilenceSeconds: Seconds,
  syllablesPerSecond: OrNull(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(30))),
  loudnessDb: OrNull(v.pipe(v.number(), v.finite(), v.minValue(-200), v.maxValue(0))),
  clippedShare: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1)),
  overlapSeconds: Seconds,
  pitchMedianHz: OrNull(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(2000))),
  pitchSpreadSemitones: OrNull(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(48))),
}) satisfies v.GenericSchema<VoiceMeasures>;
