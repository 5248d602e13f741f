import { searchGlossary, type GlossaryEntry } from '../../domain/content/glossary.schema';
import { errors } from '../shell/error-state.svelte';
import { contentRepository } from '../shell/services';

/** The active pack's glossary, searched as the learner types. */
export class GlossaryView {
  #entries = $state.raw<GlossaryEntry[]>([]);
  #moduleTitles = $state.raw<ReadonlyMap<string, string>>(new Map());
  #loaded = $state(false);
  query = $state('');

  readonly results = $derived(searchGlossary(this.#entries, this.query));

  get entries() {
    return this.#entries;
  }
  get loaded() {
    return this.#loaded;
  }

  entry(slug: string): GlossaryEntry | undefined {
    return this.#entries.find((e) => e.slug === slug);
  }

  moduleTitle(id: string | undefined): string | undefined {
    return id ? this.#moduleTitles.get(id) : undefined;
  }

  async load(): Promise<void> {
    try {
      const { active, modules } = await contentRepository.overview();
      this.#entries = active?.programme.glossary ?? [];
      this.#moduleTitles = new Map(modules.map((m) => [m.id, m.title]));
    } catch (e) {
      errors.report(e);
    } finally {
      this.#loaded = true;
    }
  }
}
