import type { VoiceRole } from '../../domain/audio/audio-key';
import { audioFor } from './audio-library';

/** One piece to say: who says it and the text (as shown on screen). */
export interface SpeechPart {
  role: VoiceRole;
  text: string;
}

let current: { stop(): void } | undefined;

/**
 * Says the parts in order, each from its rendered file; a part without a file (or whose file cannot
 * play) is read by the browser's French voice when the terminal has one, else skipped (the text is on
 * screen). Starting a new playback stops the one in progress. Resolves when done or stopped.
 */
export function playParts(parts: readonly SpeechPart[]): Promise<void> {
  stopPlayback();
  let stopped = false;
  let audio: HTMLAudioElement | undefined;
  const handle = {
    stop() {
      stopped = true;
      audio?.pause();
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    },
  };
  current = handle;
  return (async () => {
    for (const part of parts) {
      if (stopped) return;
      const url = await audioFor(part.role, part.text);
      if (stopped) return;
      if (url) {
        audio = new Audio(url);
        if (await playToEnd(audio)) continue;
      }
      if (!stopped) await speakFallback(part.text);
    }
  })().finally(() => {
    if (current === handle) current = undefined;
  });
}

export function stopPlayback(): void {
  current?.stop();
  current = undefined;
}

export function isPlaying(): boolean {
  return current !== undefined;
}

/** True when the file played to its end or was paused by a stop; false when it could not play. */
function playToEnd(audio: HTMLAudioElement): Promise<boolean> {
  return new Promise((resolve) => {
    audio.addEventListener('ended', () => resolve(true), { once: true });
    audio.addEventListener('pause', () => resolve(true), { once: true });
    audio.addEventListener('error', () => resolve(false), { once: true });
    audio.play().catch(() => resolve(false));
  });
}

function speakFallback(text: string): Promise<void> {
  if (typeof speechSynthesis === 'undefined') return Promise.resolve();
  const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('fr'));
  if (!voice) return Promise.resolve();
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
    speechSynthesis.speak(utterance);
  });
}
