import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { seriousA11yViolations } from '../support/axe';
import { playRoleplayToDebrief, signIn, storedEvents } from '../support/learner-e2e';
import { useAppSuite } from '../support/e2e-suite';

const app = useAppSuite();
const [marius, , kevin] = DEMO_LEARNERS;

async function signedIn(learner: (typeof DEMO_LEARNERS)[number] | undefined): Promise<Page> {
  const page = await (await app.browser.newContext()).newPage();
  await page.goto(`${app.server.url}/#/`);
  await page.getByTestId('learner-tiles').waitFor({ timeout: 30_000 });
  await signIn(page, learner!.firstName, learner!.pin);
  await page.getByTestId('next-step').waitFor();
  return page;
}

async function expectNoSeriousA11y(page: Page, where: string): Promise<void> {
  const violations = await seriousA11yViolations(page);
  expect(violations.map((v) => `${where}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const titleOf = (id: string) => app.pack.modules.find((m) => m.id === id)?.title ?? id;

describe('finding the way (home, Accueil, back)', () => {
  it('shows the next step and the current module first, folds the rest of the path, and brings the learner home from a lesson', async () => {
    const page = await signedIn(marius);
    const firstModule = app.pack.modules.find((m) => m.id === app.pack.programme.moduleOrder[0])!;
    const current = page.getByTestId('current-module');
    await expect.poll(() => current.getAttribute('data-current-id')).toBe(firstModule.id);
    const details = page.getByTestId('path-details');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await details.locator('summary').textContent()).toContain(`${app.pack.programme.moduleOrder.length} modules`);
    expect(await page.getByTestId('path-module').count()).toBe(app.pack.programme.moduleOrder.length);
    // The next step and the current module come before the folded path.
    const order = await page.evaluate(() =>
      ['next-step', 'current-module', 'path-details'].map(
        (id) => document.querySelector(`[data-testid=${id}]`)?.getBoundingClientRect().top ?? -1,
      ),
    );
    expect(order[0]).toBeLessThan(order[1] as number);
    expect(order[1]).toBeLessThan(order[2] as number);
    await expectNoSeriousA11y(page, 'home');

    // Home → module → lesson, then « Retour au module », then « Accueil » from the navigation.
    await current.getByRole('link', { name: firstModule.title }).click();
    await page.getByTestId('lesson-list').getByRole('link').first().click();
    await page.getByTestId('lesson').waitFor();
    await expectNoSeriousA11y(page, 'lesson');
    await page.getByRole('link', { name: '← Retour au module' }).click();
    await page.getByTestId('lesson-list').waitFor();
    await expectNoSeriousA11y(page, 'module');
    await page.getByTestId('lesson-list').getByRole('link').first().click();
    await page.getByTestId('lesson').waitFor();
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil', exact: true }).click();
    await page.getByTestId('next-step').waitFor();
    expect(new URL(page.url()).hash).toBe('#/');
    await page.context().close();
  });
});

describe('a locked module', () => {
  it('can be read ahead, but its lessons do not count and its quiz stays closed, and the screen says so', async () => {
    const locked = app.pack.programme.moduleOrder
      .map((id) => app.pack.modules.find((m) => m.id === id)!)
      .find((m) => m.prerequisites.length > 0 && m.quiz);
    if (!locked) throw new Error('the built pack needs a module with prerequisites and a quiz');
    const before = locked.prerequisites.map(titleOf);
    const page = await signedIn(kevin);

    const card = page.locator(`[data-testid=path-module][data-module-id="${locked.id}"]`);
    expect(await card.getAttribute('data-status')).toBe('locked');
    expect(await card.textContent()).toContain('Vous pouvez déjà lire ses leçons');

    await page.goto(`${app.server.url}/#/module/${locked.id}`);
    const notice = page.getByTestId('module-locked');
    await notice.waitFor();
    for (const title of before) expect(await notice.textContent()).toContain(title);
    await expectNoSeriousA11y(page, 'locked module');

    // The lesson reads in full; instead of « J'ai terminé », it says why it does not count yet.
    await page.getByTestId('lesson-list').getByRole('link').first().click();
    await page.getByTestId('lesson').waitFor();
    expect((await page.locator('.prose').textContent())?.trim().length).toBeGreaterThan(0);
    const lessonNotice = page.getByTestId('lesson-locked');
    await lessonNotice.waitFor();
    expect(await lessonNotice.textContent()).toContain('ne compte pas encore');
    for (const title of before) expect(await lessonNotice.textContent()).toContain(title);
    expect(await page.getByTestId('lesson-done-button').count()).toBe(0);
    await expectNoSeriousA11y(page, 'locked lesson');

    await page.goto(`${app.server.url}/#/quiz/${locked.id}`);
    const blocked = page.getByTestId('quiz-blocked');
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain('pas encore ouvert');
    expect(await page.getByTestId('quiz').count()).toBe(0);

    const events = (await storedEvents(page)).filter((e) => e.learnerId === kevin!.learnerId);
    expect(events.filter((e) => e.name === 'lesson.completed' && e.data.moduleId === locked.id)).toEqual([]);
    expect(events.filter((e) => e.name.startsWith('quiz.'))).toEqual([]);
    await page.context().close();
  });

  it('lets its role-play be played for practice, says it does not count, and records nothing of it', async () => {
    const locked = app.pack.programme.moduleOrder
      .map((id) => app.pack.modules.find((m) => m.id === id)!)
      .find((m) => m.prerequisites.length > 0 && m.roleplays.length > 0);
    if (!locked) throw new Error('the built pack needs a module with prerequisites and a role-play');
    const roleplay = locked.roleplays[0]!;
    const page = await signedIn(kevin);
    expect(await page.locator(`[data-testid=path-module][data-module-id="${locked.id}"]`).getAttribute('data-status')).toBe('locked');

    // The locked module's card offers its call for practice.
    const card = page.locator(`[data-testid=path-module][data-module-id="${locked.id}"]`);
    await page.getByTestId('path-details').locator('summary').click();
    await card.getByTestId('roleplay-practice-link').first().click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/roleplay/${roleplay.id}`);
    const practice = page.getByTestId('roleplay-practice');
    await page.getByTestId('roleplay-choices').waitFor();
    expect(await practice.textContent()).toContain('ne compte pas encore');
    for (const title of locked.prerequisites.map(titleOf)) expect(await practice.textContent()).toContain(title);
    await expectNoSeriousA11y(page, 'practice call');

    await playRoleplayToDebrief(page);
    expect(await page.getByTestId('roleplay-debrief').locator('tr[data-criterion]').count()).toBeGreaterThan(0);
    expect(await practice.textContent()).toContain('ne compte pas encore');

    const events = (await storedEvents(page)).filter((e) => e.learnerId === kevin!.learnerId);
    expect(events.filter((e) => e.name.startsWith('roleplay.'))).toEqual([]);
    await page.goto(`${app.server.url}/#/`);
    await page.getByTestId('next-step').waitFor();
    expect(await page.locator(`[data-testid=path-module][data-module-id="${locked.id}"]`).getAttribute('data-status')).toBe('locked');
    await page.context().close();
  });
});
