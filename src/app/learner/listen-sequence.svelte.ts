import type { SpeechPart } from './audio-player';
import { loadPlayer } from './audio-playback.svelte';

/** One thing to hear in a sequence: lines read from the content's audio, or a learner's take from this terminal. */
export type Listenable = { kind: 'speech'; parts: readonly SpeechPart[] } | { kind: 'take'; audio: Blob };

let current: { stop(): void } | undefined;

/**
 * Plays the pieces in order and resolves when done or stopped; starting another sequence stops this one.
 * A take plays from an object URL made for it and released after.
 */
export function playSequence(pieces: readonly Listenable[]): Promise<void> {
  stopSequence();
  let stopped = false;
  let audio: HTMLAudioElement | undefined;
  const handle = {
    stop() {
      stopped = true;
      audio?.pause();
      void loadPlayer().then((p) => p.stopPlayback());
    },
  };
  current = handle;
  return (async () => {
    for (const piece of pieces) {
      if (stopped) return;
      if (piece.kind === 'speech') {
        await (await loadPlayer()).playParts(piece.parts);
        continue;
      }
      const url = URL.createObjectURL(piece.audio);
      try {
        audio = new Audio(url);
        await playToEnd(audio);
      } finally {
        URL.revokeObjectURL(url);
      }
    }
  })().finally(() => {
    if (current === handle) current = undefined;
  });
}

export function stopSequence(): void {
  current?.stop();
  current = undefined;
}

/** Which of a screen's listen buttons is playing now (one at a time): each button has a key. */
export class ListenControl {
  #playing = $state<string | undefined>();

  get playing(): string | undefined {
    return this.#playing;
  }

  /** Plays the pieces under this key, or stops them when that key is the one playing. */
  async toggle(key: string, pieces: readonly Listenable[]): Promise<void> {
    if (this.#playing === key) return this.stop();
    this.#playing = key;
    try {
      await playSequence(pieces);
    } finally {
      if (this.#playing === key) this.#playing = undefined;
    }
  }

  stop(): void {
    stopSequence();
    this.#playing = undefined;
  }
}

/** Resolves at the end, on a stop (pause) or when the take cannot play: the screen stays usable either way. */
function playToEnd(audio: HTMLAudioElement): Promise<void> {
  return new Promise((resolve) => {
    for (const event of ['ended', 'pause', 'error']) audio.addEventListener(event, () => resolve(), { once: true });
    // A take the browser refuses to play ends its turn: the next piece still plays.
    audio.play().catch((e: unknown) => {
      console.error(e);
      resolve();
    });
  });
}
