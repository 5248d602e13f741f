import type { NextStep } from '../../domain/path/path-derive';
import { t } from '../../i18n';
import { errors } from '../shell/error-state.svelte';
import { learnerPath } from './learner-path.svelte';
import { reviewRepository } from './learner-services';
import { contentRepository } from '../shell/services';
import { session } from './session-manager.svelte';
import { href } from '../shell/routes';

interface NextAction {
  label: string;
  link: string;
  done: boolean;
}

/** What the home screen shows besides the path: the next step's wording and the day's review count. */
export class LearnerHome {
  #next = $state.raw<NextAction | undefined>();
  #dueToday = $state(0);

  get next() {
    return this.#next;
  }
  get dueToday() {
    return this.#dueToday;
  }

  async refresh(step: NextStep | undefined): Promise<void> {
    try {
      const learnerId = session.learner?.learnerId;
      if (!learnerId) return;
      this.#dueToday = (await reviewRepository.dueToday(learnerId)).length;
      this.#next = step && (await describe(step));
    } catch (e) {
      errors.report(e);
    }
  }
}

async function describe(step: NextStep): Promise<NextAction> {
  const s = t.learner.home;
  switch (step.kind) {
    case 'placement':
      return { label: s.nextPlacement, link: href('placement'), done: false };
    case 'lesson': {
      const lesson = await contentRepository.lesson(step.lessonId);
      return { label: s.nextLesson(lesson?.title ?? step.lessonId), link: href('lesson', { id: step.lessonId }), done: false };
    }
    case 'quiz': {
      const module = await contentRepository.module(step.moduleId);
      return { label: s.nextQuiz(module?.title ?? step.moduleId), link: href('quiz', { id: step.moduleId }), done: false };
    }
    case 'roleplay': {
      const rp = await contentRepository.roleplay(step.roleplayId);
      return { label: s.nextRoleplay(rp?.title ?? step.roleplayId), link: href('roleplay', { id: step.roleplayId }), done: false };
    }
    case 'done':
      return { label: s.allDone, link: '', done: true };
  }
}

export { learnerPath };
