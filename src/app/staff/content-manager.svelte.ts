import { t } from '../../i18n';
import type { ImportProgress, ImportResult } from '../../storage/content-import';
import type { ActiveContent } from '../../storage/content.repository';
import type { ModuleRow } from '../../storage/app-db';
import { readOverviewCache, writeOverviewCache, type ContentOverview } from '../../storage/overview-cache';
import { errors } from '../shell/error-state.svelte';

/** Dexie and the content store load after the first screen: what it shows comes from the overview cache. */
const services = () => import('../shell/services');

type Status = 'starting' | 'importing' | 'ready';

const PACK_URL = './content/pack.json';
const PACK_META_URL = './content/pack-meta.json';

/** What content is installed, and the installation of new packs with their progress. */
class ContentManager {
  #status = $state<Status>('starting');
  #progress = $state<ImportProgress>({ done: 0, total: 0 });
  #active = $state.raw<ActiveContent | undefined>();
  #modules = $state.raw<ModuleRow[]>([]);
  /** Outcome of the last installation attempt, shown until dismissed. */
  #outcome = $state<{ ok: boolean; text: string; details: string[] } | undefined>();

  get status() {
    return this.#status;
  }
  get progress() {
    return this.#progress;
  }
  get active() {
    return this.#active;
  }
  get modules() {
    return this.#modules;
  }
  get outcome() {
    return this.#outcome;
  }

  constructor() {
    const cached = readOverviewCache();
    if (cached) this.#show(cached);
  }

  /** Shows what is installed at once, then installs the pack shipped with the app if it is newer. */
  async start(): Promise<void> {
    try {
      await this.refresh();
      const meta = await fetchJson(PACK_META_URL);
      const hash = (meta as { hash?: unknown } | undefined)?.hash;
      if (typeof hash === 'string' && hash !== this.#active?.hash) {
        const pack = await fetchJson(PACK_URL);
        if (pack === undefined) this.#setOutcome({ ok: false, reason: 'storage', details: [] }, t.content.errors.network);
        else await this.install(pack);
      }
    } catch (e) {
      errors.report(e);
    } finally {
      this.#status = 'ready';
    }
  }

  async installFile(file: File): Promise<void> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      this.#outcome = { ok: false, text: `${t.content.readError} ${t.content.keptPrevious}`, details: [] };
      return;
    }
    await this.install(parsed);
  }

  /** Installs any pack (shipped, from a file, or assembled by the sync); the old one stays until it succeeds. */
  async install(pack: unknown): Promise<ImportResult> {
    this.#status = 'importing';
    this.#progress = { done: 0, total: 0 };
    try {
      // Validation and import code load only when a pack must be installed: the first screen stays small.
      const [{ importPack }, { db }] = await Promise.all([import('../../storage/content-import'), services()]);
      const result = await importPack(db, pack, (p) => (this.#progress = p));
      this.#setOutcome(result);
      await this.refresh();
      return result;
    } finally {
      this.#status = 'ready';
    }
  }

  dismissOutcome(): void {
    this.#outcome = undefined;
  }

  async refresh(): Promise<void> {
    const { contentRepository } = await services();
    const overview = await contentRepository.overview();
    this.#show(overview);
    writeOverviewCache(overview);
  }

  #show({ active, modules }: ContentOverview): void {
    this.#active = active;
    this.#modules = modules;
  }

  #setOutcome(result: ImportResult, override?: string): void {
    if (result.ok) {
      this.#outcome = { ok: true, text: result.status === 'unchanged' ? t.content.unchanged : t.content.installed, details: [] };
      return;
    }
    const text = override ?? t.content.errors[result.reason];
    this.#outcome = { ok: false, text: this.#active ? `${text} ${t.content.keptPrevious}` : text, details: result.details };
  }
}

async function fetchJson(url: string): Promise<unknown> {
  try {
    const res = await fetch(url, { cache: 'no-cache' });
    return res.ok ? await res.json() : undefined;
  } catch {
    return undefined;
  }
}

export const content = new ContentManager();
