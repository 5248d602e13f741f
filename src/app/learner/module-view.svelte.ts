import type { Lesson } from '../../domain/content/module.schema';
import type { ModuleRow } from '../../storage/app-db';
import { errors } from '../shell/error-state.svelte';
import { contentRepository } from '../shell/services';

/** Loads one module or one lesson for display; `undefined` once loaded means it does not exist. */
export class ModuleView {
  #module = $state.raw<ModuleRow | undefined>();
  #lessons = $state.raw<Lesson[]>([]);
  #loaded = $state(false);

  get module() {
    return this.#module;
  }
  get lessons() {
    return this.#lessons;
  }
  get loaded() {
    return this.#loaded;
  }

  async load(moduleId: string): Promise<void> {
    this.#loaded = false;
    try {
      this.#module = await contentRepository.module(moduleId);
      this.#lessons = this.#module ? await contentRepository.lessonsOf(moduleId) : [];
    } catch (e) {
      errors.report(e);
    } finally {
      this.#loaded = true;
    }
  }
}

export class LessonView {
  #lesson = $state.raw<Lesson | undefined>();
  #next = $state.raw<Lesson | undefined>();
  #loaded = $state(false);

  get lesson() {
    return this.#lesson;
  }
  get next() {
    return this.#next;
  }
  get loaded() {
    return this.#loaded;
  }

  async load(lessonId: string): Promise<void> {
    this.#loaded = false;
    try {
      this.#lesson = await contentRepository.lesson(lessonId);
      const siblings = this.#lesson ? await contentRepository.lessonsOf(this.#lesson.moduleId) : [];
      this.#next = siblings.find((l) => l.order === (this.#lesson?.order ?? -2) + 1);
    } catch (e) {
      errors.report(e);
    } finally {
      this.#loaded = true;
    }
  }
}
