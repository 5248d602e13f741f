import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { playQuiz, signIn, storedEvents } from '../support/learner-e2e';
import { useAppSuite } from '../support/e2e-suite';

const app = useAppSuite();


describe('placement (bilan initial)', () => {
  it('runs the questions then the short role-play; a perfect score proposes exemptions but exempts nothing on its own', async () => {
    const placement = app.pack.placement;
    if (!placement?.roleplays[0]) throw new Error('the built pack needs a placement with a role-play');
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/`);
    await signIn(page, 'Joséphine', DEMO_LEARNERS[1].pin);
    const next = page.getByTestId('next-step');
    await expect.poll(() => next.textContent()).toContain('Faire le bilan de départ');
    await next.getByRole('link').click();
    // The intro (what the bilan is for, how long, several sittings) shows above the first question.
    const firstParagraph = placement.intro.split('\n')[0] as string;
    await expect.poll(() => page.getByTestId('placement-intro').textContent()).toContain(firstParagraph);

    expect(await playQuiz(page, app.pack, true)).toBe(true);
    const result = page.getByTestId('quiz-result');
    const competencies = app.pack.programme.blocks.flatMap((b) => b.competencies);
    for (const c of competencies.slice(0, 3)) expect(await result.textContent()).toContain(c.title);

    await page.goto(`${app.server.url}/#/`);
    await expect.poll(() => next.textContent()).toContain(placement.roleplays[0].title);
    // Proposed, not decided: every module is still to be done until a trainer confirms.
    await expect.poll(() => page.getByTestId('exemption-proposed').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=path-module][data-status=exempted]').count()).toBe(0);
    for (const ccp of await page.getByTestId('ccp').allTextContents()) expect(ccp).toContain('0 compétence sur');

    await next.getByRole('link').click();
    for (let i = 0; i < 40; i++) {
      // Each choice is saved before the next ones show: wait for an enabled choice or the debrief.
      const ready = page.getByTestId('roleplay-debrief').or(page.locator('[data-testid=roleplay-choices] button:enabled').first());
      await ready.first().waitFor();
      if (await page.getByTestId('roleplay-debrief').isVisible()) break;
      await page.locator('[data-testid=roleplay-choices] button:enabled').first().click();
    }
    await page.getByTestId('roleplay-debrief').waitFor();

    await page.goto(`${app.server.url}/#/`);
    const firstModule = app.pack.modules.find((m) => m.id === app.pack.programme.moduleOrder[0])!;
    await expect.poll(() => next.textContent()).toContain(firstModule.lessons[0]!.title);
    const names = (await storedEvents(page)).filter((e) => e.learnerId === 'demo-josephine').map((e) => e.name);
    expect(names).toContain('placement.submitted');
    expect(names.filter((n) => n === 'roleplay.finished')).toHaveLength(1);
    await page.context().close();
  });
});
