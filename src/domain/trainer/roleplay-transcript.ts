import type { Criterion } from '../content/roleplay.schema';
import type { EventData } from '../records/progress-event.schema';
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
  const run = new RoleplayRun(inkJson);
  const lines: ReviewedLine[] = run.transcript.map((l) => ({ ...l }));
  let complete = true;
  for (const c of [...choices].sort((a, b) => a.step - b.step)) {
    const options = run.options;
    if (!options[c.choiceIndex] || options[c.choiceIndex]?.text !== c.text) {
      complete = false;
      lines.push({ speaker: 'advisor', text: c.text });
      break;
    }
    const said = run.choose(c.choiceIndex);
    lines.push({ speaker: 'advisor', text: c.text, choice: { options, chosen: c.choiceIndex } });
    lines.push(...said);
  }
  const debrief = scoreRun(run.points, passThreshold);
  return { lines, automatic: debrief.scores, ratio: debrief.ratio, complete };
}
