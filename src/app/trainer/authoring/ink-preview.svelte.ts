import { Story } from 'inkjs';

interface PreviewLine {
  text: string;
  /** The choice the trainer made that led here (shown as the trainee's words). */
  chosen?: boolean;
}

/**
 * Plays the compiled script as a learner would. After each recompile the choices already made are
 * replayed on the new story, so the trainer stays where they were; a choice that no longer exists
 * stops the replay there.
 */
export class InkPreview {
  #lines = $state.raw<PreviewLine[]>([]);
  #choices = $state.raw<{ index: number; text: string }[]>([]);
  #ended = $state(false);
  #path: number[] = [];
  #story: Story | undefined;
  #json: string | undefined;
  /** How many of the earlier choices the last replay could make again. */
  #replayed = $state(0);

  get lines() {
    return this.#lines;
  }
  get choices() {
    return this.#choices;
  }
  get ended() {
    return this.#ended;
  }
  get replayed() {
    return this.#replayed;
  }
  get made() {
    return this.#path.length;
  }

  /** Loads a new compile of the script and replays the choices made so far. */
  load(json: string): void {
    this.#json = json;
    this.#replayed = this.#replay();
  }

  choose(index: number): void {
    if (!this.#choices.some((c) => c.index === index)) return;
    this.#path = [...this.#path, index];
    this.#replay();
    this.#replayed = 0;
  }

  restart(json: string): void {
    this.#path = [];
    this.load(json);
    this.#replayed = 0;
  }

  /** Plays the story from its start through the choices made: the same path gives the same screen. */
  #replay(): number {
    if (!this.#json) return 0;
    const story = new Story(this.#json);
    const lines: PreviewLine[] = [];
    // A runtime error (a dead end) is shown in the preview where it happens, as the learner would meet it.
    story.onError = (message) => void lines.push({ text: `⚠ ${message}` });
    this.#story = story;
    this.#continue(lines);
    let replayed = 0;
    for (const index of this.#path) {
      const choice = story.currentChoices[index];
      if (!choice) break;
      lines.push({ text: choice.text, chosen: true });
      story.ChooseChoiceIndex(index);
      this.#continue(lines);
      replayed++;
    }
    this.#path = this.#path.slice(0, replayed);
    this.#show(lines);
    return replayed;
  }

  #continue(lines: PreviewLine[]): void {
    const story = this.#story;
    let steps = 0;
    while (story?.canContinue && steps++ < 500) {
      const text = story.Continue()?.trim();
      if (text) lines.push({ text });
    }
  }

  #show(lines: PreviewLine[]): void {
    this.#lines = lines;
    this.#choices = (this.#story?.currentChoices ?? []).map((c) => ({ index: c.index, text: c.text }));
    this.#ended = this.#choices.length === 0;
  }
}
