import { describe, expect, it } from 'vitest';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { seriousA11yViolations } from '../support/axe';
import { signIn } from '../support/learner-e2e';
import { useAppSuite } from '../support/e2e-suite';

const app = useAppSuite();
const [marius] = DEMO_LEARNERS;

describe('the « Lexique »', () => {
  it('opens a word from a lesson, comes back, searches without accents, and works with the network cut', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.server.url}/#/`);
    await page.getByTestId('learner-tiles').waitFor({ timeout: 30_000 });
    await signIn(page, marius!.firstName, marius!.pin);
    await page.getByTestId('next-step').waitFor();

    // A lesson of the real curriculum whose first glossary link is a known word.
    const lesson = app.pack.modules.flatMap((m) => m.lessons).find((l) => l.html.includes('class="lexique"'))!;
    const slug = /href="#\/lexique\/([^"]+)" class="lexique"/.exec(lesson.html)![1]!;
    const entry = app.pack.programme.glossary!.find((e) => e.slug === slug)!;
    await page.goto(`${app.server.url}/#/lesson/${lesson.id}`);
    await page.getByTestId('lesson').waitFor();
    await page.locator(`.prose a.lexique[href="#/lexique/${slug}"]`).first().click();
    const card = page.getByTestId('glossary-entry');
    await card.waitFor();
    expect(await card.getAttribute('data-slug')).toBe(slug);
    expect(await card.getByRole('heading', { level: 1 }).textContent()).toBe(entry.term);
    expect(await card.textContent()).toContain(entry.definition);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '← Retour à la page d’avant' }).click();
    await page.getByTestId('lesson').waitFor();
    expect(new URL(page.url()).hash).toBe(`#/lesson/${lesson.id}`);

    // The whole list, then a search typed without accents, with the network cut.
    await context.setOffline(true);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Lexique' }).click();
    await page.getByTestId('glossary').waitFor();
    await expect.poll(() => page.getByTestId('glossary-entry').count()).toBe(app.pack.programme.glossary!.length);
    await page.getByTestId('glossary-search').fill('trop percu');
    await expect.poll(() => page.getByTestId('glossary-entry').first().getAttribute('data-slug')).toBe('trop-percu');
    await page.getByTestId('glossary-search').fill('xyzzy');
    await expect.poll(() => page.getByTestId('glossary-count').textContent()).toContain('Aucun mot trouvé');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto(`${app.server.url}/#/lexique/mot-inconnu`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'pas dans le lexique' }).count()).toBe(1);
    await context.close();
  });
});
