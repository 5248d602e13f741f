import { effectiveAt } from '../records/event-time';
import type { ProgressEvent } from '../records/progress-event.schema';
import type { PlanDecision, Tally } from './path-context';

/** Events the path machine reacts to. `at` is the event's time, used by the retry cooldown. */
export type PathEvent =
  | { type: 'placement.submitted'; at: string; byCompetency: Record<string, Tally> }
  | { type: 'lesson.completed'; at: string; moduleId: string; lessonId: string }
  | { type: 'quiz.submitted'; at: string; quizId: string; moduleId: string; passed: boolean; byCompetency: Record<string, Tally> }
  | { type: 'roleplay.finished'; at: string; roleplayId: string; moduleId: string; ratio: number }
  | {
      type: 'assessment.recorded';
      at: string;
      kind: 'initial' | 'followup';
      competencies: Record<string, number>;
      decisions: { moduleId: string; decision: PlanDecision }[];
    };

/** Maps a stored progress event to a path event; events that do not move the path give undefined. */
export function toPathEvent(e: ProgressEvent): PathEvent | undefined {
  // A device time the server flagged as impossible counts at the receipt time.
  const at = effectiveAt(e);
  switch (e.name) {
    case 'placement.submitted':
      return { type: e.name, at, byCompetency: e.data.byCompetency };
    case 'lesson.completed':
      return { type: e.name, at, moduleId: e.data.moduleId, lessonId: e.data.lessonId };
    case 'quiz.submitted':
      return {
        type: e.name,
        at,
        quizId: e.data.quizId,
        moduleId: e.data.moduleId,
        passed: e.data.passed,
        byCompetency: e.data.byCompetency,
      };
    case 'roleplay.finished':
      return { type: e.name, at, roleplayId: e.data.roleplayId, moduleId: e.data.moduleId, ratio: e.data.ratio };
    default:
      return undefined;
  }
}

/** A trainer's assessment document as a path event. */
export function assessmentEvent(doc: {
  at: string;
  kind: 'initial' | 'followup';
  competencies: Record<string, number>;
  decisions: { moduleId: string; decision: PlanDecision }[];
}): PathEvent {
  return {
    type: 'assessment.recorded',
    at: doc.at,
    kind: doc.kind,
    competencies: doc.competencies,
    decisions: doc.decisions.map((d) => ({ moduleId: d.moduleId, decision: d.decision })),
  };
}

/**
 * A trainer's score of a scripted run, as evidence for the role-play: it counts like a run at the
 * trainer's ratio (the best evidence counts). Live role-plays and written replies have no role-play to count for.
 */
export function roleplayScoreEvent(doc: {
  at: string;
  ratio: number;
  source: { kind: 'run'; roleplayId: string } | { kind: 'live' } | { kind: 'written' };
}): PathEvent | undefined {
  if (doc.source.kind !== 'run') return undefined;
  return { type: 'roleplay.finished', at: doc.at, roleplayId: doc.source.roleplayId, moduleId: '', ratio: doc.ratio };
}
