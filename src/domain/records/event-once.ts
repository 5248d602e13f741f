import type { EventData, EventName } from './progress-event.schema';

/**
 * What an event records that may happen only once: one answer per quiz item and attempt, one submission
 * per attempt, one choice per role-play step, one end per session. Two events with the same key are the same act written twice
 * (a power cut between the answer and the screen's next save, then the learner answers again), so the
 * second is never recorded. Other events have no key.
 */
export function eventOnceKey<N extends EventName>(learnerId: string, name: N, data: EventData<N>): string | undefined {
  const d = data as Record<string, unknown>;
  switch (name) {
    case 'quiz.answered':
      return `${learnerId}|${name}|${d.quizId}|${d.attempt}|${d.itemId}`;
    case 'quiz.submitted':
      return `${learnerId}|${name}|${d.quizId}|${d.attempt}`;
    case 'written.submitted':
      return `${learnerId}|${name}|${d.itemId}|${d.attempt}`;
    case 'roleplay.choice':
      return `${learnerId}|${name}|${d.roleplayId}|${d.run}|${d.step}`;
    case 'session.ended':
      return `${learnerId}|${name}|${d.sessionId}`;
    case 'voice.measured':
      return d.context === 'roleplay' ? `${learnerId}|${name}|${d.roleplayId}|${d.run}|${d.step}` : undefined;
    default:
      return undefined;
  }
}
