import type { ModuleStatus } from './path-derive';

/** What a learner does in a module. */
export type ModuleAct = 'read' | 'complete-lesson' | 'take-quiz' | 'play-roleplay';

/**
 * What a locked module allows: reading ahead, yes (curiosity helps); counting anything as done, no: a
 * lesson marked done, a quiz or a graded call before the prerequisites would skip the order of the path.
 * A locked module's role-play can still be played for practice: nothing of that run is recorded.
 */
export function isAllowedInModule(status: ModuleStatus | undefined, act: ModuleAct): boolean {
  return status !== 'locked' || act === 'read';
}
