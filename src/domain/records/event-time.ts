/**
 * Event times. A terminal's clock can be wrong (a flat BIOS battery): its learners' work is kept, but the
 * server records when it received each event (`receipt.at`, which no client can set) and flags a device
 * time that cannot be true. Wherever time matters (path, reviews, reports), a flagged event counts at
 * its receipt time instead.
 */
const CLOCK_SKEW_MS = 10 * 60 * 1000;

type ClockFlag = 'future' | 'before-learner';

/** Why a device time is impossible, if it is: ahead of the server beyond the skew, or before the learner existed. */
export function clockFlag(at: string, receivedAt: string, learnerCreatedAt: string | undefined): ClockFlag | undefined {
  const t = Date.parse(at);
  if (t > Date.parse(receivedAt) + CLOCK_SKEW_MS) return 'future';
  if (learnerCreatedAt && t < Date.parse(learnerCreatedAt) - CLOCK_SKEW_MS) return 'before-learner';
  return undefined;
}

/** The time an event counts at: its device time, or its receipt time when the device time is flagged. */
export function effectiveAt(e: { at: string; receipt?: { at: string; clock?: ClockFlag } }): string {
  return e.receipt?.clock ? e.receipt.at : e.at;
}

/** Whether this terminal's clock looks wrong against a trusted time (the server's, at the last sync). */
export function clockLooksWrong(deviceNowMs: number, serverNowMs: number): boolean {
  return Math.abs(deviceNowMs - serverNowMs) > CLOCK_SKEW_MS;
}
