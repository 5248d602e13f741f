import type { Programme } from '../content/programme.schema';
import type { PathCurriculum } from '../path/path-curriculum';
import { moduleStatuses, nextStep, planOf, type ModuleStatus, type NextStep, type PlanEntry } from '../path/path-derive';
import { roleplayScoreEvent } from '../path/path-events';
import { replayLog, stageOf, type PersistedPath } from '../path/path-replay';
import type { PathStage } from '../path/learner-path.machine';
import type { PathContext } from '../path/path-context';
import type { AssessmentDoc } from '../records/assessment.schema';
import { effectiveAt } from '../records/event-time';
import type { ProgressEvent } from '../records/progress-event.schema';
import type { EcfDoc, RoleplayScoreDoc } from '../records/trainer-work.schema';
import { projectReviewCards } from '../review/review-projection';
import { learnerFacts, type LearnerFacts } from './learner-facts';
import { masteryWithTrainerScores } from './trainer-mastery';
import { latestScores, replyKey, runKey } from './trainer-score';

export interface ReportLearner {
  learnerId: string;
  firstName: string;
}

/** Everything a report reads for one learner; the caller loads it (storage) and passes it in. */
export interface LearnerReportInput {
  learner: ReportLearner;
  /** In log order. */
  events: readonly ProgressEvent[];
  assessments: readonly AssessmentDoc[];
  scores: readonly RoleplayScoreDoc[];
  ecfs: readonly EcfDoc[];
  /** A path checkpoint still valid for this log, pack and assessments (see `learnerState`). */
  checkpoint?: { persisted: PersistedPath; throughSeq: number };
}

export interface CompetencyRow {
  id: string;
  title: string;
  threshold: number;
  mastery: number;
  placement: number | null;
  met: boolean;
}

interface BlockRow {
  id: string;
  kind: 'ccp' | 'transverse';
  title: string;
  met: number;
  ready: boolean;
  competencies: CompetencyRow[];
}

export interface RoleplayRow {
  roleplayId: string | null;
  /** The live situation, for a classroom role-play. */
  situation: string | null;
  run: number | null;
  at: string;
  automatic: { ratio: number; passed: boolean } | null;
  trainer: { ratio: number; passed: boolean; scoreId: string } | null;
}

/** A written reply (e-mail, chat, SMS) the learner sent, with the trainer's score once there is one. */
export interface WrittenRow {
  itemId: string;
  moduleId: string;
  attempt: number;
  at: string;
  trainer: { ratio: number; passed: boolean; scoreId: string } | null;
}

interface WeakPoint {
  itemId: string;
  /** Times the review brought the item back. */
  returns: number;
  wrong: number;
  /** When the review shows it next. */
  due: string;
}

export interface LearnerReport {
  learner: ReportLearner;
  stage: PathStage;
  next: NextStep;
  modules: { id: string; title: string; status: ModuleStatus; plan: PlanEntry }[];
  modulesDone: number;
  blocks: BlockRow[];
  activeHours: number;
  totalHours: number;
  bilans: { at: string; kind: 'initial' | 'followup'; decisions: number; notes: string }[];
  ecfs: { ecfId: string; date: string; ccpId: string; acquired: number; total: number }[];
  weakPoints: WeakPoint[];
  roleplays: RoleplayRow[];
  written: WrittenRow[];
}

/** The parts both reports share: the path replayed and the log's facts. */
interface LearnerState {
  ctx: PathContext;
  stage: PathStage;
  facts: LearnerFacts;
  mastery: Record<string, number>;
}

/**
 * The learner's path replayed from the log, or restored from a checkpoint that already folds in every
 * event up to `throughSeq` and every assessment (the app's path checkpoints: a class report of 150k events
 * would otherwise replay them all through the machine each time it is opened).
 */
export function learnerState(curriculum: PathCurriculum, input: LearnerReportInput): LearnerState {
  const cp = input.checkpoint;
  const actor = cp
    ? replayLog(
        curriculum,
        input.events.filter((e) => e.seq > cp.throughSeq),
        cp.persisted,
      )
    : replayLog(
        curriculum,
        input.events,
        undefined,
        input.assessments,
        input.scores.flatMap((s) => roleplayScoreEvent(s) ?? []),
      );
  const snapshot = actor.getSnapshot();
  actor.stop();
  const facts = learnerFacts(input.events);
  return {
    ctx: snapshot.context,
    stage: stageOf(snapshot),
    facts,
    mastery: masteryWithTrainerScores(snapshot.context, facts.runs, input.scores),
  };
}

const WEAK_POINTS = 10;

export function learnerReport(programme: Programme, curriculum: PathCurriculum, input: LearnerReportInput): LearnerReport {
  const { ctx, stage, facts, mastery } = learnerState(curriculum, input);
  const statuses = moduleStatuses(ctx);
  const plan = planOf(ctx);
  const blocks = programme.blocks.map((b): BlockRow => {
    const competencies = b.competencies.map((c) => ({
      id: c.id,
      title: c.title,
      threshold: c.threshold,
      mastery: mastery[c.id] ?? 0,
      placement: ctx.placement?.[c.id] ?? null,
      met: (mastery[c.id] ?? 0) >= c.threshold,
    }));
    const met = competencies.filter((c) => c.met).length;
    return { id: b.id, kind: b.kind, title: b.title, met, ready: met === competencies.length, competencies };
  });
  const cards = projectReviewCards(input.events);
  const weakPoints = [...cards.entries()]
    .map(([itemId, card]) => ({
      itemId,
      returns: facts.items.get(itemId)?.returns ?? 0,
      wrong: facts.items.get(itemId)?.wrong ?? 0,
      due: card.due,
    }))
    .filter((w) => w.returns > 1)
    .sort((a, b) => b.returns - a.returns || b.wrong - a.wrong || a.itemId.localeCompare(b.itemId))
    .slice(0, WEAK_POINTS);
  const { byRun, live, written: writtenScores } = latestScores(input.scores);
  const roleplays: RoleplayRow[] = facts.runs.map((r) => {
    const s = byRun.get(runKey(r.roleplayId, r.run));
    return {
      roleplayId: r.roleplayId,
      situation: null,
      run: r.run,
      at: r.at,
      automatic: { ratio: r.ratio, passed: r.passed },
      trainer: s ? { ratio: s.ratio, passed: s.passed, scoreId: s.scoreId } : null,
    };
  });
  for (const s of live) {
    const situation = s.source.kind === 'live' ? s.source.situation : null;
    roleplays.push({
      roleplayId: null,
      situation,
      run: null,
      at: s.at,
      automatic: null,
      trainer: { ratio: s.ratio, passed: s.passed, scoreId: s.scoreId },
    });
  }
  roleplays.sort((a, b) => a.at.localeCompare(b.at));
  const written: WrittenRow[] = input.events.flatMap((e) => {
    if (e.name !== 'written.submitted') return [];
    const s = writtenScores.get(replyKey(e.data.itemId, e.data.attempt));
    return [
      {
        itemId: e.data.itemId,
        moduleId: e.data.moduleId,
        attempt: e.data.attempt,
        at: effectiveAt(e),
        trainer: s ? { ratio: s.ratio, passed: s.passed, scoreId: s.scoreId } : null,
      },
    ];
  });
  return {
    learner: input.learner,
    stage,
    next: nextStep(ctx, stage),
    modules: curriculum.modules.map((m) => ({
      id: m.id,
      title: m.title,
      status: statuses[m.id] ?? 'locked',
      plan: plan[m.id] ?? 'required',
    })),
    modulesDone: curriculum.modules.filter((m) => statuses[m.id] === 'passed' || statuses[m.id] === 'exempted').length,
    blocks,
    activeHours: facts.activeSeconds / 3600,
    totalHours: programme.totalHours,
    bilans: input.assessments.map((a) => ({ at: a.at, kind: a.kind, decisions: a.decisions.length, notes: a.notes })),
    ecfs: [...input.ecfs]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((e) => ({
        ecfId: e.ecfId,
        date: e.date,
        ccpId: e.ccpId,
        acquired: e.results.filter((r) => r.result === 'acquired').length,
        total: e.results.length,
      })),
    weakPoints,
    roleplays,
    written,
  };
}
