import type { Programme } from '../../domain/content/programme.schema';
import type { PathCurriculum } from '../../domain/path/path-curriculum';
import type { EcfDoc, RoleplayScoreDoc, TrainerWorkDoc } from '../../domain/records/trainer-work.schema';
import type { LearnerReportInput } from '../../domain/trainer/learner-report';
import type { LearnerData } from '../../storage/trainer/trainer-work.repository';
import { loadCurriculum, pathInputsKey } from '../learner/learner-path-loader';
import { learnerStateRepository } from '../learner/learner-services';
import { contentRepository } from '../shell/services';

interface ReportContent {
  programme: Programme;
  curriculum: PathCurriculum;
}

export async function loadReportContent(): Promise<ReportContent | undefined> {
  const [active, curriculum] = await Promise.all([contentRepository.active(), loadCurriculum()]);
  return active && curriculum ? { programme: active.programme, curriculum } : undefined;
}

const scoresOf = (work: readonly TrainerWorkDoc[]) => work.filter((d): d is RoleplayScoreDoc => d.type === 'roleplay-score');
const ecfsOf = (work: readonly TrainerWorkDoc[]) => work.filter((d): d is EcfDoc => d.type === 'ecf');

interface SnapshotState {
  packHash: string;
  persisted: NonNullable<LearnerReportInput['checkpoint']>['persisted'];
  assessments?: string;
}

/**
 * A learner's report input, with the path checkpoint this terminal keeps when it is still whole (same
 * pack, same assessments, no older event arrived since): the same rule as the learner path's loader.
 */
export async function reportInput(data: LearnerData, curriculum: PathCurriculum): Promise<LearnerReportInput> {
  const snap = await learnerStateRepository.snapshot(data.learner.learnerId);
  const state = snap?.state as SnapshotState | undefined;
  const assessmentKey = pathInputsKey(data.assessments, scoresOf(data.work));
  const whole =
    snap !== undefined &&
    state?.packHash === curriculum.packHash &&
    (state.assessments ?? '') === assessmentKey &&
    data.events.filter((e) => e.seq <= snap.throughSeq).length === snap.eventCount;
  return {
    learner: { learnerId: data.learner.learnerId, firstName: data.learner.firstName },
    events: data.events,
    assessments: data.assessments,
    scores: scoresOf(data.work),
    ecfs: ecfsOf(data.work),
    ...(whole && state ? { checkpoint: { persisted: state.persisted, throughSeq: snap.throughSeq } } : {}),
  };
}

/** Prompts of quiz items, for the tables that list item ids. */
export async function itemTitles(ids: readonly string[]): Promise<Map<string, string>> {
  const items = await contentRepository.items([...new Set(ids)]);
  return new Map(items.map((i) => [i.id, i.prompt]));
}

export async function roleplayTitles(ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of new Set(ids)) {
    const rp = await contentRepository.roleplay(id);
    if (rp) out.set(id, rp.title);
  }
  return out;
}
