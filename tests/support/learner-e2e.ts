import type { Page } from 'playwright-core';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import type { QuizItem } from '../../src/domain/content/quiz.schema';

/** Signs a demo learner in through the tiles and the PIN pad, as a person would with the keyboard. */
export async function signIn(page: Page, firstName: string, pin: string): Promise<void> {
  await page.getByRole('button', { name: firstName, exact: true }).click();
  await page.getByLabel('Votre code secret').fill(pin);
  await page.keyboard.press('Enter');
  await page.getByTestId('signed-in').waitFor();
}

export function itemOf(pack: ContentPack, id: string): QuizItem {
  const item = pack.modules.flatMap((m) => m.items).find((i) => i.id === id) ?? pack.placement?.items.find((i) => i.id === id);
  if (!item) throw new Error(`item ${id} not in pack`);
  return item;
}

/** Answers the quiz question on screen, right or wrong, through the real controls. */
export async function answerItem(page: Page, item: QuizItem, right: boolean): Promise<void> {
  const q = page.getByTestId('quiz').or(page.getByTestId('review'));
  switch (item.type) {
    case 'single': {
      const pick = right ? item.answer : (item.answer + 1) % item.choices.length;
      await q.locator(`input[data-choice="${pick}"]`).check();
      break;
    }
    case 'multiple': {
      const picks = right ? item.answers : [item.choices.findIndex((_, i) => !item.answers.includes(i))].filter((i) => i >= 0);
      for (const i of picks.length ? picks : [item.answers[0] as number]) await q.locator(`input[data-choice="${i}"]`).check();
      if (!right && !picks.length) throw new Error('cannot answer this multiple item wrongly');
      break;
    }
    case 'truefalse':
      await q.locator(`input[data-choice="${String(right ? item.answer : !item.answer)}"]`).check();
      break;
    case 'ordering':
      // The shuffle never starts in the right order, so leaving it is a wrong answer.
      if (right) {
        for (let pos = 0; pos < item.steps.length; pos++) {
          const order = await q.locator('li[data-step]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-step'))));
          for (let at = order.indexOf(pos); at > pos; at--) await q.locator(`li[data-step="${pos}"] button`).first().click();
        }
      } else {
        await q.locator('li[data-step] button').nth(1).click();
        const order = await q.locator('li[data-step]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-step'))));
        if (order.every((s, i) => s === i)) await q.locator('li[data-step] button').nth(1).click();
      }
      break;
    case 'matching':
      for (let left = 0; left < item.pairs.length; left++) {
        await q.locator(`select[data-left="${left}"]`).selectOption(String(right ? left : (left + 1) % item.pairs.length));
      }
      break;
    case 'short':
      await q.getByLabel('Votre réponse').fill(right ? (item.accepted[0] as string).toUpperCase() : 'zzz');
      break;
  }
}

/**
 * Plays a whole quiz attempt (the bilan's introduction included), every answer right or every answer wrong;
 * returns the result element's pass flag (false for the bilan, which has none). `stopAfter` leaves it mid-way.
 */
export async function playQuiz(page: Page, pack: ContentPack, right: boolean, stopAfter = Infinity): Promise<boolean> {
  for (let guard = 0, answered = 0; guard < 100; guard++) {
    // A module quiz ends on its result; the bilan on its plain summary (no pass mark, so never « passed »).
    const result = page.getByTestId('quiz-result').or(page.getByTestId('placement-end'));
    const quiz = page.getByTestId('quiz');
    const start = page.getByTestId('placement-start');
    await result.or(quiz).or(start).first().waitFor();
    if (await start.isVisible()) {
      await start.click();
      continue;
    }
    if (await result.isVisible()) return (await result.getAttribute('data-passed')) === 'true';
    const id = (await quiz.getAttribute('data-item-id')) as string;
    await answerItem(page, itemOf(pack, id), right);
    await page.getByRole('button', { name: 'Vérifier ma réponse' }).click();
    await page.getByTestId('feedback').waitFor();
    if (++answered >= stopAfter) return false;
    await page.getByRole('button', { name: /Question suivante|Voir mon résultat/ }).click();
    await page.waitForFunction((prev) => {
      const q = document.querySelector('[data-testid=quiz]');
      return !q || q.getAttribute('data-item-id') !== prev;
    }, id);
  }
  throw new Error('quiz never ended');
}

/** Reads the learner events stored in the page's IndexedDB (the outbox). */
export function storedEvents(page: Page): Promise<{ learnerId: string; name: string; data: Record<string, unknown>; synced: number }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('events').objectStore('events').getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/**
 * Reads every lesson of a module to « J'ai terminé » and passes its quiz, as the signed-in learner:
 * the module then no longer locks the ones that need it. `quiz: false` when its quiz is already passed.
 */
export async function passModule(page: Page, baseUrl: string, pack: ContentPack, moduleId: string, opts = { quiz: true }): Promise<void> {
  const m = pack.modules.find((x) => x.id === moduleId);
  if (!m) throw new Error(`module ${moduleId} not in pack`);
  for (const lesson of m.lessons) {
    await page.goto(`${baseUrl}/#/lesson/${lesson.id}`);
    await page.locator('[data-testid=lesson] h1', { hasText: lesson.title }).waitFor();
    const done = page.getByTestId('lesson-done');
    const button = page.getByTestId('lesson-done-button');
    await done.or(button).first().waitFor();
    if (await button.isVisible()) await button.click();
    await done.waitFor();
  }
  if (!m.quiz || !opts.quiz) return;
  await page.goto(`${baseUrl}/#/quiz/${m.id}`);
  if (!(await playQuiz(page, pack, true))) throw new Error(`the quiz of ${moduleId} was not passed`);
}

/** Plays the role-play on screen to its debrief, always taking the first choice. */
export async function playRoleplayToDebrief(page: Page): Promise<void> {
  const debrief = page.getByTestId('roleplay-debrief');
  for (let i = 0; i < 60; i++) {
    // Each choice is saved before the next ones are enabled: wait for those, or for the debrief.
    const choices = page.locator('[data-testid=roleplay-choices] button:enabled');
    await debrief.or(choices.first()).first().waitFor();
    if (await debrief.isVisible()) return;
    const said = await page.locator('[data-testid=transcript] li').count();
    await choices.first().click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=transcript] li').length > n, said);
  }
  throw new Error('the role-play never reached its debrief');
}
