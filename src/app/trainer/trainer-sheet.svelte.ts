import type { QuizItem } from '../../domain/content/quiz.schema';
import type { Criterion, Roleplay } from '../../domain/content/roleplay.schema';
import { criteriaInScript, type CallerBrief, type TrainerSheet } from '../../domain/content/teaching-sheet.schema';
import type { ModuleRow } from '../../storage/app-db';
import { errors } from '../shell/error-state.svelte';
import { contentRepository } from '../shell/services';

/** One role-play as a card for live practice: the caller's sheet, the brief, and the grid's criteria. */
export interface RoleplayCard {
  roleplay: Omit<Roleplay, 'ink'>;
  brief: CallerBrief | undefined;
  criteria: Criterion[];
}

/** Everything a module's printable trainer sheet shows, read from the active pack. */
export class TrainerSheetView {
  #modules = $state.raw<{ module: ModuleRow; hasSheet: boolean }[]>([]);
  #module = $state.raw<ModuleRow | undefined>();
  #sheet = $state.raw<TrainerSheet | undefined>();
  #cards = $state.raw<RoleplayCard[]>([]);
  #items = $state.raw<QuizItem[]>([]);
  #loaded = $state(false);

  get modules() {
    return this.#modules;
  }
  get module() {
    return this.#module;
  }
  get sheet() {
    return this.#sheet;
  }
  get cards() {
    return this.#cards;
  }
  get items() {
    return this.#items;
  }
  get loaded() {
    return this.#loaded;
  }

  async loadList(): Promise<void> {
    this.#loaded = false;
    try {
      const [modules, withSheet] = await Promise.all([contentRepository.modules(), contentRepository.trainerSheetModuleIds()]);
      this.#modules = modules.map((module) => ({ module, hasSheet: withSheet.has(module.id) }));
    } catch (e) {
      errors.report(e);
    } finally {
      this.#loaded = true;
    }
  }

  async load(moduleId: string): Promise<void> {
    this.#loaded = false;
    try {
      const [module, sheet, roleplays] = await Promise.all([
        contentRepository.module(moduleId),
        contentRepository.trainerSheet(moduleId),
        contentRepository.roleplaysOf(moduleId),
      ]);
      this.#module = module;
      this.#sheet = sheet;
      const order = new Map(module?.roleplayIds.map((id, i) => [id, i]));
      this.#cards = roleplays
        .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
        .map(({ ink, ...roleplay }) => ({
          roleplay,
          brief: sheet?.callerBriefs.find((b) => b.roleplay === roleplay.id),
          criteria: criteriaInScript(ink),
        }));
      this.#items = module?.quiz ? await contentRepository.items(module.quiz.itemIds) : [];
    } catch (e) {
      errors.report(e);
    } finally {
      this.#loaded = true;
    }
  }
}
