import type { VoiceMeasures, VoiceRemark } from './types';

/**
 * The thresholds of the remarks. On the phone a calm advisor speaks at 4 to 5 syllables per second; above
 * 5.5 the customer loses words, under 3 he waits. A silence over 3 s with nothing said makes him think the
 * line is cut. A voice whose pitch spreads less than 2 semitones sounds flat.
 */
export const VOICE_THRESHOLDS = {
  silentBelowSeconds: 0.3,
  shortBelowSeconds: 1.5,
  quietBelowDb: -38,
  saturatedAboveShare: 0.01,
  rateAim: { low: 4, high: 5 },
  fastAbove: 5.5,
  slowBelow: 3,
  longSilenceAboveSeconds: 3,
  overlapAboveSeconds: 0.5,
  monotoneBelowSemitones: 2,
} as const;

const T = VOICE_THRESHOLDS;
const one = (x: number) => Math.round(x * 10) / 10;

/** What to say about one answer, most important first: the first remarks are about being heard at all. */
export function voiceRemarks(m: VoiceMeasures): VoiceRemark[] {
  const remarks: VoiceRemark[] = [];
  if (m.clippedShare > T.saturatedAboveShare) remarks.push({ key: 'saturated', tone: 'advice', values: {} });
  if (m.speakingSeconds < T.silentBelowSeconds) {
    remarks.push({ key: 'silent', tone: 'advice', values: {} });
    return remarks;
  }
  if (m.loudnessDb !== null && m.loudnessDb < T.quietBelowDb && m.clippedShare <= T.saturatedAboveShare) {
    remarks.push({ key: 'tooQuiet', tone: 'advice', values: {} });
  }
  if (m.speakingSeconds < T.shortBelowSeconds) {
    remarks.push({ key: 'tooShort', tone: 'advice', values: { seconds: one(m.speakingSeconds) } });
  }
  const rate = m.syllablesPerSecond;
  if (rate !== null) {
    const values = { rate: one(rate), low: T.rateAim.low, high: T.rateAim.high };
    if (rate > T.fastAbove) remarks.push({ key: 'tooFast', tone: 'advice', values });
    else if (rate < T.slowBelow) remarks.push({ key: 'tooSlow', tone: 'advice', values });
    else remarks.push({ key: 'rateGood', tone: 'good', values });
  }
  if (m.longestSilenceSeconds > T.longSilenceAboveSeconds) {
    remarks.push({ key: 'longSilence', tone: 'advice', values: { seconds: Math.round(m.longestSilenceSeconds) } });
  }
  if (m.overlapSeconds > T.overlapAboveSeconds) {
    remarks.push({ key: 'overlap', tone: 'advice', values: { seconds: one(m.overlapSeconds) } });
  }
  if (m.pitchSpreadSemitones !== null) {
    const values = { semitones: one(m.pitchSpreadSemitones) };
    remarks.push(
      m.pitchSpreadSemitones < T.monotoneBelowSemitones
        ? { key: 'monotone', tone: 'advice', values }
        : { key: 'lively', tone: 'good', values },
    );
  }
  return remarks;
}
