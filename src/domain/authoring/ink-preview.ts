import { Story } from 'inkjs/full';

export interface PreviewLine {
  text: string;
  /** A choice the trainer made (shown as the trainee's words). */
  chosen?: boolean;
}

/** What the preview shows after playing a path of choices through a compiled script. */
export interface InkPreviewState {
  lines: PreviewLine[];
  choices: { index: number; text: string }[];
  ended: boolean;
  /** How many of the path's choices could be made again (a choice gone stops the replay there). */
  replayed: number;
}

const MAX_STEPS = 500;

/**
 * Plays a compiled script from its start through the choices made so far: after each recompile the
 * trainer stays where they were. Pure and synchronous, so the worker runs it beside the compiler.
 */
export function playPath(json: string, path: readonly number[]): InkPreviewState {
  const story = new Story(json);
  const lines: PreviewLine[] = [];
  // A runtime error (a dead end) is shown where it happens, as the learner would meet it.
  story.onError = (message) => void lines.push({ text: `⚠ ${message}` });
  const run = () => {
    for (let steps = 0; story.canContinue && steps < MAX_STEPS; steps++) {
      const text = story.Continue()?.trim();
      if (text) lines.push({ text });
    }
  };
  run();
  let replayed = 0;
  for (const index of path) {
    const choice = story.currentChoices[index];
    if (!choice) break;
    lines.push({ text: choice.text, chosen: true });
    story.ChooseChoiceIndex(index);
    run();
    replayed++;
  }
  const choices = story.currentChoices.map((c) => ({ index: c.index, text: c.text }));
  return { lines, choices, ended: choices.length === 0, replayed };
}
