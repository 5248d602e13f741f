import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAudio, renderKey } from '../../src/content-build/audio/audio-build';
import type { SpeechLine } from '../../src/content-build/audio/speech-lines';
import { VOICES } from '../../src/content-build/audio/voices';
import { lessonParagraphs, normalizeSpeech } from '../../src/domain/audio/speech-text';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { RoleplayRun } from '../../src/domain/roleplay/roleplay-run';
import { useAppSuite } from '../support/e2e-suite';
import { signIn } from '../support/learner-e2e';
import { waitForServiceWorkerControl } from '../support/pwa';
import { openStaffArea } from '../support/staff-e2e';

const app = useAppSuite({ copyApp: true });
const [learner] = DEMO_LEARNERS;
const ROLEPLAY = 'rp-rappel-remboursement';

/** What the page's media elements did: each `play()` with its file, and whether it decoded and ended. */
const RECORD_PLAYS = `
  window.__plays = [];
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    const rec = { src: this.src, duration: 0, ended: false, error: null };
    window.__plays.push(rec);
    this.addEventListener('loadedmetadata', () => { rec.duration = this.duration; });
    this.addEventListener('ended', () => { rec.ended = true; });
    this.addEventListener('error', () => { rec.error = this.error ? this.error.code : -1; });
    return play.call(this);
  };
`;
interface Play {
  src: string;
  duration: number;
  ended: boolean;
  error: number | null;
}
const plays = (page: Page) => page.evaluate(() => (window as unknown as { __plays: Play[] }).__plays);
const fileOf = (line: SpeechLine) => `/audio/${renderKey(line.text, VOICES[line.role])}.mp3`;

let lesson: { id: string; lines: SpeechLine[] };
let customer: { first: SpeechLine[]; afterChoice: SpeechLine[]; third: SpeechLine[] };
let fixture: SpeechLine[];
let cacheDir: string;

beforeAll(async () => {
  // The shortest lesson of the curriculum, every line the role-play says up to its second step, one quiz prompt.
  const lessons = app.pack.modules.flatMap((m) => m.lessons);
  const shortest = lessons.reduce((a, b) => (lessonParagraphs(b.html).length < lessonParagraphs(a.html).length ? b : a));
  lesson = { id: shortest.id, lines: lessonParagraphs(shortest.html).map((text) => ({ role: 'narrator', text, source: shortest.id })) };
  const roleplay = app.pack.modules.flatMap((m) => m.roleplays).find((r) => r.id === ROLEPLAY);
  if (!roleplay) throw new Error(`the built pack needs ${ROLEPLAY}`);
  const run = new RoleplayRun(roleplay.ink);
  const said = (lines: readonly { speaker: string; text: string }[]): SpeechLine[] =>
    lines.filter((l) => l.speaker === 'customer').map((l) => ({ role: 'customer', text: normalizeSpeech(l.text), source: ROLEPLAY }));
  customer = { first: said(run.transcript), afterChoice: said(run.choose(0)), third: said(run.choose(0)) };
  if (!customer.first.length || !customer.afterChoice.length || !customer.third.length)
    throw new Error(`${ROLEPLAY} must have customer lines at each of its first three steps`);
  fixture = [...lesson.lines, ...customer.first, ...customer.afterChoice, ...customer.third];
  // The app under test is a copy: its audio is this small set, rendered now by the real engine.
  cacheDir = await mkdtemp(join(tmpdir(), 'relais-audio-cache-'));
  const audioDir = join(app.server.appDir, 'audio');
  await rm(audioDir, { recursive: true, force: true });
  await buildAudio(fixture, { cacheDir, outDir: audioDir });
}, 180_000);

afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe('audio made at content build', () => {
  it('is copied in the background, counted in the staff area, and plays from the cache with the network cut', async () => {
    const context = await app.browser.newContext();
    await context.addInitScript(RECORD_PLAYS);
    const page = await context.newPage();
    const fromWorker: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.mp3') && r.fromServiceWorker()) fromWorker.push(new URL(r.url()).pathname);
    });
    await page.goto(`${app.server.url}/#/`);
    await page.getByTestId('learner-tiles').waitFor({ timeout: 30_000 });
    await waitForServiceWorkerControl(page);
    const files = new Set(fixture.map(fileOf)).size;
    await expect
      .poll(
        () => page.evaluate(async () => (await (await caches.open('relais-audio')).keys()).filter((r) => r.url.endsWith('.mp3')).length),
        {
          timeout: 60_000,
        },
      )
      .toBe(files);

    await openStaffArea(page, app.server);
    const ready = page.getByTestId('audio-ready');
    await expect.poll(() => ready.getAttribute('data-ready')).toBe(String(files));
    expect(await ready.getAttribute('data-total')).toBe(String(files));
    await page.getByTestId('audio-complete').waitFor();

    await context.setOffline(true);
    await page.goto(`${app.server.url}/#/`);
    await page.reload();
    await page.getByTestId('learner-tiles').waitFor({ timeout: 30_000 });
    await signIn(page, learner!.firstName, learner!.pin);
    await page.goto(`${app.server.url}/#/lesson/${lesson.id}`);
    const listen = page.getByTestId('lesson').getByTestId('listen');
    await listen.click();
    await expect.poll(() => listen.textContent()).toContain('Arrêter');
    // The first paragraph plays to its end, decoded from the cached file; then the next one starts.
    const first = fileOf(lesson.lines[0] as SpeechLine);
    await expect.poll(async () => (await plays(page))[0], { timeout: 30_000 }).toMatchObject({ ended: true, error: null });
    const [played] = await plays(page);
    expect(new URL(played?.src ?? '').pathname).toBe(first);
    expect(played?.duration).toBeGreaterThan(0.5);
    expect(fromWorker).toContain(first);
    if (lesson.lines.length > 1) {
      await expect.poll(async () => (await plays(page)).length).toBeGreaterThan(1);
      expect(new URL((await plays(page))[1]?.src ?? '').pathname).toBe(fileOf(lesson.lines[1] as SpeechLine));
    }
    await listen.click();
    await expect.poll(() => listen.textContent()).toContain('Écouter');
    await context.close();
  });

  it('offers « Écouter » on quiz questions, plays the customer by itself, and honours the auto-play setting after a reload', async () => {
    const context = await app.browser.newContext();
    await context.addInitScript(RECORD_PLAYS);
    const page = await context.newPage();
    await page.goto(`${app.server.url}/#/`);
    await page.getByTestId('learner-tiles').waitFor({ timeout: 30_000 });
    await signIn(page, learner!.firstName, learner!.pin);

    const firstModule = app.pack.modules[0];
    await page.goto(`${app.server.url}/#/quiz/${firstModule?.id}`);
    await page.getByTestId('quiz').getByTestId('listen').waitFor();
    expect(await page.getByTestId('quiz').getByTestId('listen').getAttribute('aria-label')).toBe('Écouter : la question');

    // Auto-play on (the default): the customer's first lines play as the call starts.
    await page.goto(`${app.server.url}/#/roleplay/${ROLEPLAY}`);
    const toggle = page.getByTestId('audio-autoplay');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    const firstFile = fileOf(customer.first[0] as SpeechLine);
    await expect.poll(async () => (await plays(page)).map((p) => new URL(p.src).pathname), { timeout: 30_000 }).toContain(firstFile);

    // Off, and still off after a reload: the customer's next lines do not play.
    await toggle.uncheck();
    await page.reload();
    await page.getByTestId('learner-tiles').or(toggle).first().waitFor({ timeout: 30_000 });
    if (await page.getByTestId('learner-tiles').isVisible()) {
      await signIn(page, learner!.firstName, learner!.pin);
      await page.goto(`${app.server.url}/#/roleplay/${ROLEPLAY}`);
    }
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    const before = (await plays(page)).length;
    const said = await page.locator('[data-testid=transcript] li').count();
    await page.locator('[data-testid=roleplay-choices] button:enabled').first().click();
    await expect.poll(() => page.locator('[data-testid=transcript] li').count()).toBeGreaterThan(said);
    // Give a started playback the time to show (it would start within a few frames of the new lines).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForLoadState('networkidle');
    expect((await plays(page)).length).toBe(before);

    // On again: the next customer lines play by themselves.
    await toggle.check();
    await page.locator('[data-testid=roleplay-choices] button:enabled').first().click();
    const thirdFile = fileOf(customer.third[0] as SpeechLine);
    await expect.poll(async () => (await plays(page)).map((p) => new URL(p.src).pathname), { timeout: 30_000 }).toContain(thirdFile);
    await context.close();
  });
});
