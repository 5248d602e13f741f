import { describe, expect, it } from 'vitest';
import { startAppServer, type RunningServer } from '../support/app-server';
import { moduleTitles, waitForServiceWorkerControl } from '../support/pwa';
import { useAppSuite } from '../support/e2e-suite';

const app = useAppSuite();

describe('offline PWA shell', () => {
  it('loads, is taken over by the service worker, and still shows modules and a lesson offline with the server stopped', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    const first = await page.goto(`${app.server.url}/#/programme`);
    expect(first?.headers()['content-security-policy']).toContain("default-src 'self'");
    await waitForServiceWorkerControl(page);
    const expected = app.pack.programme.moduleOrder.map((id) => app.pack.modules.find((m) => m.id === id)?.title);
    expect(await moduleTitles(page)).toEqual(expected);

    await context.setOffline(true);
    const offline = await page.reload();
    expect(offline?.fromServiceWorker()).toBe(true);
    expect(await moduleTitles(page)).toEqual(expected);

    // Offline and with no server at all: the content comes from IndexedDB, the app from the cache.
    await app.server.app.close();
    const firstModule = app.pack.modules[0]!;
    const lesson = firstModule.lessons[0]!;
    await page.goto(`${app.server.url}/#/module/${firstModule.id}`);
    await page
      .getByRole('link', { name: new RegExp(escapeRegExp(lesson.title)) })
      .first()
      .click();
    await expect.poll(() => page.locator('[data-testid=lesson] h1').textContent()).toBe(lesson.title);
    const paragraph = /<p>([^<]{12,60})/.exec(lesson.html)?.[1];
    if (paragraph) expect(await page.locator('[data-testid=lesson] .prose').innerText()).toContain(decodeEntities(paragraph).slice(0, 20));
    // Chromium 150 no longer applies the offline emulation to `navigator.onLine` in a document loaded after it
    // was turned on (a new page or a reload says online, with the network still cut): the emulation is set
    // again for this document, whose `offline` event the badge follows.
    await context.setOffline(false);
    await context.setOffline(true);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Hors ligne' }).count()).toBe(1);
    expect(cspErrors).toEqual([]);
    await context.close();
    app.server = await restart(app.server);
  });
});

describe('first screen copy of the content overview', () => {
  it('shows the module list from its localStorage copy at once, but IndexedDB stays the truth', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.server.url}/#/programme`);
    const expected = app.pack.programme.moduleOrder.map((id) => app.pack.modules.find((m) => m.id === id)?.title);
    expect(await moduleTitles(page)).toEqual(expected);
    const copy = await page.evaluate(() => localStorage.getItem('relais.content-overview.v1') ?? '');
    expect(JSON.parse(copy).active.hash).toBe(app.pack.hash);
    // Content only: nothing about learners (names, PIN hashes) is ever copied there.
    expect(copy).not.toMatch(/learner|pbkdf2|demo-marius/i);

    // A stale copy (say, from before a sync installed new content) is replaced by what IndexedDB holds.
    await page.evaluate(() => {
      const stale = JSON.parse(localStorage.getItem('relais.content-overview.v1') ?? '{}');
      stale.modules = stale.modules.map((m: { title: string }) => ({ ...m, title: `Ancien ${m.title}` }));
      localStorage.setItem('relais.content-overview.v1', JSON.stringify(stale));
    });
    await page.reload();
    await expect.poll(() => page.locator('[data-testid=module-list] .card-title').allTextContents()).toEqual(expected);
    await context.close();
  });
});

async function restart(old: RunningServer): Promise<RunningServer> {
  const next = await startAppServer();
  // biome-ignore lint/plugin: the old server was already closed by the test; stopping it again only cleans its folder
  await old.stop().catch(() => undefined);
  return next;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}
