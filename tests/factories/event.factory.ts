import { eventDocId } from '../../src/domain/records/ids';
import type { EventData, EventName, ProgressEvent } from '../../src/domain/records/progress-event.schema';
import type { PathCurriculum, PathModule } from '../../src/domain/path/path-curriculum';

/** A valid stored progress event; seq also sets the time, one second apart. */
export function progressEvent<N extends EventName>(
  name: N,
  data: EventData<N>,
  seq: number,
  learnerId = 'demo-marius',
  deviceId = 'poste-1',
): ProgressEvent {
  return {
    _id: eventDocId(learnerId, deviceId, seq),
    schema: 1,
    type: 'event',
    siteId: 'demo',
    learnerId,
    deviceId,
    seq,
    at: new Date(Date.UTC(2026, 0, 5, 8, 0, 0) + seq * 1000).toISOString(),
    name,
    data,
  } as ProgressEvent;
}

/**
 * A learner's log as a terminal stores it: sessions, lessons, each quiz as its answers then its
 * submission, each role-play as its choices then its end, and reviews. Cycles over the modules.
 */
export function realisticLog(c: PathCurriculum, count: number, learnerId = 'demo-marius'): ProgressEvent[] {
  const out: ProgressEvent[] = [];
  const push = <N extends EventName>(name: N, data: EventData<N>) => {
    if (out.length < count) out.push(progressEvent(name, data, out.length + 1, learnerId));
  };
  for (let round = 0; out.length < count; round++) {
    const m = c.modules[round % c.modules.length] as PathModule;
    push('session.started', { sessionId: `s-${round}` });
    for (const lessonId of m.lessonIds) push('lesson.completed', { moduleId: m.id, lessonId });
    if (m.quizId) {
      const passed = round % 3 === 2;
      for (let i = 0; i < 10; i++)
        push('quiz.answered', {
          quizId: m.quizId,
          attempt: round + 1,
          itemId: `${m.id}-i${i}`,
          answer: i % 4,
          correct: passed || i % 2 === 0,
        });
      push('quiz.submitted', {
        quizId: m.quizId,
        moduleId: m.id,
        attempt: round + 1,
        score: passed ? 0.9 : 0.5,
        passed,
        byCompetency: { [m.competencies[0] as string]: { correct: passed ? 9 : 5, total: 10 } },
        missedItemIds: [],
      });
    }
    for (const roleplayId of m.roleplayIds) {
      for (let step = 0; step < 6; step++)
        push('roleplay.choice', { roleplayId, run: round + 1, step, choiceIndex: step % 2, text: 'Bonjour' });
      push('roleplay.finished', {
        roleplayId,
        moduleId: m.id,
        run: round + 1,
        ratio: (round % 10) / 10,
        passed: round % 10 >= 6,
        scores: { greeting: { got: 2, max: 3 } },
      });
    }
    push('review.rated', { itemId: `${m.id}-i1`, rating: 3 });
    push('session.ended', { sessionId: `s-${round}`, activeSeconds: 900, reason: 'signout' });
  }
  return out;
}
