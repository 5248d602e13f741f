import { Story } from 'inkjs';
import { scoresFromTags } from './choice-tags';
import type { ChoiceOption, ChoicePoint } from './roleplay-scoring';

type Speaker = 'customer' | 'advisor' | 'narrator';

export interface TranscriptLine {
  speaker: Speaker;
  text: string;
}

/** Story lines are the customer's unless a `# speaker:` tag says otherwise (narrateur, conseiller). */
const SPEAKER_TAGS: Record<string, Speaker> = { client: 'customer', narrateur: 'narrator', conseiller: 'advisor' };

export function speakerOf(tags: readonly string[] | null | undefined): Speaker {
  for (const tag of tags ?? []) {
    const m = /^speaker\s*:\s*(\S+)$/i.exec(tag.trim());
    const speaker = m && SPEAKER_TAGS[(m[1] ?? '').toLowerCase()];
    if (speaker) return speaker;
  }
  return 'customer';
}

/** Everything needed to resume a run after a reload: the ink state and what was said so far. */
export interface RoleplaySave {
  inkState: string;
  transcript: TranscriptLine[];
  points: ChoicePoint[];
}

/** A failure of the script itself (corrupt JSON, ink runtime error), never of the learner. */
export class RoleplayScriptError extends Error {
  override name = 'RoleplayScriptError';
}

/**
 * One play-through of a compiled ink role-play. The customer speaks in the story's text; the advisor
 * speaks through choices, whose tags carry the scores.
 */
export class RoleplayRun {
  readonly #story: Story;
  #transcript: TranscriptLine[] = [];
  #points: ChoicePoint[] = [];

  constructor(inkJson: string, save?: RoleplaySave) {
    this.#story = guard(() => {
      const story = new Story(inkJson);
      story.onError = (message) => {
        throw new RoleplayScriptError(message);
      };
      return story;
    });
    if (save) {
      guard(() => this.#story.state.LoadJson(save.inkState));
      this.#transcript = save.transcript.slice();
      this.#points = save.points.slice();
    } else this.#continue();
  }

  get transcript(): readonly TranscriptLine[] {
    return this.#transcript;
  }
  get points(): readonly ChoicePoint[] {
    return this.#points;
  }
  get options(): ChoiceOption[] {
    return this.#story.currentChoices.map((c) => ({ text: c.text, scores: scoresFromTags(c.tags) }));
  }
  get finished(): boolean {
    return !this.#story.canContinue && this.#story.currentChoices.length === 0;
  }

  /** Lines said since the last choice (speech reads the customer's). */
  choose(index: number): TranscriptLine[] {
    const options = this.options;
    const option = options[index];
    if (!option) throw new RoleplayScriptError(`choix ${index} absent`);
    this.#points.push({ step: this.#points.length, options, chosen: index });
    this.#transcript.push({ speaker: 'advisor', text: option.text });
    guard(() => this.#story.ChooseChoiceIndex(index));
    return this.#continue();
  }

  save(): RoleplaySave {
    return { inkState: guard(() => this.#story.state.ToJson()), transcript: this.#transcript.slice(), points: this.#points.slice() };
  }

  #continue(): TranscriptLine[] {
    const said: TranscriptLine[] = [];
    guard(() => {
      while (this.#story.canContinue) {
        const text = (this.#story.Continue() ?? '').trim();
        if (text) said.push({ speaker: speakerOf(this.#story.currentTags), text });
      }
    });
    this.#transcript.push(...said);
    return said;
  }
}

function guard<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof RoleplayScriptError) throw e;
    throw new RoleplayScriptError(e instanceof Error ? e.message : String(e));
  }
}
