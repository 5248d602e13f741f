import { Story } from 'inkjs';
import { scoresFromTags } from './choice-tags';
import { lookupVariable } from './roleplay-lookup';
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
  /** Resources opened during the call, in order (absent in drafts saved before lookups existed). */
  consulted?: string[];
  /** The ink state where the stretch of story on screen began, and the transcript's length then. */
  segment?: { state: string; from: number };
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
  #consulted: string[] = [];
  #segment: { state: string; from: number } | undefined;

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
      this.#consulted = save.consulted?.slice() ?? [];
      this.#segment = save.segment;
    } else {
      this.#segment = { state: guard(() => this.#story.state.ToJson()), from: 0 };
      this.#continue();
    }
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
  /** Resources opened so far (`fiche`, article ids), each once, in the order opened. */
  get consulted(): readonly string[] {
    return this.#consulted;
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
    this.#segment = { state: guard(() => this.#story.state.ToJson()), from: this.#transcript.length };
    return this.#continue();
  }

  /**
   * The learner opens a resource while choices are shown. Its `consulte_*` variable becomes true and the
   * stretch of story on screen is replayed from its start, so the choices offered now can depend on it.
   * Returns false when it was already open (nothing changes) or the call is over.
   */
  consult(resource: string): boolean {
    if (this.finished || this.#consulted.includes(resource)) return false;
    this.#consulted.push(resource);
    const known = this.#consulted.map(lookupVariable).filter((name) => this.#story.variablesState.GlobalVariableExistsWithName(name));
    if (!known.includes(lookupVariable(resource))) return true;
    const segment = this.#segment;
    guard(() => {
      if (segment) this.#story.state.LoadJson(segment.state);
      for (const name of known) this.#story.variablesState.$(name, true);
    });
    if (segment) {
      this.#transcript = this.#transcript.slice(0, segment.from);
      this.#continue();
    }
    return true;
  }

  save(): RoleplaySave {
    return {
      inkState: guard(() => this.#story.state.ToJson()),
      transcript: this.#transcript.slice(),
      points: this.#points.slice(),
      consulted: this.#consulted.slice(),
      ...(this.#segment ? { segment: this.#segment } : {}),
    };
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
