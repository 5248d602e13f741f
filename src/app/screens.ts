import type { Component } from 'svelte';
import type { RouteName } from './routes';

type ScreenModule = { default: Component<{ params: Record<string, string> }> };

/** Each screen is its own chunk, loaded when first shown (and precached for offline use). */
export const screens: Record<RouteName, () => Promise<ScreenModule>> = {
  home: () => import('../ui/programme/ProgrammeScreen.svelte'),
  programme: () => import('../ui/programme/ProgrammeScreen.svelte'),
  module: () => import('../ui/programme/ModuleScreen.svelte'),
  lesson: () => import('../ui/lesson/LessonScreen.svelte'),
  content: () => import('../ui/content/ContentScreen.svelte'),
};
