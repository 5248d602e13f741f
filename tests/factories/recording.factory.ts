import type { VoiceMeasures } from '../../src/domain/voice/types';
import type { RecordingRow } from '../../src/storage/recordings';

/** Measures of an ordinary, well-spoken take. */
export function measuresFactory(over: Partial<VoiceMeasures> = {}): VoiceMeasures {
  return {
    durationSeconds: 4,
    speakingSeconds: 3.2,
    longestSilenceSeconds: 0.4,
    syllablesPerSecond: 4.5,
    loudnessDb: -22,
    clippedShare: 0,
    overlapSeconds: 0,
    pitchMedianHz: 140,
    pitchSpreadSemitones: 3,
    ...over,
  };
}

/** A take as the screens hand it to saveRecording: `bytes` audio bytes, made at `createdAt`. */
export function recordingFactory(
  over: Partial<Omit<RecordingRow, 'id' | 'bytes'>> & { id?: string; audioBytes?: number } = {},
): Omit<RecordingRow, 'id' | 'bytes'> & { id?: string } {
  const { audioBytes = 1000, ...rest } = over;
  return {
    learnerId: 'ana',
    kind: 'micro',
    sentenceId: 'micro-1',
    createdAt: '2026-12-01T10:00:00.000Z',
    mimeType: 'audio/webm;codecs=opus',
    durationSeconds: 4,
    audio: new Blob([new Uint8Array(audioBytes)], { type: 'audio/webm;codecs=opus' }),
    measures: measuresFactory(),
    ...rest,
  };
}
