import { LearnerRepository } from '../../storage/learner.repository';
import { LearnerStateRepository } from '../../storage/learner-state.repository';
import { LockoutRepository } from '../../storage/lockout.repository';
import { ReviewRepository } from '../../storage/review.repository';
import { TerminalRepository } from '../../storage/terminal.repository';
import { db } from '../shell/services';

/** Learner-side repositories over the app's database. The progress log loads lazily (it pulls the schemas). */
export const learnerRepository = new LearnerRepository(db);
export const terminalRepository = new TerminalRepository(db);
export const learnerStateRepository = new LearnerStateRepository(db);
export const reviewRepository = new ReviewRepository(db);
export const lockoutRepository = new LockoutRepository(db);

export async function progressRepository() {
  const { ProgressRepository } = await import('../../storage/progress.repository');
  return new ProgressRepository(db);
}
