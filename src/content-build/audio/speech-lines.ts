import { Story } from 'inkjs';
import type { VoiceRole } from '../../domain/audio/audio-key';
import { lessonParagraphs, normalizeSpeech } from '../../domain/audio/speech-text';
import type { ContentPack } from '../../domain/content/pack.schema';
import type { QuizItem } from '../../domain/content/quiz.schema';
import { scoresFromTags } from '../../domain/roleplay/choice-tags';
import { declaredLookups } from '../../domain/roleplay/roleplay-lookup';
import { speakerOf } from '../../domain/roleplay/roleplay-run';

/** One text to render, with who says it and where it comes from (for progress and reports). */
export interface SpeechLine {
  role: VoiceRole;
  text: string;
  source: string;
}

const MAX_STATES = 5000;
const MAX_STEPS = 400;

/**
 * Every text of the pack that has audio: lesson paragraphs and quiz prompts (narrator), and in each
 * role-play every line the story can say (customer or narrator, by its `# speaker:` tag, as the runtime
 * decides) and the best option of each choice point (the model advisor the debrief quotes).
 * Deduplicated by role and text, in content order.
 */
export function speechLines(pack: ContentPack, linesOf: (inkJson: string) => RoleplayLine[] = roleplayLines): SpeechLine[] {
  const lines: SpeechLine[] = [];
  const seen = new Set<string>();
  const add = (role: VoiceRole, raw: string, source: string) => {
    const text = normalizeSpeech(raw);
    const id = `${role}\n${text}`;
    if (!text || seen.has(id)) return;
    seen.add(id);
    lines.push({ role, text, source });
  };
  const addItems = (items: readonly QuizItem[]) => {
    for (const item of items) add('narrator', item.prompt, item.id);
  };
  for (const mod of pack.modules) {
    for (const lesson of mod.lessons) for (const p of lessonParagraphs(lesson.html)) add('narrator', p, lesson.id);
    addItems(mod.items);
    for (const rp of mod.roleplays) for (const l of linesOf(rp.ink)) add(l.role, l.text, rp.id);
  }
  if (pack.placement) {
    addItems(pack.placement.items);
    for (const rp of pack.placement.roleplays) for (const l of linesOf(rp.ink)) add(l.role, l.text, rp.id);
  }
  return lines;
}

export type RoleplayLine = { role: VoiceRole; text: string };

const SPEAKER_ROLE = { customer: 'customer', narrator: 'narrator', advisor: 'advisor' } as const;

/**
 * Walks every branch of a compiled story (states deduplicated by place and variables, bounded like the
 * build's checks) and collects what it says. Lookup variables (`consulte_*`) are tried true too, since
 * opening the customer file replays the stretch on screen with other lines.
 */
export function roleplayLines(inkJson: string): RoleplayLine[] {
  const out: RoleplayLine[] = [];
  const story = new Story(inkJson);
  story.onError = () => {
    // Runtime errors of a script are reported by the build's own checks (exploreInk), which fail the build.
  };
  const lookups = declaredLookups(inkJson).map((l) => l.variable);
  const seen = new Set<string>();
  const keyOf = () =>
    `${story.state.currentPathString}|${JSON.stringify((JSON.parse(story.state.ToJson()) as { variablesState?: unknown }).variablesState ?? {})}`;
  const stack: string[] = [story.state.ToJson()];
  let explored = 0;
  while (stack.length && explored++ < MAX_STATES) {
    const state = stack.pop() as string;
    story.state.LoadJson(state);
    for (const name of lookups) {
      if (story.variablesState.$(name) !== false) continue;
      story.state.LoadJson(state);
      story.variablesState.$(name, true);
      const flipped = story.state.ToJson();
      const key = `${keyOf()}|${name}`;
      if (!seen.has(key)) {
        seen.add(key);
        stack.push(flipped);
      }
      story.state.LoadJson(state);
    }
    let steps = 0;
    try {
      while (story.canContinue && steps++ < MAX_STEPS) {
        const text = (story.Continue() ?? '').trim();
        if (text) out.push({ role: SPEAKER_ROLE[speakerOf(story.currentTags)], text });
      }
    } catch {
      // A broken branch is the build checks' business (they fail the content build); nothing more to say here.
      continue;
    }
    const choices = story.currentChoices;
    if (!choices.length) continue;
    const total = (tags: string[] | null) => Object.values(scoresFromTags(tags)).reduce((a, b) => a + (b ?? 0), 0);
    const best = choices.reduce((a, b) => (total(b.tags) > total(a.tags) ? b : a));
    out.push({ role: 'advisor', text: best.text });
    const here = story.state.ToJson();
    for (const choice of choices) {
      story.state.LoadJson(here);
      story.ChooseChoiceIndex(choice.index);
      const key = `${keyOf()}|${choice.sourcePath}`;
      if (seen.has(key)) continue;
      seen.add(key);
      stack.push(story.state.ToJson());
    }
  }
  return out;
}
