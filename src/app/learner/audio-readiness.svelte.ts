import { type AudioCount, syncAudioCache } from './audio-fill';

/** The background copy of the audio and its progress, for the staff area. */
class AudioReadiness {
  #count = $state.raw<AudioCount | undefined>();
  #running = $state(false);
  #run: Promise<void> | undefined;

  get count() {
    return this.#count;
  }
  get running() {
    return this.#running;
  }

  /** Copies what is missing (once at a time; a second call joins the run in progress). */
  fill(): Promise<void> {
    this.#run ??= (async () => {
      this.#running = true;
      try {
        this.#count = await syncAudioCache(true, (c) => {
          this.#count = c;
        });
      } finally {
        this.#running = false;
        this.#run = undefined;
      }
    })();
    return this.#run;
  }

  /** Counts what is there without copying (the staff area opens). */
  async refresh(): Promise<void> {
    if (this.#run) return;
    this.#count = await syncAudioCache(false);
  }
}

export const audioReadiness = new AudioReadiness();
