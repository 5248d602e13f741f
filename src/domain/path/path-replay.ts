import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { learnerPathMachine, type PathStage } from './learner-path.machine';
import type { PathCurriculum } from './path-curriculum';
import type { ProgressEvent } from '../records/progress-event.schema';
import { assessmentEvent, toPathEvent, type PathEvent } from './path-events';
import { effectiveAt } from '../records/event-time';

export type PathActor = Actor<typeof learnerPathMachine>;
export type PathSnapshot = SnapshotFrom<typeof learnerPathMachine>;
/** A persisted path snapshot: plain JSON, safe to store and to restore after a reload. */
export type PersistedPath = ReturnType<PathActor['getPersistedSnapshot']>;

/** Starts the path from scratch, or from a persisted snapshot, and folds the given events into it. */
export function replayPath(curriculum: PathCurriculum, events: Iterable<PathEvent>, from?: PersistedPath): PathActor {
  const actor = createActor(learnerPathMachine, { input: { curriculum }, ...(from ? { snapshot: from } : {}) });
  actor.start();
  for (const e of events) actor.send(e);
  return actor;
}

export const stageOf = (snapshot: PathSnapshot): PathStage => snapshot.value as PathStage;

/**
 * Folds stored progress events (in log order) into the path; events that do not move the path are
 * skipped. Trainers' assessments (oldest first) and trainers' role-play scores take their place among
 * the events by time.
 */
export function replayLog(
  curriculum: PathCurriculum,
  log: Iterable<ProgressEvent>,
  from?: PersistedPath,
  assessments: readonly Parameters<typeof assessmentEvent>[0][] = [],
  trainerScores: readonly PathEvent[] = [],
): PathActor {
  const actor = replayPath(curriculum, [], from);
  const side = [...assessments.map(assessmentEvent), ...trainerScores].sort((a, b) => a.at.localeCompare(b.at));
  let next = 0;
  for (const e of log) {
    for (; next < side.length && (side[next]?.at ?? '') <= effectiveAt(e); next++) actor.send(side[next]!);
    const pathEvent = toPathEvent(e);
    if (pathEvent) actor.send(pathEvent);
  }
  for (; next < side.length; next++) actor.send(side[next]!);
  return actor;
}
