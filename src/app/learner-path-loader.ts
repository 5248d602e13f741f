import { curriculumOf, type PathCurriculum } from '../domain/path/path-curriculum';
import { toPathEvent } from '../domain/path/path-events';
import { replayLog, type PathActor, type PersistedPath } from '../domain/path/path-replay';
import type { ProgressEvent } from '../domain/records/progress-event.schema';
import type { ProgressRepository } from '../storage/progress.repository';
import { contentRepository } from './services';
import { learnerStateRepository } from './learner-services';

/** A snapshot is written every this many events, so a start-up replays at most about a thousand. */
export const CHECKPOINT_EVERY = 500;

interface SnapshotState {
  packHash: string;
  persisted: PersistedPath;
}

export interface LoadedPath {
  actor: PathActor;
  curriculum: PathCurriculum;
  throughSeq: number;
  eventCount: number;
  replayed: number;
}

export async function loadCurriculum(): Promise<PathCurriculum | undefined> {
  const active = await contentRepository.active();
  if (!active) return undefined;
  const modules = await contentRepository.modules();
  return curriculumOf(active.hash, active.programme, modules, active.placement?.id ?? null, active.placement?.roleplays.map((r) => r.id) ?? []);
}

/**
 * Rebuilds the learner's path: from the checkpoint when it is still whole (same pack, no older event
 * arrived since), otherwise from the start of the log.
 */
export async function loadPath(learnerId: string, curriculum: PathCurriculum, progress: ProgressRepository): Promise<LoadedPath> {
  const snap = await learnerStateRepository.snapshot(learnerId);
  const state = snap?.state as SnapshotState | undefined;
  let from: PersistedPath | undefined;
  let afterSeq = 0;
  let eventCount = 0;
  if (snap && state?.packHash === curriculum.packHash && (await progress.countThrough(learnerId, snap.throughSeq)) === snap.eventCount) {
    from = state.persisted;
    afterSeq = snap.throughSeq;
    eventCount = snap.eventCount;
  }
  const events = await progress.after(learnerId, afterSeq);
  const actor = replayLog(curriculum, events, from);
  const loaded = { actor, curriculum, throughSeq: events.at(-1)?.seq ?? afterSeq, eventCount: eventCount + events.length, replayed: events.length };
  if (events.length >= CHECKPOINT_EVERY || (!from && events.length > 0 && snap)) await checkpoint(learnerId, loaded);
  return loaded;
}

export async function checkpoint(learnerId: string, path: Pick<LoadedPath, 'actor' | 'curriculum' | 'throughSeq' | 'eventCount'>): Promise<void> {
  const state: SnapshotState = { packHash: path.curriculum.packHash, persisted: JSON.parse(JSON.stringify(path.actor.getPersistedSnapshot())) };
  await learnerStateRepository.saveSnapshot({ learnerId, throughSeq: path.throughSeq, eventCount: path.eventCount, state });
}

export function sendToPath(actor: PathActor, event: ProgressEvent): void {
  const pathEvent = toPathEvent(event);
  if (pathEvent) actor.send(pathEvent);
}

export { ccpReadiness, competencyMastery, moduleStatuses, nextStep, planOf } from '../domain/path/path-derive';
export { stageOf } from '../domain/path/path-replay';
