import type { TranscriptLine } from '../../domain/roleplay/roleplay-run';

/**
 * Reads the customer's lines aloud with a French voice when the terminal has one. Without a voice
 * (most classroom terminals), it says nothing about it: the text is on screen anyway.
 */
export function speakCustomer(lines: readonly TranscriptLine[]): void {
  if (typeof speechSynthesis === 'undefined') return;
  const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('fr'));
  if (!voice) return;
  for (const line of lines) {
    if (line.speaker !== 'customer') continue;
    const utterance = new SpeechSynthesisUtterance(line.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    speechSynthesis.speak(utterance);
  }
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
