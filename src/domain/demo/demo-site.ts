import { hashPin } from '../auth/pin';
import { learnerDocId } from '../records/ids';
import type { LearnerDoc } from '../records/learner.schema';

/**
 * The demo site that `npm start` seeds on the server and that a fresh terminal shows until a
 * trainer enrols real learners. The PINs are printed by `npm start`: they are not secrets.
 */
export const DEMO_SITE_ID = 'demo';
export const DEMO_STAFF_PIN = '246810';

export const DEMO_LEARNERS = [
  { learnerId: 'demo-marius', firstName: 'Marius', avatar: 'colibri', pin: '1234' },
  { learnerId: 'demo-josephine', firstName: 'Joséphine', avatar: 'palmier', pin: '5678' },
  { learnerId: 'demo-kevin', firstName: 'Kévin', avatar: 'tortue', pin: '2580' },
] as const;

export async function demoLearnerDocs(createdAt = '2026-01-05T08:00:00.000Z'): Promise<LearnerDoc[]> {
  return Promise.all(
    DEMO_LEARNERS.map(async (l) => ({
      _id: learnerDocId(l.learnerId),
      schema: 1 as const,
      type: 'learner' as const,
      siteId: DEMO_SITE_ID,
      learnerId: l.learnerId,
      firstName: l.firstName,
      avatar: l.avatar,
      pin: await hashPin(l.pin),
      active: true,
      createdAt,
    })),
  );
}
