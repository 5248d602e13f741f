import type { SpeechPart } from './audio-player';

type Player = typeof import('./audio-player');

let player: Promise<Player> | undefined;
/** The player loads on first use: no screen's first paint carries it. */
export const loadPlayer = (): Promise<Player> => (player ??= import('./audio-player'));
export const playerLoaded = (): boolean => player !== undefined;

/** One « Écouter » control's state: whether what it reads is playing now. */
export class Playback {
  #playing = $state(false);

  get playing(): boolean {
    return this.#playing;
  }

  async toggle(parts: readonly SpeechPart[]): Promise<void> {
    const p = await loadPlayer();
    if (this.#playing) {
      p.stopPlayback();
      this.#playing = false;
      return;
    }
    this.#playing = true;
    try {
      await p.playParts(parts);
    } finally {
      this.#playing = false;
    }
  }

  /** Stops what this control started (the screen is left). */
  stop(): void {
    if (this.#playing) void loadPlayer().then((p) => p.stopPlayback());
    this.#playing = false;
  }
}
