import { assign, not, setup } from 'xstate';
import { initialContext, type PathContext } from './path-context';
import type { PathCurriculum } from './path-curriculum';
import { isEveryRequiredModulePassed } from './path-derive';
import type { PathEvent } from './path-events';
import { assessmentUpdate, isPlacementDone, lessonUpdate, placementUpdate, quizUpdate, roleplayUpdate } from './path-reducer';

type EventOf<T extends PathEvent['type']> = Extract<PathEvent, { type: T }>;

/**
 * The learner's path: placement (bilan initial), then training until every required module is passed.
 * Facts are recorded whatever the stage; the stages and every status are derived from them, so replaying
 * the same log always gives the same state. Pure: no I/O, no clock. What each event records lives in
 * `path-reducer.ts`, which the replay folds with directly.
 */
export const learnerPathMachine = setup({
  types: {
    context: {} as PathContext,
    events: {} as PathEvent,
    input: {} as { curriculum: PathCurriculum },
  },
  guards: {
    isPlacementDone: ({ context }) => isPlacementDone(context),
    isEveryRequiredModulePassed: ({ context }) => isEveryRequiredModulePassed(context),
  },
  actions: {
    recordPlacement: assign(({ context, event }) => placementUpdate(context, event as EventOf<'placement.submitted'>)),
    recordLesson: assign(({ context, event }) => lessonUpdate(context, event as EventOf<'lesson.completed'>)),
    recordQuiz: assign(({ context, event }) => quizUpdate(context, event as EventOf<'quiz.submitted'>)),
    recordRoleplay: assign(({ context, event }) => roleplayUpdate(context, event as EventOf<'roleplay.finished'>)),
    recordAssessment: assign(({ context, event }) => assessmentUpdate(context, event as EventOf<'assessment.recorded'>)),
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

export type { PathStage } from './path-reducer';
