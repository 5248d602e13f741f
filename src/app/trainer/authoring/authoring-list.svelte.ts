import { newModuleDraft } from '../../../domain/authoring/module-draft';
import { errors } from '../../shell/error-state.svelte';
import { content } from '../../staff/content-manager.svelte';
import { trainerSession } from '../trainer-session.svelte';
import { authoringRepository as repo } from './authoring-services';

interface ModuleRowView {
  moduleId: string;
  title: string;
  /** Latest published version (0: never published). */
  version: number;
  draft: boolean;
}

type CreateResult = { ok: true; moduleId: string } | { ok: false; reason: 'not-signed-in' | 'no-title' | 'taken' };

/** The site's own modules on this device, and a new one. */
export class AuthoringList {
  #rows = $state.raw<ModuleRowView[]>([]);

  get rows() {
    return this.#rows;
  }

  /** The programme's competencies, which every module, lesson and item must serve. */
  get competencies(): { id: string; title: string }[] {
    return (content.active?.programme.blocks ?? []).flatMap((b) => b.competencies.map((c) => ({ id: c.id, title: c.title })));
  }

  async load(): Promise<void> {
    const siteId = trainerSession.identity?.siteId;
    if (!siteId) return;
    try {
      const [drafts, published] = await Promise.all([repo.drafts(siteId), repo.published(siteId)]);
      const rows = new Map<string, ModuleRowView>();
      for (const p of published) rows.set(p.module.id, { moduleId: p.module.id, title: p.module.title, version: p.version, draft: false });
      for (const d of drafts) {
        const held = rows.get(d.moduleId);
        rows.set(d.moduleId, { moduleId: d.moduleId, title: d.module.meta.title, version: held?.version ?? 0, draft: true });
      }
      this.#rows = [...rows.values()].sort((a, b) => a.title.localeCompare(b.title, 'fr'));
    } catch (e) {
      errors.report(e);
    }
  }

  async create(title: string, competency: string): Promise<CreateResult> {
    const siteId = trainerSession.identity?.siteId;
    if (!siteId) return { ok: false, reason: 'not-signed-in' };
    if (!title.trim()) return { ok: false, reason: 'no-title' };
    const draft = newModuleDraft(siteId, title.trim(), competency, new Date().toISOString());
    if (this.#rows.some((r) => r.moduleId === draft.moduleId)) return { ok: false, reason: 'taken' };
    await repo.saveDraft(draft);
    return { ok: true, moduleId: draft.moduleId };
  }
}
