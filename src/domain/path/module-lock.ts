import type { ModuleStatus } from './path-derive';

/** What a learner does in a module. */
export type ModuleAct = 'read' | 'complete-lesson' | 'take-quiz';

/**
 * What a locked module allows: reading ahead, yes (curiosity helps); counting anything as done, no: a
 * lesson marked done or a quiz taken before the prerequisites would skip the order of the path.
 * (Role-plays of a locked module are not guarded yet: the home hides their button only.)
 */
export function isAllowedInModule(status: ModuleStatus | undefined, act: ModuleAct): boolean {
  return status !== 'locked' || act === 'read';
}
