import type { WrittenItem } from '../../domain/content/quiz.schema';
import { errors } from '../shell/error-state.svelte';
import { contentRepository } from '../shell/services';
import { progressRepository } from './learner-services';
import { session } from './session-manager.svelte';

interface WrittenEntry {
  item: WrittenItem;
  /** Replies the signed-in learner has sent for it. */
  sent: number;
}

/** A module's written-reply items, in quiz order, for its screen. */
export class WrittenList {
  #entries = $state.raw<WrittenEntry[]>([]);

  get entries() {
    return this.#entries;
  }

  async load(moduleId: string): Promise<void> {
    try {
      const module = await contentRepository.module(moduleId);
      const items = module?.quiz ? await contentRepository.items(module.quiz.itemIds) : [];
      const writtenItems = items.filter((i): i is WrittenItem => i.type === 'written');
      const learnerId = session.learner?.learnerId;
      const sent = new Map<string, number>();
      if (learnerId && writtenItems.length) {
        for (const e of await (await progressRepository()).named(learnerId, 'written.submitted'))
          sent.set(e.data.itemId, Math.max(sent.get(e.data.itemId) ?? 0, e.data.attempt));
      }
      this.#entries = writtenItems.map((item) => ({ item, sent: sent.get(item.id) ?? 0 }));
    } catch (e) {
      errors.report(e);
    }
  }
}
