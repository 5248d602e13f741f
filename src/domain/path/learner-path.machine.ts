import { assign, not, setup } from 'xstate';
import { emptyProgress, initialContext, type ModuleProgress, type PathContext } from './path-context';
import type { PathCurriculum } from './path-curriculum';
import { isEveryRequiredModulePassed } from './path-derive';
import type { PathEvent } from './path-events';

type EventOf<T extends PathEvent['type']> = Extract<PathEvent, { type: T }>;

/** Copies one module's progress with a change; the rest of the context is shared, so replay stays linear. */
function withModule(ctx: PathContext, moduleId: string, change: (p: ModuleProgress) => ModuleProgress): Record<string, ModuleProgress> {
  if (!(moduleId in ctx.progress)) return ctx.progress;
  return { ...ctx.progress, [moduleId]: change(ctx.progress[moduleId] ?? emptyProgress()) };
}

const moduleOfRoleplay = (ctx: PathContext, roleplayId: string) => ctx.curriculum.modules.find((m) => m.roleplayIds.includes(roleplayId));
const hasNoGradedWork = (ctx: PathContext, moduleId: string) => {
  const m = ctx.curriculum.modules.find((x) => x.id === moduleId);
  return m !== undefined && m.quizId === null && m.roleplayIds.length === 0;
};

/**
 * The learner's path: placement (bilan initial), then training until every required module is passed.
 * Facts are recorded whatever the stage; the stages and every status are derived from them, so replaying
 * the same log always gives the same state. Pure: no I/O, no clock.
 */
export const learnerPathMachine = setup({
  types: {
    context: {} as PathContext,
    events: {} as PathEvent,
    input: {} as { curriculum: PathCurriculum },
  },
  guards: {
    isPlacementDone: ({ context }) => context.curriculum.placementId === null || context.placement !== null,
    isEveryRequiredModulePassed: ({ context }) => isEveryRequiredModulePassed(context),
  },
  actions: {
    recordPlacement: assign(({ context, event }) => {
      const e = event as EventOf<'placement.submitted'>;
      const placement: Record<string, number> = {};
      for (const [c, t] of Object.entries(e.byCompetency)) placement[c] = t.total ? t.correct / t.total : 0;
      return { placement, eventCount: context.eventCount + 1 };
    }),
    recordLesson: assign(({ context, event }) => {
      const e = event as EventOf<'lesson.completed'>;
      return {
        progress: withModule(context, e.moduleId, (p) => ({
          ...p,
          touched: true,
          lessonsRead: p.lessonsRead.includes(e.lessonId) ? p.lessonsRead : [...p.lessonsRead, e.lessonId],
          reviewPending: p.reviewPending && !hasNoGradedWork(context, e.moduleId),
        })),
        eventCount: context.eventCount + 1,
      };
    }),
    recordQuiz: assign(({ context, event }) => {
      const e = event as EventOf<'quiz.submitted'>;
      const before = context.quizzes[e.quizId] ?? { count: 0, passed: false, lastFailedAt: null };
      return {
        progress: withModule(context, e.moduleId, (p) => ({
          ...p,
          touched: true,
          quizPassed: p.quizPassed || e.passed,
          reviewPending: p.reviewPending && !e.passed,
        })),
        quizzes: {
          ...context.quizzes,
          [e.quizId]: { count: before.count + 1, passed: before.passed || e.passed, lastFailedAt: e.passed ? before.lastFailedAt : e.at },
        },
        quizEvidence: { ...context.quizEvidence, [e.quizId]: e.byCompetency },
        eventCount: context.eventCount + 1,
      };
    }),
    recordRoleplay: assign(({ context, event }) => {
      const e = event as EventOf<'roleplay.finished'>;
      const m = moduleOfRoleplay(context, e.roleplayId);
      const best = Math.max(context.roleplayEvidence[e.roleplayId] ?? 0, e.ratio);
      return {
        progress: m
          ? withModule(context, m.id, (p) => ({
              ...p,
              touched: true,
              roleplayBest: { ...p.roleplayBest, [e.roleplayId]: Math.max(p.roleplayBest[e.roleplayId] ?? 0, e.ratio) },
              reviewPending: p.reviewPending && e.ratio < m.roleplayThreshold,
            }))
          : context.progress,
        roleplayEvidence: { ...context.roleplayEvidence, [e.roleplayId]: best },
        eventCount: context.eventCount + 1,
      };
    }),
    recordAssessment: assign(({ context, event }) => {
      const e = event as EventOf<'assessment.recorded'>;
      const decisions = { ...context.decisions };
      let progress = context.progress;
      for (const d of e.decisions) {
        if (!(d.moduleId in context.progress)) continue;
        decisions[d.moduleId] = d.decision;
        if (d.decision === 'review')
          progress = {
            ...progress,
            [d.moduleId]: { ...(progress[d.moduleId] ?? emptyProgress()), reviewPending: true, quizPassed: false },
          };
      }
      // An initial assessment stands in for the placement test when the trainer did the bilan in person.
      const placement = context.placement ?? (e.kind === 'initial' ? { ...e.competencies } : null);
      return { decisions, progress, placement, assessed: { ...context.assessed, ...e.competencies }, eventCount: context.eventCount + 1 };
    }),
  },
}).createMachine({
  id: 'learnerPath',
  context: ({ input }) => initialContext(input.curriculum),
  initial: 'placement',
  on: {
    'placement.submitted': { actions: 'recordPlacement' },
    'lesson.completed': { actions: 'recordLesson' },
    'quiz.submitted': { actions: 'recordQuiz' },
    'roleplay.finished': { actions: 'recordRoleplay' },
    'assessment.recorded': { actions: 'recordAssessment' },
  },
  states: {
    placement: {
      always: { guard: 'isPlacementDone', target: 'training' },
    },
    training: {
      always: { guard: 'isEveryRequiredModulePassed', target: 'completed' },
    },
    /** Every required module passed; a trainer's review decision sends the learner back to training. */
    completed: {
      always: { guard: not('isEveryRequiredModulePassed'), target: 'training' },
    },
  },
});

export type PathStage = 'placement' | 'training' | 'completed';
