import { importGift } from '../../../domain/authoring/gift-import';
import type { InkCheckReport, InkCompileReport, InkReport } from '../../../domain/authoring/ink-checks';
import type { InkPreviewState } from '../../../domain/authoring/ink-preview';
import type { AuthoredModule } from '../../../domain/authoring/module-export';
import { zipModule } from '../../../domain/authoring/module-zip';
import {
  draftAfterPublish,
  draftProblems,
  isBehind,
  type AuthoringProblem,
  type ModuleDraft,
} from '../../../domain/authoring/module-draft';
import {
  placeProblems,
  placesIn,
  prerequisiteProblems,
  programmeAround,
  refusedPrerequisite,
  type ProgrammeModule,
} from '../../../domain/authoring/module-place';
import type { ContentSiteModuleDoc } from '../../../domain/sync/site-content';
import { errors } from '../../shell/error-state.svelte';
import { content } from '../../staff/content-manager.svelte';
import { trainerSession } from '../trainer-session.svelte';
import { authoringRepository as repo } from './authoring-services';
import { InkCompiler } from './ink-compiler';
import { optionProblems, signModuleVersion, type PublishResult } from './module-publish';
import { holdWhileTyping } from '../../shell/update-gate';

type EditorPublish = PublishResult | { ok: false; reason: 'not-signed-in' };

/** Two reports that show the same (the compiled story aside: the publish compiles its own). */
function sameReport(a: InkReport, b: InkReport): boolean {
  return JSON.stringify({ ...a, json: undefined }) === JSON.stringify({ ...b, json: undefined });
}

/**
 * One module being written: the draft (saved to IndexedDB on every change, so a reload keeps it), the
 * checks of the content build as the trainer types, each role-play compiled in the worker, the
 * published versions, and the publish itself.
 */
export class ModuleEditor {
  #draft = $state<ModuleDraft | undefined>();
  #versions = $state.raw<ContentSiteModuleDoc[]>([]);
  #ink = $state.raw<ReadonlyMap<string, InkReport>>(new Map());
  #previews = $state.raw<ReadonlyMap<string, InkPreviewState & { afterEdit: boolean }>>(new Map());
  /** The choices the trainer made in each script's preview, replayed after every recompile. */
  readonly #paths = new Map<string, number[]>();
  /** The last compile of each script and the last checks that came back for it (maybe of an older text). */
  readonly #compiled = new Map<string, InkCompileReport>();
  readonly #checks = new Map<string, InkCheckReport>();
  /** Scripts whose shown checks are not yet those of the shown text. */
  #checking = $state.raw<ReadonlySet<string>>(new Set());
  /** The workers' times for the last compile and preview, and the last checks, in ms (shown beside the script). */
  #compileMs = $state(0);
  #checkMs = $state(0);
  #loaded = $state(false);
  #saving: Promise<void> = Promise.resolve();
  /** The draft changed since the write in progress took it. */
  #dirty = false;
  #saveLoop: Promise<void> | undefined;
  readonly #compiler = new InkCompiler();
  readonly #inFlight = new Set<string>();
  readonly #stale = new Set<string>();
  /** The other modules of the programme, to choose prerequisites among. */
  #programme = $state.raw<ProgrammeModule[]>([]);
  /** Why the last prerequisite chosen was refused (it would make a loop), shown at the field. */
  #prerequisiteRefused = $state<string | undefined>();
  readonly problems: AuthoringProblem[] = $derived(
    this.#draft
      ? [
          ...draftProblems(this.#draft, optionProblems),
          ...prerequisiteProblems(this.#draft, this.#programme),
          ...placeProblems(this.#draft, this.#programme),
        ]
      : [],
  );

  get draft() {
    return this.#draft;
  }
  get versions() {
    return this.#versions;
  }
  /** The latest version when it is not the one the draft started from (another trainer's): the trainer chooses. */
  get overtaken(): ContentSiteModuleDoc | undefined {
    const latest = this.latest;
    return this.#draft && isBehind(this.#draft, latest) ? latest : undefined;
  }
  get programme() {
    return this.#programme;
  }
  /** The national modules the draft may come after, in programme order. */
  get places() {
    return placesIn(this.#programme);
  }
  get prerequisiteRefused() {
    return this.#prerequisiteRefused;
  }
  get latest(): ContentSiteModuleDoc | undefined {
    return this.#versions.at(-1);
  }
  get loaded() {
    return this.#loaded;
  }
  get compileMs() {
    return this.#compileMs;
  }
  get checkMs() {
    return this.#checkMs;
  }
  /** True while the dead-end and reachability checks of the script's newest text are running. */
  checking(name: string): boolean {
    return this.#checking.has(name);
  }
  inkReport(name: string): InkReport | undefined {
    return this.#ink.get(name);
  }
  /** The preview of a script; `afterEdit` when it was just replayed on a new compile. */
  preview(name: string): (InkPreviewState & { afterEdit: boolean }) | undefined {
    return this.#previews.get(name);
  }

  #showPreview(name: string, preview: InkPreviewState | undefined, afterEdit: boolean): void {
    if (!preview) return;
    this.#paths.set(name, (this.#paths.get(name) ?? []).slice(0, preview.replayed));
    this.#previews = new Map([...this.#previews, [name, { ...preview, afterEdit }]]);
  }

  /** The trainer picks a choice in the preview; the worker plays it. */
  async choose(name: string, index: number): Promise<void> {
    const path = [...(this.#paths.get(name) ?? []), index];
    this.#paths.set(name, path);
    this.#showPreview(name, await this.#compiler.play(name, path), false);
  }

  async restartPreview(name: string): Promise<void> {
    this.#paths.set(name, []);
    this.#showPreview(name, await this.#compiler.play(name, []), false);
  }

  /** The draft, or a new one from the latest published version when this device has none. */
  async load(moduleId: string): Promise<void> {
    if (this.#loaded && this.#draft?.moduleId === moduleId) return;
    try {
      const [draft, versions] = await Promise.all([repo.draft(moduleId), repo.versions(moduleId)]);
      this.#versions = versions;
      const latest = versions.at(-1);
      this.#draft =
        draft ??
        (latest && {
          moduleId,
          siteId: latest.siteId,
          module: latest.source as unknown as AuthoredModule,
          basedOn: latest.version,
          basedOnSignature: latest.signature,
          order: latest.module.order,
          ...(latest.after ? { after: latest.after } : {}),
          updatedAt: new Date().toISOString(),
        });
      const siteId = this.#draft?.siteId;
      if (siteId) {
        const published = await repo.published(siteId);
        this.#programme = programmeAround(
          moduleId,
          content.modules,
          published.map((d) => d.module),
          siteId,
        );
      }
      this.#loaded = true;
      for (const r of this.#draft?.module.roleplays ?? []) void this.compile(r.name);
    } catch (e) {
      errors.report(e);
    }
  }

  /**
   * Called on every input. The draft is written in a task of its own, out of the keystroke's, one write
   * at a time, each of the draft as it is when the write starts: a burst of typing makes two writes, not
   * one per key, and the last keystroke is the one kept.
   */
  changed(): void {
    const draft = this.#draft;
    if (!draft) return;
    draft.updatedAt = new Date().toISOString();
    holdWhileTyping();
    this.#dirty = true;
    this.#saveLoop ??= this.#saveWhileDirty();
    this.#saving = this.#saveLoop;
  }

  async #saveWhileDirty(): Promise<void> {
    try {
      while (this.#dirty) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        this.#dirty = false;
        const draft = this.#draft;
        if (draft) await repo.saveDraft($state.snapshot(draft) as ModuleDraft);
      }
    } catch (e) {
      errors.report(e);
    } finally {
      this.#saveLoop = undefined;
    }
  }

  /** The national module it comes right after, or undefined: after the whole national programme. */
  setAfter(moduleId: string | undefined): void {
    if (!this.#draft) return;
    if (moduleId) this.#draft.after = moduleId;
    else delete this.#draft.after;
    this.changed();
  }

  /** Its rank among the site's modules at the same place (from 1 on screen, stored from 0). */
  setOrder(order: number): void {
    if (!this.#draft || !Number.isInteger(order) || order < 0) return;
    this.#draft.order = order;
    this.changed();
  }

  /**
   * Adds or removes a prerequisite. One that would make a loop is refused, the draft left as it was;
   * returns whether the choice was taken.
   */
  setPrerequisite(id: string, on: boolean): boolean {
    const draft = this.#draft;
    if (!draft) return false;
    this.#prerequisiteRefused = on ? refusedPrerequisite(draft, this.#programme, id) : undefined;
    if (this.#prerequisiteRefused) return false;
    this.edit((mod) => {
      const rest = mod.ref.prerequisites.filter((p) => p !== id);
      mod.ref.prerequisites = on ? [...rest, id] : rest;
    });
    return true;
  }

  edit(fn: (m: AuthoredModule) => void): void {
    if (!this.#draft) return;
    fn(this.#draft.module);
    this.changed();
  }

  /**
   * Recompiles one role-play's script in the worker. At most one compile per script is in flight: keys
   * typed meanwhile only mark it stale, and the newest text is compiled when the worker is free, so a
   * burst of typing never queues a backlog behind the preview. The preview is shown as soon as the
   * script compiles; our checks follow from the other worker.
   */
  async compile(name: string): Promise<void> {
    if (this.#inFlight.has(name)) {
      this.#stale.add(name);
      return;
    }
    this.#inFlight.add(name);
    try {
      for (;;) {
        this.#stale.delete(name);
        const source = this.#draft?.module.roleplays.find((r) => r.name === name)?.ink;
        if (source === undefined) return;
        const { compiled, preview } = await this.#compiler.compile(name, source, this.#paths.get(name) ?? []);
        this.#compileMs = this.#compiler.lastMs;
        this.#compiled.set(name, compiled);
        if (compiled.json) void this.#check(name, source, { ...compiled, json: compiled.json });
        else this.#checks.delete(name);
        this.#setChecking(name, compiled.json !== undefined);
        this.#showReport(name);
        this.#showPreview(name, preview, (this.#paths.get(name) ?? []).length > 0);
        if (!this.#stale.has(name)) return;
      }
    } finally {
      this.#inFlight.delete(name);
    }
  }

  async #check(name: string, source: string, compiled: InkCompileReport & { json: string }): Promise<void> {
    const checks = await this.#compiler.check(name, source, compiled);
    // Superseded by a newer text: its own checks are on their way.
    if (!checks) return;
    this.#checkMs = this.#compiler.lastCheckMs;
    if (!this.#compiled.get(name)?.json) return;
    this.#checks.set(name, checks);
    if (this.#compiled.get(name)?.json === compiled.json) this.#setChecking(name, false);
    this.#showReport(name);
  }

  #setChecking(name: string, on: boolean): void {
    if (this.#checking.has(name) === on) return;
    const next = new Set(this.#checking);
    if (on) next.add(name);
    else next.delete(name);
    this.#checking = next;
  }

  /** The newest compile with the newest checks; until the first checks come, no problem is claimed. */
  #showReport(name: string): void {
    const compiled = this.#compiled.get(name);
    if (!compiled) return;
    const checks = compiled.json ? this.#checks.get(name) : undefined;
    const report: InkReport = { ok: false, problems: [], criteria: [], total: null, ...compiled, ...checks };
    if (!checks || this.checking(name)) report.ok = false;
    // A reworded line changes only the story: the knots, messages and criteria on screen stay as they are.
    const shown = this.#ink.get(name);
    if (shown && sameReport(shown, report)) return;
    this.#ink = new Map([...this.#ink, [name, report]]);
  }

  /** The draft becomes a copy of a version (the trainer chose theirs, or goes back to an old one). */
  takeVersion(doc: ContentSiteModuleDoc): void {
    const latest = this.latest;
    this.#draft = {
      moduleId: doc.module.id,
      siteId: doc.siteId,
      module: JSON.parse(JSON.stringify(doc.source)) as AuthoredModule,
      basedOn: latest?.version ?? doc.version,
      basedOnSignature: latest?.signature ?? doc.signature,
      order: doc.module.order,
      ...(doc.after ? { after: doc.after } : {}),
      updatedAt: new Date().toISOString(),
    };
    this.changed();
    for (const r of this.#draft.module.roleplays) void this.compile(r.name);
  }

  /** Signs the next version and queues it for the sync; the draft is kept, based on the new version. */
  async publish(keepMine = false): Promise<EditorPublish> {
    const identity = trainerSession.identity;
    const draft = this.#draft;
    if (!identity || !draft) return { ok: false, reason: 'not-signed-in' };
    await this.#saving;
    const reports = new Map<string, InkReport>();
    for (const r of draft.module.roleplays) reports.set(r.name, await this.#compiler.analyse(r.name, r.ink));
    const snapshot = $state.snapshot(draft) as ModuleDraft;
    const result = await signModuleVersion(identity, snapshot, reports, this.latest, { keepMine, programme: this.#programme });
    if (!result.ok) return result;
    const next = draftAfterPublish(snapshot, result.doc);
    await repo.publish(result.doc, next);
    this.#draft = next;
    this.#versions = [...this.#versions, result.doc];
    return result;
  }

  /** Adds a GIFT (Moodle) bank's questions to the quiz (made if needed); returns the report. */
  importGift(source: string, competency: string): ReturnType<typeof importGift> | undefined {
    const d = this.#draft;
    if (!d) return undefined;
    const m = d.module;
    const report = importGift(source, { competency, idPrefix: `${m.ref.id}.gift`, takenIds: (m.quiz?.items ?? []).map((i) => i.id) });
    this.edit((mod) => {
      mod.quiz ??= {
        id: `${mod.ref.id}.quiz`,
        schema: 1,
        title: `Quiz — ${mod.meta.title}`,
        passMark: 0.7,
        retry: { maxAttempts: 0, cooldownMinutes: 0 },
        items: [],
      };
      mod.quiz.items.push(...report.imported.map((q) => q.item));
    });
    return report;
  }

  /** Downloads the module in the `content/` format (a zip) for `npm run content:import`. */
  exportZip(): void {
    const d = this.#draft;
    if (!d) return;
    const bytes = zipModule($state.snapshot(d.module) as AuthoredModule, { after: d.after });
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${d.module.ref.dir}.zip`;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked on the next task: the download has started by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  stop(): void {
    this.#compiler.stop();
  }
}
