import type { ModuleDraft } from '../../domain/authoring/module-draft';
import { signedOutboxKey } from '../../domain/sync/signed-outbox-key';
import type { ContentSiteModuleDoc } from '../../domain/sync/site-content';
import type { AppDb } from '../app-db';

const draftKey = (moduleId: string) => `authoring:${moduleId}`;
/** Drafts of a site's modules share the learner drafts' table, under this owner instead of a learner. */
const draftOwner = (siteId: string) => `authoring:${siteId}`;

/** The trainer space's modules on this device: drafts as they are typed, and every published version. */
export class AuthoringRepository {
  constructor(private readonly db: AppDb) {}

  async draft(moduleId: string): Promise<ModuleDraft | undefined> {
    return (await this.db.drafts.get(draftKey(moduleId)))?.value as ModuleDraft | undefined;
  }

  async saveDraft(draft: ModuleDraft): Promise<void> {
    await this.db.drafts.put({
      key: draftKey(draft.moduleId),
      learnerId: draftOwner(draft.siteId),
      value: draft,
      updatedAt: draft.updatedAt,
    });
  }

  async drafts(siteId: string): Promise<ModuleDraft[]> {
    const rows = await this.db.drafts.where('learnerId').equals(draftOwner(siteId)).toArray();
    return rows.map((r) => r.value as ModuleDraft);
  }

  /** Every published version of a module, oldest first. */
  async versions(moduleId: string): Promise<ContentSiteModuleDoc[]> {
    const rows = await this.db.siteModules.where('moduleId').equals(moduleId).sortBy('version');
    return rows.map((r) => r.doc);
  }

  /** The latest version of each of the site's published modules. */
  async published(siteId: string): Promise<ContentSiteModuleDoc[]> {
    const latest = new Map<string, ContentSiteModuleDoc>();
    for (const r of await this.db.siteModules.toArray()) {
      if (r.doc.siteId !== siteId) continue;
      const held = latest.get(r.moduleId);
      if (!held || held.version < r.version) latest.set(r.moduleId, r.doc);
    }
    return [...latest.values()];
  }

  /**
   * Keeps the signed version in the history, queues it for the next sync and moves the draft onto it, in
   * one transaction: a power cut loses neither the draft nor the publish. Each version waits in the
   * outbox under its own key, so a second publish before a sync never replaces the first.
   */
  async publish(doc: ContentSiteModuleDoc, draft: ModuleDraft): Promise<void> {
    await this.db.transaction('rw', this.db.siteModules, this.db.signedOutbox, this.db.drafts, async () => {
      await this.db.siteModules.put({ moduleId: doc.module.id, version: doc.version, doc, synced: 0 });
      await this.db.signedOutbox.put({ _id: signedOutboxKey(doc), doc, synced: 0 });
      await this.saveDraft(draft);
    });
  }
}
