import type { LearnerDoc } from '../../domain/records/learner.schema';
import type { BilanDoc, GroupDoc } from '../../domain/trainer/bilan.schema';
import type { AppDb } from '../app-db';

const draftKey = (learnerId: string) => `trainer-bilan:${learnerId}`;

/**
 * What a trainer writes on this device: learners, bilans and groups. Each signed document is saved
 * for the screens and put in the signed outbox in one transaction, so a power cut loses neither.
 */
export class TrainerRecordsRepository {
  constructor(private readonly db: AppDb) {}

  /** Every learner of the site, archived ones included, by first name. */
  async learners(siteId: string): Promise<LearnerDoc[]> {
    const all = await this.db.learners.where('siteId').equals(siteId).toArray();
    return all.sort((a, b) => a.firstName.localeCompare(b.firstName, 'fr'));
  }

  learner(learnerId: string): Promise<LearnerDoc | undefined> {
    return this.db.learners.get(learnerId);
  }

  async saveLearner(doc: LearnerDoc): Promise<void> {
    await this.db.transaction('rw', this.db.learners, this.db.signedOutbox, async () => {
      await this.db.learners.put(doc);
      await this.db.signedOutbox.put({ _id: doc._id, doc, synced: 0 });
    });
  }

  async bilans(learnerId: string): Promise<BilanDoc[]> {
    const rows = await this.db.bilans.where('learnerId').equals(learnerId).toArray();
    return rows.sort((a, b) => a.at.localeCompare(b.at) || a._id.localeCompare(b._id));
  }

  /** Saves a signed bilan and drops the learner's draft in the same transaction. */
  async saveBilan(doc: BilanDoc): Promise<void> {
    await this.db.transaction('rw', this.db.bilans, this.db.signedOutbox, this.db.drafts, async () => {
      await this.db.bilans.put(doc);
      await this.db.signedOutbox.put({ _id: doc._id, doc, synced: 0 });
      await this.db.drafts.delete(draftKey(doc.learnerId));
    });
  }

  async groups(siteId: string): Promise<GroupDoc[]> {
    const all = await this.db.groups.where('siteId').equals(siteId).toArray();
    return all.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  group(id: string): Promise<GroupDoc | undefined> {
    return this.db.groups.get(id);
  }

  async saveGroup(doc: GroupDoc): Promise<void> {
    await this.db.transaction('rw', this.db.groups, this.db.signedOutbox, async () => {
      await this.db.groups.put(doc);
      await this.db.signedOutbox.put({ _id: doc._id, doc, synced: 0 });
    });
  }

  /** The trainer's unfinished bilan for a learner, written as he types. */
  async draft<T>(learnerId: string): Promise<T | undefined> {
    return (await this.db.drafts.get(draftKey(learnerId)))?.value as T | undefined;
  }

  async saveDraft(learnerId: string, value: unknown): Promise<void> {
    await this.db.drafts.put({ key: draftKey(learnerId), learnerId, value, updatedAt: new Date().toISOString() });
  }

  async deleteDraft(learnerId: string): Promise<void> {
    await this.db.drafts.delete(draftKey(learnerId));
  }

  /** The learner's own ratings (his latest self-assessment), from the progress log. */
  async selfAssessment(learnerId: string): Promise<Record<string, 1 | 2 | 3 | 4> | undefined> {
    const rows = await this.db.events.where('[learnerId+seq]').between([learnerId, 0], [learnerId, Infinity]).toArray();
    const last = rows.filter((r) => r.name === 'selfassessment.recorded').at(-1);
    return last?.name === 'selfassessment.recorded' ? last.data.levels : undefined;
  }

  /** The learner's latest placement results per competency (ratio correct), from the progress log. */
  async placement(learnerId: string): Promise<Record<string, number> | undefined> {
    const rows = await this.db.events.where('[learnerId+seq]').between([learnerId, 0], [learnerId, Infinity]).toArray();
    const last = rows.filter((r) => r.name === 'placement.submitted').at(-1);
    if (last?.name !== 'placement.submitted') return undefined;
    return Object.fromEntries(Object.entries(last.data.byCompetency).map(([c, t]) => [c, t.total ? t.correct / t.total : 0]));
  }
}
