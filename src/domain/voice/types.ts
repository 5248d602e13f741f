/**
 * What the app measures of one spoken answer. Pure data: computed from PCM samples by `measureVoice`
 * (no Web Audio, no recognition), stored beside the recording on the terminal, and sent through sync
 * inside a `voice.measured` event (the recording itself never leaves the terminal, [W26]).
 */
export interface VoiceMeasures {
  /** Length of the recording, in seconds. */
  durationSeconds: number;
  /** Time with speech in it, in seconds. */
  speakingSeconds: number;
  /** Longest pause between the first and the last speech, in seconds (0 when there is no speech). */
  longestSilenceSeconds: number;
  /** Syllable nuclei per second of speaking time; null under one second of speech. */
  syllablesPerSecond: number | null;
  /** Mean level of the speech frames in dBFS (0 is full scale); null when there is no speech. */
  loudnessDb: number | null;
  /** Share (0–1) of the samples at full scale: above a few thousandths the voice is saturated. */
  clippedShare: number;
  /** Seconds of speech while the customer was talking (the windows given to `measureVoice`). */
  overlapSeconds: number;
  /** Median pitch of the voiced frames, in Hz; null when too few frames are voiced. */
  pitchMedianHz: number | null;
  /** Spread of the pitch (standard deviation, in semitones); null when too few frames are voiced. A monotone voice is under 2. */
  pitchSpreadSemitones: number | null;
}

/** A span of the recording, in seconds from its start, during which the customer was talking. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** One plain-words remark on a measure; the UI turns `key` and `values` into French (src/i18n/fr/voice.ts). */
export interface VoiceRemark {
  key:
    | 'silent'
    | 'tooQuiet'
    | 'saturated'
    | 'tooFast'
    | 'tooSlow'
    | 'rateGood'
    | 'longSilence'
    | 'overlap'
    | 'monotone'
    | 'lively'
    | 'tooShort';
  /** `advice` is something to work on, `good` something to keep. */
  tone: 'advice' | 'good';
  values: Record<string, number>;
}
