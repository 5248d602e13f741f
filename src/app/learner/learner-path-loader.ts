import { curriculumOf, type PathCurriculum } from '../../domain/path/path-curriculum';
import { roleplayScoreEvent, toPathEvent } from '../../domain/path/path-events';
import { replayLog, type PathActor, type PersistedPath } from '../../domain/path/path-replay';
import type { ProgressEvent } from '../../domain/records/progress-event.schema';
import type { PlanFields } from '../../domain/trainer/bilan.schema';
import { bilanAssessments, currentPlan } from '../../domain/trainer/bilan-plan';
import type { ProgressRepository } from '../../storage/progress.repository';
import { contentRepository } from '../shell/services';
import { learnerStateRepository } from './learner-services';

/** A snapshot is written every this many events, so a start-up replays at most about a thousand. */
export const CHECKPOINT_EVERY = 500;

interface SnapshotState {
  packHash: string;
  persisted: PersistedPath;
  /** Which assessments the snapshot includes: a new or changed one means replaying from the start. */
  assessments?: string;
}

interface LoadedPath {
  actor: PathActor;
  curriculum: PathCurriculum;
  throughSeq: number;
  eventCount: number;
  replayed: number;
  assessmentKey: string;
  /** The plan of the latest bilan, if any. */
  plan: (PlanFields & { at: string }) | undefined;
}

/** Which trainer documents a checkpoint folds in; trainers' scores count too, so a new one means replaying. */
export function pathInputsKey(
  assessments: readonly { _id: string; at: string }[],
  scores: readonly { _id: string; version: number }[],
): string {
  return [...assessments.map((a) => `${a._id}@${a.at}`), ...scores.map((s) => `${s._id}@v${s.version}`)].join('|');
}

export async function loadCurriculum(): Promise<PathCurriculum | undefined> {
  const { active, modules } = await contentRepository.overview();
  if (!active) return undefined;
  return curriculumOf(
    active.hash,
    active.programme,
    modules,
    active.placement?.id ?? null,
    active.placement?.roleplays.map((r) => r.id) ?? [],
  );
}

/**
 * Rebuilds the learner's path: from the checkpoint when it is still whole (same pack, same assessments,
 * no older event arrived since), otherwise from the start of the log.
 */
export async function loadPath(learnerId: string, curriculum: PathCurriculum, progress: ProgressRepository): Promise<LoadedPath> {
  const [snap, signedOnly, bilans, scores] = await Promise.all([
    learnerStateRepository.snapshot(learnerId),
    learnerStateRepository.assessments(learnerId),
    learnerStateRepository.bilans(learnerId),
    learnerStateRepository.trainerScores(learnerId),
  ]);
  // Bilans fold in like assessments, by time; a new version of a bilan or a new trainer score changes the key, so the path replays.
  const assessments = [...signedOnly, ...bilanAssessments(bilans)].sort((a, b) => a.at.localeCompare(b.at) || a._id.localeCompare(b._id));
  const assessmentKey = pathInputsKey(assessments, scores);
  const state = snap?.state as SnapshotState | undefined;
  let from: PersistedPath | undefined;
  let afterSeq = 0;
  let eventCount = 0;
  if (
    snap &&
    state?.packHash === curriculum.packHash &&
    (state.assessments ?? '') === assessmentKey &&
    (await progress.countThrough(learnerId, snap.throughSeq)) === snap.eventCount
  ) {
    from = state.persisted;
    afterSeq = snap.throughSeq;
    eventCount = snap.eventCount;
  }
  const events = await progress.after(learnerId, afterSeq);
  // A snapshot already includes every assessment; a replay from the start folds them in by time.
  const scoreEvents = scores.flatMap((s) => roleplayScoreEvent(s) ?? []);
  const actor = replayLog(curriculum, events, from, from ? [] : assessments, from ? [] : scoreEvents);
  const loaded = {
    actor,
    curriculum,
    throughSeq: events.at(-1)?.seq ?? afterSeq,
    eventCount: eventCount + events.length,
    replayed: events.length,
    assessmentKey,
    plan: currentPlan(bilans),
  };
  if (events.length >= CHECKPOINT_EVERY || (!from && (events.length > 0 || assessments.length > 0 || scores.length > 0) && snap))
    await checkpoint(learnerId, loaded);
  return loaded;
}

export async function checkpoint(
  learnerId: string,
  path: Pick<LoadedPath, 'actor' | 'curriculum' | 'throughSeq' | 'eventCount' | 'assessmentKey'>,
): Promise<void> {
  const state: SnapshotState = {
    packHash: path.curriculum.packHash,
    persisted: JSON.parse(JSON.stringify(path.actor.getPersistedSnapshot())),
    assessments: path.assessmentKey,
  };
  await learnerStateRepository.saveSnapshot({ learnerId, throughSeq: path.throughSeq, eventCount: path.eventCount, state });
}

export function sendToPath(actor: PathActor, event: ProgressEvent): void {
  const pathEvent = toPathEvent(event);
  if (pathEvent) actor.send(pathEvent);
}

export { ccpReadiness, competencyMastery, moduleStatuses, nextStep, planOf } from '../../domain/path/path-derive';
export { stageOf } from '../../domain/path/path-replay';
