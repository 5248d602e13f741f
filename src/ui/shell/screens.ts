import type { Component } from 'svelte';
import HomeScreen from '../learner/home/HomeScreen.svelte';
import ProgrammeScreen from '../learner/programme/ProgrammeScreen.svelte';
import type { RouteName } from '../../app/shell/routes';

// Screens take `params` when their route has any; the others take no props.
// biome-ignore lint/suspicious/noExplicitAny: screens differ in their props (some take params, some none); the table only mounts them
type AnyComponent = Component<any>;

/**
 * The two screens a terminal opens on are in the main bundle: loading them lazily added a round of
 * fetching and evaluating after mount, the slowest part of a cold start. The others are their own
 * chunks, loaded when first shown (and precached for offline use).
 */
export type Screen = { eager: AnyComponent } | { lazy: () => Promise<{ default: AnyComponent }> };

/** The trainer's reports, scoring, ECF, DP and record screens: one chunk, loaded on the first of them. */
const trainerReports = () => import('../trainer/TrainerReportsScreen.svelte');
/** The « Lexique »: one chunk for the list and an entry. */
const glossaryScreen = () => import('../learner/glossary/GlossaryScreen.svelte');
/** The modules' printable trainer sheets. */
const trainerSheets = () => import('../trainer/sheet/TrainerSheetScreen.svelte');
/** Authoring (editors, the ink compiler's worker, publishing): its own chunk, only in the trainer space. */
const trainerAuthoring = () => import('../trainer/authoring/AuthoringScreens.svelte');

export const screens: Record<RouteName, Screen> = {
  home: { eager: HomeScreen },
  programme: { eager: ProgrammeScreen },
  module: { lazy: () => import('../learner/programme/ModuleScreen.svelte') },
  lesson: { lazy: () => import('../learner/lesson/LessonScreen.svelte') },
  content: { lazy: () => import('../staff/content/ContentScreen.svelte') },
  quiz: { lazy: () => import('../learner/quiz/QuizScreen.svelte') },
  placement: { lazy: () => import('../learner/quiz/PlacementScreen.svelte') },
  roleplay: { lazy: () => import('../learner/roleplay/RoleplayScreen.svelte') },
  written: { lazy: () => import('../learner/written/WrittenScreen.svelte') },
  review: { lazy: () => import('../learner/review/ReviewScreen.svelte') },
  micro: { lazy: () => import('../learner/micro/MicroScreen.svelte') },
  glossary: { lazy: glossaryScreen },
  glossaryEntry: { lazy: glossaryScreen },
  exam: { lazy: () => import('../learner/exam/ExamScreen.svelte') },
  examSection: { lazy: () => import('../learner/exam/ExamSectionScreen.svelte') },
  examCall: { lazy: () => import('../learner/exam/ExamCallScreen.svelte') },
  staff: { lazy: () => import('../staff/StaffScreen.svelte') },
  selfAssessment: { lazy: () => import('../learner/home/SelfAssessmentScreen.svelte') },
  // The trainer space: its own chunks, never in a learner's first screen.
  trainer: { lazy: () => import('../trainer/TrainerScreen.svelte') },
  trainerLearner: { lazy: () => import('../trainer/TrainerLearnerScreen.svelte') },
  trainerBilan: { lazy: () => import('../trainer/BilanScreen.svelte') },
  trainerClassReport: { lazy: trainerReports },
  trainerLearnerReport: { lazy: trainerReports },
  trainerScoreRun: { lazy: trainerReports },
  trainerScoreLive: { lazy: trainerReports },
  trainerWritten: { lazy: () => import('../trainer/written/WrittenScoringScreens.svelte') },
  trainerScoreWritten: { lazy: () => import('../trainer/written/WrittenScoringScreens.svelte') },
  trainerEcf: { lazy: trainerReports },
  trainerDp: { lazy: trainerReports },
  trainerExams: { lazy: trainerReports },
  trainerExam: { lazy: trainerReports },
  trainerRecord: { lazy: trainerReports },
  trainerAuthoring: { lazy: trainerAuthoring },
  trainerSheets: { lazy: trainerSheets },
  trainerSheet: { lazy: trainerSheets },
  trainerAuthoringModule: { lazy: trainerAuthoring },
};
