import type { TranscriptLine } from '../../domain/roleplay/roleplay-run';
import { errors } from '../shell/error-state.svelte';
import { loadPlayer, playerLoaded } from './audio-playback.svelte';
import { audioSettings } from './audio-settings.svelte';

/**
 * Plays the customer's lines as they come, from the audio made at content build (the browser's own
 * French voice only for a line without a file), unless the learner turned auto-play off.
 */
export function speakCustomer(lines: readonly TranscriptLine[]): void {
  if (!audioSettings.autoplay) return;
  const parts = lines.filter((l) => l.speaker === 'customer').map((l) => ({ role: 'customer' as const, text: l.text }));
  if (!parts.length) return;
  loadPlayer()
    .then((p) => p.playParts(parts))
    .catch((e) => errors.report(e));
}

export function stopSpeaking(): void {
  if (playerLoaded()) void loadPlayer().then((p) => p.stopPlayback());
  else if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
