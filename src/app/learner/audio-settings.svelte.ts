import { readAutoplay, writeAutoplay } from '../../storage/audio-preferences';
import { session } from './session-manager.svelte';

/** The signed-in learner's audio setting: do role-play customers speak by themselves. */
class AudioSettings {
  #changed = $state<Record<string, boolean>>({});

  get autoplay(): boolean {
    const id = session.learner?._id ?? '';
    return this.#changed[id] ?? readAutoplay(id);
  }

  setAutoplay(on: boolean): void {
    const id = session.learner?._id ?? '';
    writeAutoplay(id, on);
    this.#changed[id] = on;
  }
}

export const audioSettings = new AudioSettings();
