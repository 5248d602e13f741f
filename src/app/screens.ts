import type { Component } from 'svelte';
import type { RouteName } from './routes';

// Screens take `params` when their route has any; the others take no props.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ScreenModule = { default: Component<any> };

/** Each screen is its own chunk, loaded when first shown (and precached for offline use). */
export const screens: Record<RouteName, () => Promise<ScreenModule>> = {
  home: () => import('../ui/learner/HomeScreen.svelte'),
  programme: () => import('../ui/programme/ProgrammeScreen.svelte'),
  module: () => import('../ui/programme/ModuleScreen.svelte'),
  lesson: () => import('../ui/lesson/LessonScreen.svelte'),
  content: () => import('../ui/content/ContentScreen.svelte'),
  quiz: () => import('../ui/quiz/QuizScreen.svelte'),
  placement: () => import('../ui/quiz/PlacementScreen.svelte'),
  roleplay: () => import('../ui/roleplay/RoleplayScreen.svelte'),
  review: () => import('../ui/review/ReviewScreen.svelte'),
  staff: () => import('../ui/staff/StaffScreen.svelte'),
};
