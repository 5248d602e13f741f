import type { VoiceRole } from '../../domain/audio/audio-key';

/** espeak-ng voice settings per speaker: a voice variant, its pitch (0–99) and speed (words per minute). */
export interface VoiceParams {
  voice: string;
  pitch: number;
  speed: number;
}

export const VOICES: Record<VoiceRole, VoiceParams> = {
  customer: { voice: 'fr+f3', pitch: 60, speed: 165 },
  narrator: { voice: 'fr+m3', pitch: 45, speed: 160 },
  advisor: { voice: 'fr+m1', pitch: 50, speed: 160 },
};
