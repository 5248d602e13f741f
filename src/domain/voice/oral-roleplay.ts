import type { TranscriptLine } from '../roleplay/roleplay-run';
import type { ChoiceOption, ChoicePoint } from '../roleplay/roleplay-scoring';
import type { TimeWindow } from './types';

/**
 * When the customer talked during one oral take. The take starts with the customer's line, so the window
 * begins at 0; it ends when the line stopped playing (`customerEndedAt`, seconds into the take), or at the
 * end of the take when the line was still playing (or never said it ended) when the learner stopped.
 */
export function customerWindows(customerEndedAt: number | undefined, takeSeconds: number): TimeWindow[] {
  const length = Math.max(0, takeSeconds);
  const end = customerEndedAt === undefined ? length : Math.min(Math.max(0, customerEndedAt), length);
  return end > 0 ? [{ start: 0, end }] : [];
}

/** The customer's lines the learner answers now: those said since the advisor last spoke. */
export function linesToAnswer(transcript: readonly TranscriptLine[]): string[] {
  const lines: string[] = [];
  for (let i = transcript.length - 1; i >= 0; i--) {
    const line = transcript[i] as TranscriptLine;
    if (line.speaker === 'advisor') break;
    if (line.speaker === 'customer') lines.unshift(line.text);
  }
  return lines;
}

const total = (o: ChoiceOption) => Object.values(o.scores).reduce((a, b) => a + (b ?? 0), 0);

/** The option a good advisor would have said at a choice point: the most points in all (the first on a tie). */
export function bestOption(point: Pick<ChoicePoint, 'options'>): ChoiceOption | undefined {
  return point.options.reduce<ChoiceOption | undefined>((a, b) => (a === undefined || total(b) > total(a) ? b : a), undefined);
}

/** One oral step of a finished run, for the debrief: the learner's take beside what a good advisor says. */
export interface OralDebriefStep<R> {
  step: number;
  /** What the learner picked as closest to what he said. */
  chosen: string;
  /** The model answer (the best option of the step). */
  model: string;
  recording: R;
}

/** The run's steps that were answered aloud, in order; a step answered in text mode has no recording and is left out. */
export function oralDebriefSteps<R extends { step?: number }>(
  points: readonly ChoicePoint[],
  recordings: readonly R[],
): OralDebriefStep<R>[] {
  const steps: OralDebriefStep<R>[] = [];
  for (const point of points) {
    const recording = recordings.find((r) => r.step === point.step);
    const chosen = point.options[point.chosen];
    const model = bestOption(point);
    if (recording && chosen && model) steps.push({ step: point.step, chosen: chosen.text, model: model.text, recording });
  }
  return steps;
}

/** One stretch of a recorded call as the trainer hears it: the customer's lines, then the learner's answer. */
export interface ListeningItem<R> {
  /** The choice step answered, or null for the customer's last words after the final answer. */
  step: number | null;
  customer: string[];
  /** The option the learner picked (shown beside his voice). */
  answer: string | null;
  /** The learner's take of this step, when this terminal holds it. */
  recording: R | null;
}

/**
 * The playlist of a run for the trainer, from its replayed transcript (the trainer's `reviewRun` lines, where
 * the learner's choices carry `choice`): the n-th choice is step n. Narrator lines are not played.
 */
export function listeningPlaylist<R extends { step?: number }>(
  lines: readonly (TranscriptLine & { choice?: unknown })[],
  recordings: readonly R[],
): ListeningItem<R>[] {
  const items: ListeningItem<R>[] = [];
  let customer: string[] = [];
  let step = 0;
  for (const line of lines) {
    if (line.speaker === 'customer') customer.push(line.text);
    else if (line.speaker === 'advisor' && line.choice !== undefined) {
      const n = step++;
      items.push({ step: n, customer, answer: line.text, recording: recordings.find((r) => r.step === n) ?? null });
      customer = [];
    }
  }
  if (customer.length) items.push({ step: null, customer, answer: null, recording: null });
  return items;
}
