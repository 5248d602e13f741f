import type { AssessmentDoc } from '../domain/records/assessment.schema';
import type { BilanDoc } from '../domain/trainer/bilan.schema';
import type { RoleplayScoreDoc } from '../domain/records/trainer-work.schema';
import type { AppDb, SnapshotRow } from './app-db';

/** Path snapshots, trainers' assessments and work-in-progress drafts, always scoped to one learner. */
export class LearnerStateRepository {
  constructor(private readonly db: AppDb) {}

  snapshot(learnerId: string): Promise<SnapshotRow | undefined> {
    return this.db.snapshots.get(learnerId);
  }

  async saveSnapshot(row: SnapshotRow): Promise<void> {
    await this.db.snapshots.put(row);
  }

  /** The learner's assessments (bilans), oldest first. */
  async assessments(learnerId: string): Promise<AssessmentDoc[]> {
    const rows = await this.db.assessments.where('learnerId').equals(learnerId).toArray();
    return rows.sort((a, b) => a.at.localeCompare(b.at) || a._id.localeCompare(b._id));
  }

  /** The learner's trainer-signed bilans (their plans shape his path). */
  bilans(learnerId: string): Promise<BilanDoc[]> {
    return this.db.bilans.where('learnerId').equals(learnerId).toArray();
  }

  /** Trainers' role-play scores of the learner (they count toward the path like runs). */
  async trainerScores(learnerId: string): Promise<RoleplayScoreDoc[]> {
    const rows = await this.db.trainerWork.where('[learnerId+type]').equals([learnerId, 'roleplay-score']).toArray();
    return (rows as RoleplayScoreDoc[]).sort((a, b) => a.at.localeCompare(b.at) || a._id.localeCompare(b._id));
  }

  async draft<T>(learnerId: string, key: string): Promise<T | undefined> {
    const row = await this.db.drafts.get(draftKey(learnerId, key));
    return row && row.learnerId === learnerId ? (row.value as T) : undefined;
  }

  async saveDraft(learnerId: string, key: string, value: unknown): Promise<void> {
    await this.db.drafts.put({ key: draftKey(learnerId, key), learnerId, value, updatedAt: new Date().toISOString() });
  }

  async deleteDraft(learnerId: string, key: string): Promise<void> {
    await this.db.drafts.delete(draftKey(learnerId, key));
  }
}

const draftKey = (learnerId: string, key: string) => `${learnerId}:${key}`;
