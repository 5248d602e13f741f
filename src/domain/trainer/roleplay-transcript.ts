import type { Criterion } from '../content/roleplay.schema';
import type { EventData } from '../records/progress-event.schema';
import { runOfferingChoice } from '../roleplay/roleplay-replay';
import { RoleplayRun, type TranscriptLine } from '../roleplay/roleplay-run';
import { scoreRun, type ChoiceOption, type CriterionScore } from '../roleplay/roleplay-scoring';

type Choice = EventData<'roleplay.choice'>;

/** One line of a finished run as the trainer reads it; an advisor line carries the options offered. */
interface ReviewedLine extends TranscriptLine {
  /** Set on the learner's choices: every option and its automatic points, and which one was taken. */
  choice?: { options: ChoiceOption[]; chosen: number };
}

export interface RunReview {
  lines: ReviewedLine[];
  /** Automatic score per criterion, recomputed from the script (it matches the run's `roleplay.finished`). */
  automatic: Partial<Record<Criterion, CriterionScore>>;
  ratio: number;
  /** False when the script no longer matches the recorded choices (the content changed since). */
  complete: boolean;
}

/**
 * Replays a learner's recorded choices through the script: the customer's lines come from the script,
 * the advisor's from the choices, each with the options that were offered and their automatic points.
 */
export function reviewRun(inkJson: string, choices: readonly Choice[], passThreshold: number): RunReview {
  let run = new RoleplayRun(inkJson);
  let unmatched: Choice | undefined;
  for (const c of [...choices].sort((a, b) => a.step - b.step)) {
    // A learner who opened the customer file or an article saw other options: find what he must have opened.
    const matching = runOfferingChoice(inkJson, run, c.choiceIndex, c.text);
    if (!matching) {
      unmatched = c;
      break;
    }
    run = matching;
    run.choose(c.choiceIndex);
  }
  // Opening a resource replays the story on screen, so the lines are read from the run once it is done.
  // Scripts may also give the advisor lines (`# speaker: conseiller`): a choice is the advisor line reading the option taken.
  let turn = 0;
  const lines: ReviewedLine[] = run.transcript.map((l) => {
    const point = run.points[turn];
    if (!point || l.speaker !== 'advisor' || l.text !== point.options[point.chosen]?.text) return { ...l };
    turn++;
    return { ...l, choice: { options: point.options, chosen: point.chosen } };
  });
  if (unmatched) lines.push({ speaker: 'advisor', text: unmatched.text });
  const debrief = scoreRun(run.points, passThreshold);
  return { lines, automatic: debrief.scores, ratio: debrief.ratio, complete: !unmatched };
}
