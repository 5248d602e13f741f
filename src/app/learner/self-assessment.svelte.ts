import { content } from '../staff/content-manager.svelte';
import { errors } from '../shell/error-state.svelte';
import { learnerPath } from './learner-path.svelte';

export type SelfLevel = 1 | 2 | 3 | 4;

/** The learner's self-assessment for the bilan initial: one level per competency of the title. */
export class SelfAssessment {
  #levels = $state<Record<string, SelfLevel>>({});
  #saved = $state(false);

  get levels() {
    return this.#levels;
  }
  get saved() {
    return this.#saved;
  }

  /** The competencies of the active programme, in its order. */
  get competencies(): { id: string; title: string }[] {
    return (content.active?.programme.blocks ?? []).flatMap((b) => b.competencies.map((c) => ({ id: c.id, title: c.title })));
  }

  get missing(): number {
    return this.competencies.filter((c) => !this.#levels[c.id]).length;
  }

  set(competencyId: string, level: SelfLevel): void {
    this.#levels[competencyId] = level;
    this.#saved = false;
  }

  /** Written as a progress event: it syncs to the trainer like the rest of the learner's work. */
  async submit(): Promise<void> {
    if (this.missing > 0) return;
    try {
      await learnerPath.record('selfassessment.recorded', { levels: { ...this.#levels } });
      this.#saved = true;
    } catch (e) {
      errors.report(e);
    }
  }
}
