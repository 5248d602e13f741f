import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { seriousA11yViolations } from '../support/axe';
import { playQuiz, signIn, storedEvents } from '../support/learner-e2e';
import { useAppSuite } from '../support/e2e-suite';

const app = useAppSuite();

/** Words that make the bilan read as an exam; none may appear anywhere in it. */
const EXAM_WORDS = [/Essai n°/, /Bilan terminé/, /Pas encore/, /Il faut \d+ %/, /Réussi :/, /% (de bonnes réponses|des points)/];

async function expectNoExamWords(text: string | null): Promise<void> {
  for (const word of EXAM_WORDS) expect(text ?? '').not.toMatch(word);
}

describe('placement (bilan initial)', () => {
  it('shows its introduction first, resumes after a reload mid-way, and ends with a plain summary, the call included, without pass/fail words', async () => {
    const placement = app.pack.placement;
    if (!placement?.roleplays[0]) throw new Error('the built pack needs a placement with a role-play');
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/`);
    await signIn(page, 'Joséphine', DEMO_LEARNERS[1].pin);
    const next = page.getByTestId('next-step');
    await expect.poll(() => next.textContent()).toContain('Faire le bilan de départ');
    await next.getByRole('link').click();

    // The introduction (what the bilan is for, how long, several sittings) comes before any question.
    const intro = page.getByTestId('placement-intro');
    const firstParagraph = placement.intro.split('\n')[0] as string;
    await expect.poll(() => intro.textContent()).toContain(firstParagraph);
    expect(await page.getByTestId('quiz').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // First sitting: three answers, then the terminal is reloaded (a break, a power cut, another day).
    await playQuiz(page, app.pack, true, 3);
    const third = await page.getByTestId('quiz').getAttribute('data-item-id');
    await expectNoExamWords(await page.locator('main').textContent());
    await page.reload();
    await page.getByTestId('quiz').waitFor();
    expect(await page.getByTestId('placement-start').count()).toBe(0);
    // It resumes at the first question not yet answered, the fourth, with the three answers kept.
    expect(await page.getByTestId('quiz').getAttribute('data-item-id')).not.toBe(third);
    expect(await page.getByTestId('feedback').count()).toBe(0);
    const count = placement.items.length;
    expect(await page.getByTestId('placement-pause').textContent()).toContain(`Vous reprenez le bilan à la question 4 sur ${count}`);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Second sitting, to the end of the questions: the call is still to come, so the bilan is not « terminé ».
    expect(await playQuiz(page, app.pack, true)).toBe(false);
    const end = page.getByTestId('placement-end');
    expect(await end.getAttribute('data-stage')).toBe('call');
    expect(await end.textContent()).toContain('Il reste un court appel d’essai');
    const competencies = app.pack.programme.blocks.flatMap((b) => b.competencies);
    const summary = page.getByTestId('placement-summary');
    expect(await summary.textContent()).toContain('Vous êtes à l’aise sur');
    for (const c of competencies.slice(0, 3)) expect(await summary.textContent()).toContain(c.title);
    await expectNoExamWords(await page.locator('main').textContent());
    expect(await seriousA11yViolations(page)).toEqual([]);

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
      // The last choice is often the weakest: the call's debrief must not turn it into a failure.
      await page.locator('[data-testid=roleplay-choices] button:enabled').last().click();
    }
    const debrief = page.getByTestId('roleplay-debrief');
    await debrief.waitFor();
    await expectNoExamWords(await debrief.textContent());
    expect(await debrief.locator('tr[data-criterion]').count()).toBe(0);
    expect(await debrief.getByTestId('placement-end').getAttribute('data-stage')).toBe('done');
    expect(await debrief.textContent()).toContain('Votre bilan est complet');
    expect(await debrief.getByTestId('placement-summary').textContent()).toContain('Vous êtes à l’aise sur');
    expect(await debrief.getByTestId('placement-trainer-note').textContent()).toContain('Votre formateur va regarder ce bilan avec vous');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(`${app.server.url}/#/`);
    const firstModule = app.pack.modules.find((m) => m.id === app.pack.programme.moduleOrder[0])!;
    await expect.poll(() => next.textContent()).toContain(firstModule.lessons[0]!.title);
    const names = (await storedEvents(page)).filter((e) => e.learnerId === 'demo-josephine').map((e) => e.name);
    expect(names).toContain('placement.submitted');
    expect(names.filter((n) => n === 'placement.submitted')).toHaveLength(1);
    expect(names.filter((n) => n === 'roleplay.finished')).toHaveLength(1);
    await page.context().close();
  });
});
