import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { learnerPathMachine, type PathStage } from './learner-path.machine';
import { initialContext, type PathContext } from './path-context';
import type { PathCurriculum } from './path-curriculum';
import type { ProgressEvent } from '../records/progress-event.schema';
import { assessmentEvent, toPathEvent, type PathEvent } from './path-events';
import { pathUpdate, settleStage } from './path-reducer';
import { effectiveAt } from '../records/event-time';

export type PathActor = Actor<typeof learnerPathMachine>;
export type PathSnapshot = SnapshotFrom<typeof learnerPathMachine>;
/** A persisted path snapshot: plain JSON, safe to store and to restore after a reload. */
export type PersistedPath = ReturnType<PathActor['getPersistedSnapshot']>;

/**
 * A replay folds the events with the machine's own reducer into one context it owns, and hands the
 * result to an actor once: no snapshot, no context copy and no transition search per event (the
 * machine's stages are read from the context, see `settleStage`). Living the same events one by one
 * through the actor gives the same state.
 */
class PathFold {
  readonly #ctx: PathContext;
  readonly #stage: PathStage;

  constructor(curriculum: PathCurriculum, from: PersistedPath | undefined) {
    // A shallow copy is enough: the reducer replaces the fields it changes and mutates nothing below them.
    const restored = from as { context: PathContext; value: PathStage } | undefined;
    this.#ctx = { ...(restored?.context ?? initialContext(curriculum)) };
    this.#stage = restored?.value ?? 'placement';
  }

  apply(e: PathEvent): void {
    const update = pathUpdate(this.#ctx, e);
    if (update) Object.assign(this.#ctx, update);
  }

  actor(curriculum: PathCurriculum): PathActor {
    const value = settleStage(this.#ctx, this.#stage);
    const snapshot = learnerPathMachine.resolveState({ value, context: this.#ctx });
    const actor = createActor(learnerPathMachine, { input: { curriculum }, snapshot });
    actor.start();
    return actor;
  }
}

/** Starts the path from scratch, or from a persisted snapshot, and folds the given events into it. */
export function replayPath(curriculum: PathCurriculum, events: Iterable<PathEvent>, from?: PersistedPath): PathActor {
  const fold = new PathFold(curriculum, from);
  for (const e of events) fold.apply(e);
  return fold.actor(curriculum);
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
  const fold = new PathFold(curriculum, from);
  const side = [...assessments.map(assessmentEvent), ...trainerScores].sort((a, b) => a.at.localeCompare(b.at));
  let next = 0;
  for (const e of log) {
    if (next < side.length) {
      const at = effectiveAt(e);
      for (; next < side.length && (side[next]?.at ?? '') <= at; next++) fold.apply(side[next]!);
    }
    const pathEvent = toPathEvent(e);
    if (pathEvent) fold.apply(pathEvent);
  }
  for (; next < side.length; next++) fold.apply(side[next]!);
  return fold.actor(curriculum);
}
