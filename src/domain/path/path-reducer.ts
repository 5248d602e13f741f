import { emptyProgress, type ModuleProgress, type PathContext } from './path-context';
import type { PathCurriculum, PathModule } from './path-curriculum';
import { isEveryRequiredModulePassed } from './path-derive';
import type { PathEvent } from './path-events';

// What each path event changes in the context: the machine's actions and the replay's fold share these
// functions, so living a log event by event and replaying it give the same state. Each returns the
// changed fields only and never mutates what it is given.

export type PathStage = 'placement' | 'training' | 'completed';
type EventOf<T extends PathEvent['type']> = Extract<PathEvent, { type: T }>;
type Update = Partial<PathContext>;

interface CurriculumIndex {
  modules: Map<string, PathModule>;
  /** The first module (in teaching order) that lists the role-play. */
  moduleOfRoleplay: Map<string, PathModule>;
}

// Built once per curriculum, so that an event costs lookups, not scans of every module.
const indexes = new WeakMap<PathCurriculum, CurriculumIndex>();
function indexOf(curriculum: PathCurriculum): CurriculumIndex {
  let index = indexes.get(curriculum);
  if (!index) {
    index = { modules: new Map(), moduleOfRoleplay: new Map() };
    for (const m of curriculum.modules) {
      if (!index.modules.has(m.id)) index.modules.set(m.id, m);
      for (const rp of m.roleplayIds) if (!index.moduleOfRoleplay.has(rp)) index.moduleOfRoleplay.set(rp, m);
    }
    indexes.set(curriculum, index);
  }
  return index;
}

/** Copies one module's progress with a change; the rest of the context is shared, so replay stays linear. */
function withModule(ctx: PathContext, moduleId: string, change: (p: ModuleProgress) => ModuleProgress): Record<string, ModuleProgress> {
  if (!(moduleId in ctx.progress)) return ctx.progress;
  return { ...ctx.progress, [moduleId]: change(ctx.progress[moduleId] ?? emptyProgress()) };
}

const hasNoGradedWork = (ctx: PathContext, moduleId: string) => {
  const m = indexOf(ctx.curriculum).modules.get(moduleId);
  return m !== undefined && m.quizId === null && m.roleplayIds.length === 0;
};

export function placementUpdate(ctx: PathContext, e: EventOf<'placement.submitted'>): Update {
  const placement: Record<string, number> = {};
  for (const [c, t] of Object.entries(e.byCompetency)) placement[c] = t.total ? t.correct / t.total : 0;
  return { placement, eventCount: ctx.eventCount + 1 };
}

export function lessonUpdate(ctx: PathContext, e: EventOf<'lesson.completed'>): Update {
  return {
    progress: withModule(ctx, e.moduleId, (p) => ({
      ...p,
      touched: true,
      lessonsRead: p.lessonsRead.includes(e.lessonId) ? p.lessonsRead : [...p.lessonsRead, e.lessonId],
      reviewPending: p.reviewPending && !hasNoGradedWork(ctx, e.moduleId),
    })),
    eventCount: ctx.eventCount + 1,
  };
}

export function quizUpdate(ctx: PathContext, e: EventOf<'quiz.submitted'>): Update {
  const before = ctx.quizzes[e.quizId] ?? { count: 0, passed: false, lastFailedAt: null };
  return {
    progress: withModule(ctx, e.moduleId, (p) => ({
      ...p,
      touched: true,
      quizPassed: p.quizPassed || e.passed,
      reviewPending: p.reviewPending && !e.passed,
    })),
    quizzes: {
      ...ctx.quizzes,
      [e.quizId]: { count: before.count + 1, passed: before.passed || e.passed, lastFailedAt: e.passed ? before.lastFailedAt : e.at },
    },
    quizEvidence: { ...ctx.quizEvidence, [e.quizId]: e.byCompetency },
    eventCount: ctx.eventCount + 1,
  };
}

export function roleplayUpdate(ctx: PathContext, e: EventOf<'roleplay.finished'>): Update {
  const m = indexOf(ctx.curriculum).moduleOfRoleplay.get(e.roleplayId);
  const best = Math.max(ctx.roleplayEvidence[e.roleplayId] ?? 0, e.ratio);
  return {
    progress: m
      ? withModule(ctx, m.id, (p) => ({
          ...p,
          touched: true,
          roleplayBest: { ...p.roleplayBest, [e.roleplayId]: Math.max(p.roleplayBest[e.roleplayId] ?? 0, e.ratio) },
          reviewPending: p.reviewPending && e.ratio < m.roleplayThreshold,
        }))
      : ctx.progress,
    roleplayEvidence: { ...ctx.roleplayEvidence, [e.roleplayId]: best },
    eventCount: ctx.eventCount + 1,
  };
}

export function assessmentUpdate(ctx: PathContext, e: EventOf<'assessment.recorded'>): Update {
  const decisions = { ...ctx.decisions };
  let progress = ctx.progress;
  for (const d of e.decisions) {
    if (!(d.moduleId in ctx.progress)) continue;
    decisions[d.moduleId] = d.decision;
    if (d.decision === 'review')
      progress = {
        ...progress,
        [d.moduleId]: { ...(progress[d.moduleId] ?? emptyProgress()), reviewPending: true, quizPassed: false },
      };
  }
  // An initial assessment stands in for the placement test when the trainer did the bilan in person.
  const placement = ctx.placement ?? (e.kind === 'initial' ? { ...e.competencies } : null);
  return { decisions, progress, placement, assessed: { ...ctx.assessed, ...e.competencies }, eventCount: ctx.eventCount + 1 };
}

/** The change one event makes; an event of a type the path does not know changes nothing. */
export function pathUpdate(ctx: PathContext, e: PathEvent): Update | undefined {
  switch (e.type) {
    case 'placement.submitted':
      return placementUpdate(ctx, e);
    case 'lesson.completed':
      return lessonUpdate(ctx, e);
    case 'quiz.submitted':
      return quizUpdate(ctx, e);
    case 'roleplay.finished':
      return roleplayUpdate(ctx, e);
    case 'assessment.recorded':
      return assessmentUpdate(ctx, e);
    default:
      return undefined;
  }
}

export const isPlacementDone = (ctx: PathContext): boolean => ctx.curriculum.placementId === null || ctx.placement !== null;

/**
 * The stage the machine's eventless transitions settle on. The placement, once done, stays done, and
 * the other two stages are read from the context alone, so settling once after a fold gives the stage
 * the machine reaches by settling after every event.
 */
export function settleStage(ctx: PathContext, stage: PathStage): PathStage {
  if (stage === 'placement' && !isPlacementDone(ctx)) return 'placement';
  return isEveryRequiredModulePassed(ctx) ? 'completed' : 'training';
}
