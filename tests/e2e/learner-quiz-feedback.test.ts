import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import type { QuizItem } from '../../src/domain/content/quiz.schema';
import { useAppSuite } from '../support/e2e-suite';
import { answerItem, itemOf, signIn } from '../support/learner-e2e';

const app = useAppSuite();

/** The right answer as the learner should read it, for the item types whose answer is one text. */
function solutionText(item: QuizItem): string {
  switch (item.type) {
    case 'single':
      return item.choices[item.answer]!;
    case 'truefalse':
      return item.answer ? 'Vrai' : 'Faux';
    case 'short':
      return item.accepted[0]!;
    case 'multiple':
      return item.choices[item.answers[0]!]!;
    case 'ordering':
      return item.steps[0]!;
    case 'matching':
      return `${item.pairs[0]!.left} → ${item.pairs[0]!.right}`;
    case 'written':
      return item.model;
  }
}

describe('quiz feedback', () => {
  it('after a wrong answer shows the right one and the explanation; after a right one, only the explanation', async () => {
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/`);
    await signIn(page, 'Kévin', DEMO_LEARNERS[2].pin);
    const module = app.pack.modules.find((m) => m.quiz)!;
    await page.goto(`${app.server.url}/#/quiz/${module.id}`);

    const answer = async (right: boolean) => {
      const quiz = page.getByTestId('quiz');
      await quiz.waitFor();
      const item = itemOf(app.pack, (await quiz.getAttribute('data-item-id'))!);
      await answerItem(page, item, right);
      await page.getByRole('button', { name: 'Vérifier ma réponse' }).click();
      const feedback = page.getByTestId('feedback');
      await feedback.waitFor();
      return { item, feedback };
    };
    const wrong = await answer(false);
    expect(await wrong.feedback.getAttribute('data-correct')).toBe('false');
    expect(await wrong.feedback.getByTestId('solution').innerText()).toContain(solutionText(wrong.item));
    expect(await wrong.feedback.innerText()).toContain(wrong.item.explanation);

    await page.getByRole('button', { name: /Question suivante/ }).click();
    await page.waitForFunction(
      (prev) => document.querySelector('[data-testid=quiz]')?.getAttribute('data-item-id') !== prev,
      wrong.item.id,
    );
    const right = await answer(true);
    expect(await right.feedback.getAttribute('data-correct')).toBe('true');
    expect(await right.feedback.getByTestId('solution').count()).toBe(0);
    await page.context().close();
  });
});
