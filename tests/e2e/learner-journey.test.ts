import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS, DEMO_STAFF_PIN } from '../../src/domain/demo/demo-site';
import { seriousA11yViolations } from '../support/axe';
import { passModule, playQuiz, signIn, storedEvents } from '../support/learner-e2e';
import { waitForServiceWorkerControl } from '../support/pwa';
import { useAppSuite } from '../support/e2e-suite';

const app = useAppSuite();
const [marius, josephine, kevin] = DEMO_LEARNERS;

async function fresh(query = ''): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.server.url}/${query}#/`);
  await page.getByTestId('learner-tiles').waitFor({ timeout: 30_000 });
  return { context, page };
}

async function expectNoSeriousA11y(page: Page, where: string) {
  const violations = await seriousA11yViolations(page);
  expect(violations.map((v) => `${where}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('learner sign-in on a shared terminal', () => {
  it('shows the demo learners, signs one in with the keyboard, and signs out', async () => {
    const { context, page } = await fresh();
    expect(await page.getByTestId('learner-tiles').getByRole('button').allTextContents()).toEqual(
      DEMO_LEARNERS.map((l) => l.firstName)
        .sort((a, b) => a.localeCompare(b, 'fr'))
        .map((n) => expect.stringContaining(n)),
    );
    await expectNoSeriousA11y(page, 'tiles');
    // Keyboard only: Tab to the tile, Enter, type the PIN, Enter.
    await page.getByRole('button', { name: marius!.firstName, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pin');
    await expectNoSeriousA11y(page, 'pin');
    await page.keyboard.type(marius!.pin);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('signed-in').textContent()).toContain(marius!.firstName);
    await page.getByTestId('next-step').waitFor();
    await expectNoSeriousA11y(page, 'home');
    await page.getByRole('button', { name: 'Me déconnecter' }).click();
    await page.getByTestId('learner-tiles').waitFor();
    // The screen is cleared first (privacy on a shared terminal), then the session's end is written.
    const mine = async () => (await storedEvents(page)).filter((e) => e.learnerId === marius!.learnerId);
    await expect.poll(async () => (await mine()).map((e) => e.name)).toEqual(['session.started', 'session.ended']);
    const events = await mine();
    expect(events[1]?.data).toMatchObject({ reason: 'signout' });
    expect(events.every((e) => e.synced === 0)).toBe(true);
    await context.close();
  });

  it('locks a learner after five wrong PINs, across a reload, until the trainer unlocks', async () => {
    const { context, page } = await fresh();
    await page.getByRole('button', { name: kevin!.firstName, exact: true }).click();
    const wrong = String(kevin!.pin) === '0000' ? '1111' : '0000';
    for (let i = 1; i <= 4; i++) {
      await page.getByLabel('Votre code secret').fill(wrong);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('signin-message').textContent()).toContain(`Il vous reste ${5 - i}`);
    }
    await page.getByLabel('Votre code secret').fill(wrong);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('signin-message').textContent()).toContain('bloqué');
    expect(await page.getByLabel('Votre code secret').count()).toBe(0);

    await page.reload();
    await page.getByRole('button', { name: kevin!.firstName, exact: true }).click();
    await expect.poll(() => page.getByTestId('signin-message').textContent()).toContain('bloqué');

    await page.getByRole('button', { name: 'Déblocage par le formateur' }).click();
    await page.getByLabel('Code du personnel').fill('000000');
    await page.getByRole('button', { name: 'Débloquer' }).click();
    await expect.poll(() => page.getByTestId('signin-message').textContent()).toContain('n’est pas le bon');
    await page.getByLabel('Code du personnel').fill(DEMO_STAFF_PIN);
    await page.getByRole('button', { name: 'Débloquer' }).click();
    await expect.poll(() => page.getByTestId('signin-message').textContent()).toContain('débloqué');
    await page.getByLabel('Votre code secret').fill(kevin!.pin);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('signed-in').textContent()).toContain(kevin!.firstName);
    await context.close();
  });

  it('signs out an idle learner after a visible warning, and records the session as idle', async () => {
    const { context, page } = await fresh('?idle=6');
    await signIn(page, josephine!.firstName, josephine!.pin);
    await page.getByTestId('idle-warning').waitFor({ timeout: 30_000 });
    await page.getByTestId('learner-tiles').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('signed-in').count()).toBe(0);
    // Cleared first, then written (see sign-out): wait for the session's end in the outbox.
    const ended = async () => (await storedEvents(page)).find((e) => e.name === 'session.ended' && e.learnerId === josephine!.learnerId);
    await expect.poll(async () => (await ended())?.data).toMatchObject({ reason: 'idle' });
    await context.close();
  });
});

describe('learner journey', () => {
  it('reads a lesson, fails then passes a quiz, opens a module and plays its role-play to its debrief; reload and offline keep it all; a second learner sees none of it', async () => {
    const firstModule =
      app.pack.modules.find((m) => m.id === app.pack.programme.moduleOrder[0] && m.quiz) ?? app.pack.modules.find((m) => m.quiz);
    const byId = (id: string) => app.pack.modules.find((m) => m.id === id);
    // The first module in teaching order with a role-play, and every module it waits for (those come first).
    const withCall = app.pack.programme.moduleOrder.map(byId).find((m) => m?.roleplays.length);
    const roleplay = withCall?.roleplays[0];
    if (!firstModule?.quiz || !withCall || !roleplay) throw new Error('the built pack needs a module with a quiz and a role-play');
    const needed = new Set<string>();
    const need = (id: string): void => {
      for (const p of byId(id)?.prerequisites ?? []) {
        needed.add(p);
        need(p);
      }
    };
    need(withCall.id);
    const toPass = app.pack.programme.moduleOrder.filter((id) => needed.has(id));
    const lesson = firstModule.lessons[0]!;
    const { context, page } = await fresh();
    await waitForServiceWorkerControl(page);
    await signIn(page, marius!.firstName, marius!.pin);

    // The home screen's next step comes from the path: the placement if the pack has one, else the first lesson.
    const next = page.getByTestId('next-step');
    await expect.poll(() => next.textContent()).toContain(app.pack.placement ? 'bilan' : lesson.title);
    expect(await page.locator(`[data-module-id="${firstModule.id}"]`).getAttribute('data-status')).toBe(
      firstModule.prerequisites.length ? 'locked' : 'available',
    );

    // Lesson: « J'ai terminé » writes lesson.completed before the screen says so.
    await page.goto(`${app.server.url}/#/lesson/${lesson.id}`);
    await page.getByTestId('lesson-done-button').click();
    await page.getByTestId('lesson-done').waitFor();
    await expectNoSeriousA11y(page, 'lesson');

    // Quiz: fail, then pass.
    await page.goto(`${app.server.url}/#/quiz/${firstModule.id}`);
    await page.getByTestId('quiz').waitFor();
    await expectNoSeriousA11y(page, 'quiz');
    expect(await playQuiz(page, app.pack, false)).toBe(false);
    await expectNoSeriousA11y(page, 'quiz result');
    await page.getByRole('button', { name: 'Recommencer le quiz' }).click();
    await expect.poll(() => page.getByTestId('quiz').getAttribute('data-attempt')).toBe('2');
    expect(await playQuiz(page, app.pack, true)).toBe(true);

    // A locked module's role-play would not count: finish what the module with a call waits for first.
    for (const id of toPass) await passModule(page, app.server.url, app.pack, id, { quiz: id !== firstModule.id });
    await page.goto(`${app.server.url}/#/`);
    await expect
      .poll(() => page.locator(`[data-testid=path-module][data-module-id="${withCall.id}"]`).getAttribute('data-status'))
      .toMatch(/^(available|in-progress)$/);

    // Role-play: one choice, reload mid-call (resumes), then play to the debrief.
    await page.goto(`${app.server.url}/#/roleplay/${roleplay.id}`);
    await page.getByTestId('roleplay-choices').waitFor();
    const firstChoice = (await page.getByTestId('roleplay-choices').getByRole('button').first().textContent())?.trim();
    await page.getByTestId('roleplay-choices').getByRole('button').first().click();
    await expect.poll(() => page.getByTestId('transcript').textContent()).toContain(firstChoice);
    await page.reload();
    await page.getByTestId('transcript').waitFor();
    expect(await page.getByTestId('transcript').textContent()).toContain(firstChoice);
    for (let i = 0; i < 60; i++) {
      // Each choice is saved before the next ones are enabled: wait for those, or for the debrief.
      const choices = page.locator('[data-testid=roleplay-choices] button:enabled');
      await page.getByTestId('roleplay-debrief').or(choices.first()).first().waitFor();
      if (await page.getByTestId('roleplay-debrief').isVisible()) break;
      const said = await page.locator('[data-testid=transcript] li').count();
      // Alternate choices, so the debrief has weak choices to explain.
      await choices.nth(i % (await choices.count())).click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid=transcript] li').length > n, said);
    }
    const debrief = page.getByTestId('roleplay-debrief');
    await debrief.waitFor();
    expect(await debrief.locator('tr[data-criterion]').count()).toBeGreaterThan(0);
    expect(await debrief.getByTestId('transcript').textContent()).toContain(firstChoice);
    expect(await debrief.textContent()).toContain(roleplay.goodPractice[0]);
    expect(await page.getByTestId('roleplay-practice').count()).toBe(0);
    await expectNoSeriousA11y(page, 'debrief');

    const mine = (await storedEvents(page)).filter((e) => e.learnerId === marius!.learnerId);
    const names = mine.map((e) => e.name);
    expect(names).toContain('lesson.completed');
    const submitted = mine.filter((e) => e.name === 'quiz.submitted');
    expect(submitted.filter((e) => e.data.quizId === firstModule.quiz!.id).map((e) => e.data.passed)).toEqual([false, true]);
    expect(names.filter((n) => n === 'quiz.answered').length).toBeGreaterThanOrEqual(2);
    expect(names).toContain('roleplay.choice');
    expect(mine.find((e) => e.name === 'roleplay.finished')?.data.roleplayId).toBe(roleplay.id);

    // Offline and reloaded: the path still knows it all.
    await context.setOffline(true);
    await page.goto(`${app.server.url}/#/`);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.getByTestId('next-step').waitFor();
    expect(await page.getByTestId('signed-in').textContent()).toContain(marius!.firstName);
    const status = await page.locator(`[data-module-id="${firstModule.id}"]`).getAttribute('data-status');
    expect(['in-progress', 'passed', 'needs-review', 'exempted']).toContain(status);
    expect(await page.locator(`[data-module-id="${firstModule.id}"]`).textContent()).toContain(
      `${toPass.includes(firstModule.id) ? firstModule.lessons.length : 1} / ${firstModule.lessons.length}`,
    );
    await expect.poll(() => page.getByTestId('review-today').textContent()).toContain('à revoir');
    await expectNoSeriousA11y(page, 'home with progress');
    await page.getByRole('link', { name: 'Commencer les révisions' }).click();
    await page.getByTestId('review').waitFor();
    await expectNoSeriousA11y(page, 'review');
    await page.goto(`${app.server.url}/#/quiz/${firstModule.id}`);
    await expect.poll(() => page.getByTestId('quiz').getAttribute('data-attempt')).toBe('3');
    await page.goto(`${app.server.url}/#/lesson/${lesson.id}`);
    await page.getByTestId('lesson-done').waitFor();

    // A second learner on the same terminal sees none of Marius's work.
    await page.goto(`${app.server.url}/#/`);
    await page.getByRole('button', { name: 'Me déconnecter' }).click();
    await signIn(page, josephine!.firstName, josephine!.pin);
    await page.getByTestId('next-step').waitFor();
    expect(await page.locator(`[data-module-id="${firstModule.id}"]`).textContent()).toContain(`0 / ${firstModule.lessons.length}`);
    expect(await page.getByTestId('review-today').textContent()).toContain('Pas de révision');
    await page.goto(`${app.server.url}/#/lesson/${lesson.id}`);
    await page.getByTestId('lesson-done-button').waitFor();
    await page.goto(`${app.server.url}/#/quiz/${firstModule.id}`);
    await expect.poll(() => page.getByTestId('quiz').getAttribute('data-attempt')).toBe('1');
    await page.goto(`${app.server.url}/#/roleplay/${roleplay.id}`);
    await page.getByTestId('roleplay-choices').waitFor();
    expect(await page.getByTestId('transcript').textContent()).not.toContain(firstChoice);
    await context.close();
  });
});

describe('a broken role-play script', () => {
  it('shows a clear French message and leaves the learner’s other work untouched', async () => {
    const roleplay = app.pack.modules.flatMap((m) => m.roleplays)[0];
    const lesson = app.pack.modules[0]!.lessons[0]!;
    if (!roleplay) throw new Error('the built pack needs a role-play');
    const { context, page } = await fresh();
    await signIn(page, kevin!.firstName, kevin!.pin);
    await page.goto(`${app.server.url}/#/lesson/${lesson.id}`);
    await page.getByTestId('lesson-done-button').click();
    await page.getByTestId('lesson-done').waitFor();
    const before = (await storedEvents(page)).length;
    // Corrupt the installed script, as a bad content pack or a damaged disk would.
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('relais');
          open.onsuccess = () => {
            const tx = open.result.transaction('roleplays', 'readwrite');
            const store = tx.objectStore('roleplays');
            const all = store.getAll();
            all.onsuccess = () => {
              for (const row of all.result as { id: string; ink: string }[])
                if (row.id === id) store.put({ ...row, ink: '{"inkVersion":21,"root":42}' });
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      roleplay.id,
    );
    await page.goto(`${app.server.url}/#/roleplay/${roleplay.id}`);
    await expect.poll(() => page.getByTestId('roleplay-broken').textContent()).toContain('ne fonctionne pas');
    expect(await page.getByRole('alert').filter({ hasText: 'inattendu' }).count()).toBe(0);
    expect((await storedEvents(page)).length).toBe(before);
    await page.goto(`${app.server.url}/#/lesson/${lesson.id}`);
    await page.getByTestId('lesson-done').waitFor();
    await context.close();
  });
});
