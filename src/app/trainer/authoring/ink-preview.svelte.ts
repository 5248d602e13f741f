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
    this.#story = new Story(json);
    const lines: PreviewLine[] = [];
    // A runtime error (a dead end) is shown in the preview where it happens, as the learner would meet it.
    this.#story.onError = (message) => void lines.push({ text: `⚠ ${message}` });
    this.#continue(lines);
    let replayed = 0;
    for (const index of this.#path) {
      const choice = this.#story.currentChoices[index];
      if (!choice) break;
      lines.push({ text: choice.text, chosen: true });
      this.#story.ChooseChoiceIndex(index);
      this.#continue(lines);
      replayed++;
    }
    this.#path = this.#path.slice(0, replayed);
    this.#replayed = replayed;
    this.#show(lines);
  }

  choose(index: number): void {
    const story = this.#story;
    const choice = story?.currentChoices[index];
    if (!story || !choice) return;
    const lines = [...this.#lines, { text: choice.text, chosen: true }];
    story.ChooseChoiceIndex(index);
    this.#path = [...this.#path, index];
    this.#continue(lines);
    this.#show(lines);
  }

  restart(json: string): void {
    this.#path = [];
    this.load(json);
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
