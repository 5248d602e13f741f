import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAudio, renderKey } from '../../src/content-build/audio/audio-build';
import { VOICES } from '../../src/content-build/audio/voices';
import { normalizeSpeech } from '../../src/domain/audio/speech-text';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { MICRO_SENTENCES } from '../../src/domain/voice/micro-sentences';
import { seriousA11yViolations } from '../support/axe';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser';
import { useAppSuite } from '../support/e2e-suite';
import { keepMicTracks } from '../support/mic-e2e';
import { signIn, storedEvents } from '../support/learner-e2e';
import { openStaffArea } from '../support/staff-e2e';

const app = useAppSuite({ copyApp: true });
const FIXTURES = resolve('tests/fixtures/voice');
const marius = DEMO_LEARNERS[0]!;

/**
 * A Chromium of its own whose microphone is a WAV file: the fake device flags are per process.
 * `fakeUi` grants the permission by itself; without it the page is asked and nobody answers.
 */
const browsers: Browser[] = [];
async function launchWithMic(o: { wav?: string; fakeDevice: boolean; fakeUi: boolean }): Promise<Browser> {
  const args = [...CHROMIUM_ARGS];
  if (o.fakeUi) args.push('--use-fake-ui-for-media-stream');
  if (o.fakeDevice) args.push('--use-fake-device-for-media-stream');
  if (o.wav) args.push(`--use-file-for-fake-audio-capture=${resolve(FIXTURES, o.wav)}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args, headless: true });
  browsers.push(browser);
  return browser;
}
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()));
});

// The app under test is a copy whose audio is the first drill sentence only, rendered now by the real engine.
const model = { role: 'advisor' as const, text: normalizeSpeech(MICRO_SENTENCES[0]!.text), source: 'micro' };
const modelFile = `/audio/${renderKey(model.text, VOICES.advisor)}.mp3`;
let cacheDir: string;
beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'relais-micro-audio-'));
  const audioDir = join(app.server.appDir, 'audio');
  await rm(audioDir, { recursive: true, force: true });
  await buildAudio([model], { cacheDir, outDir: audioDir });
}, 120_000);
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

/** Each media element the page plays: its file and whether it played to the end. */
const RECORD_PLAYS = `
  window.__plays = [];
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    const rec = { src: this.src, ended: false, error: null };
    window.__plays.push(rec);
    this.addEventListener('ended', () => { rec.ended = true; });
    this.addEventListener('error', () => { rec.error = this.error ? this.error.code : -1; });
    return play.call(this);
  };
`;
const plays = (page: Page) =>
  page.evaluate(() => (window as unknown as { __plays: { src: string; ended: boolean; error: number | null }[] }).__plays);

async function openMicro(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(RECORD_PLAYS);
  const page = await context.newPage();
  await page.goto(`${app.server.url}/#/`);
  await signIn(page, marius.firstName, marius.pin);
  await page.getByTestId('micro-link').click();
  await page.getByTestId('micro-drill').waitFor();
  return page;
}

/** Records until the live timer shows `seconds`, then stops. */
async function recordFor(page: Page, seconds: number): Promise<void> {
  await page.getByTestId('micro-record').click();
  await page.getByTestId('micro-stop').waitFor();
  await page.waitForFunction(
    (s) => Number(/(\d+) s/.exec(document.querySelector('[data-testid=micro-status]')?.textContent ?? '')?.[1] ?? 0) >= s,
    seconds,
  );
  await page.getByTestId('micro-stop').click();
  await page.locator('[data-testid=micro-drill][data-phase=idle]').waitFor();
}

function storedRecordings(
  page: Page,
): Promise<{ learnerId: string; kind: string; sentenceId: string; bytes: number; size: number; type: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          let req: IDBRequest;
          try {
            req = open.result.transaction('recordings').objectStore('recordings').getAll();
          } catch (e) {
            reject(e);
            return;
          }
          req.onsuccess = () =>
            resolve(
              req.result.map((r: { learnerId: string; kind: string; sentenceId: string; bytes: number; audio: Blob }) => ({
                learnerId: r.learnerId,
                kind: r.kind,
                sentenceId: r.sentenceId,
                bytes: r.bytes,
                size: r.audio.size,
                type: r.audio.type,
              })),
            );
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

describe('the « micro » drill in real Chromium, the microphone fed from a WAV file', () => {
  it('a learner reads a sentence aloud, sees plausible measures, hears himself; the take is on the terminal only, then he deletes it', async () => {
    const page = await openMicro(await launchWithMic({ wav: 'speech.wav', fakeDevice: true, fakeUi: true }));
    const sentenceId = (await page.getByTestId('micro-sentence').getAttribute('data-sentence-id')) as string;
    expect(sentenceId).toBe(MICRO_SENTENCES[0]!.id);
    // « Écouter le modèle » plays the advisor's rendered file of the sentence to its end.
    await page.getByRole('button', { name: 'Écouter le modèle' }).click();
    await expect.poll(async () => (await plays(page))[0], { timeout: 30_000 }).toMatchObject({ ended: true, error: null });
    expect(new URL((await plays(page))[0]!.src).pathname).toBe(modelFile);
    await expect(page.getByTestId('my-recordings-count').getAttribute('data-count')).resolves.toBe('0');

    await recordFor(page, 4);
    const result = page.getByTestId('voice-result');
    await result.waitFor();
    expect(await page.getByTestId('micro-problem').count()).toBe(0);
    const speaking = Number(await page.getByTestId('voice-speaking').getAttribute('data-seconds'));
    expect(speaking).toBeGreaterThan(1);
    expect(await page.getByTestId('voice-speaking').textContent()).toMatch(/Temps de parole : \d/);
    expect(await page.getByTestId('voice-rate').textContent()).toMatch(/syllabes par seconde/);
    expect(await page.getByTestId('voice-remarks').locator('li').count()).toBeGreaterThan(0);
    // « Me réécouter » plays the take itself (an object URL of the recorded blob) to its end.
    await page.getByTestId('micro-replay').click();
    await expect.poll(async () => (await plays(page))[1], { timeout: 30_000 }).toMatchObject({ ended: true, error: null });
    expect((await plays(page))[1]!.src).toMatch(/^blob:/);
    const violations = await seriousA11yViolations(page, ['page-has-heading-one']);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await expect(page.getByTestId('my-recordings-count').getAttribute('data-count')).resolves.toBe('1');

    // The take is in IndexedDB with its audio; the event carries the measures only.
    const [take] = await storedRecordings(page);
    expect(take).toMatchObject({ learnerId: marius.learnerId, kind: 'micro', sentenceId });
    expect(take!.size).toBeGreaterThan(1000);
    expect(take!.bytes).toBe(take!.size);
    expect(take!.type).toMatch(/^audio\//);
    const measured = (await storedEvents(page)).filter((e) => e.name === 'voice.measured');
    expect(measured).toHaveLength(1);
    expect(measured[0]!.data).toMatchObject({ context: 'micro', sentenceId });
    expect((measured[0]!.data.measures as { speakingSeconds: number }).speakingSeconds).toBeCloseTo(speaking, 5);
    expect(JSON.stringify(measured[0])).not.toMatch(/audio|blob/i);

    // The staff area counts it.
    await openStaffArea(page, app.server);
    const usage = page.getByTestId('recordings-usage');
    await page.locator('[data-testid=recordings-usage][data-count="1"]').waitFor();
    expect(await usage.textContent()).toMatch(/1 enregistrement, .* de 1 stagiaire/);
    await page.getByRole('button', { name: 'Quitter l’espace personnel' }).click();

    // Back to the drill: « Effacer mes enregistrements », confirmed.
    await page.evaluate(() => (location.hash = '#/micro'));
    await page.locator('[data-testid=my-recordings-count][data-count="1"]').waitFor();
    await page.getByTestId('my-recordings-delete').click();
    await page.getByTestId('my-recordings-confirm').click();
    await page.getByTestId('my-recordings-deleted').waitFor();
    expect(await page.getByTestId('my-recordings-deleted').textContent()).toContain('1 enregistrement effacé');
    expect(await storedRecordings(page)).toEqual([]);
    // The measures stay in the learner's record.
    expect((await storedEvents(page)).filter((e) => e.name === 'voice.measured')).toHaveLength(1);
  });

  it('a silent take gets the plain message and is not kept', async () => {
    const page = await openMicro(await launchWithMic({ wav: 'silence.wav', fakeDevice: true, fakeUi: true }));
    await recordFor(page, 2);
    const problem = page.getByTestId('micro-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('silent');
    expect(await problem.textContent()).toContain('On n’entend rien');
    expect(await page.getByTestId('voice-result').count()).toBe(0);
    expect(await storedRecordings(page)).toEqual([]);
    expect((await storedEvents(page)).filter((e) => e.name === 'voice.measured')).toEqual([]);
  });

  it('a saturated take is kept and measured, with the advice to move the microphone away', async () => {
    const page = await openMicro(await launchWithMic({ wav: 'saturated.wav', fakeDevice: true, fakeUi: true }));
    await recordFor(page, 4);
    const problem = page.getByTestId('micro-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('saturated');
    expect(await problem.textContent()).toContain('trop fort');
    await page.getByTestId('voice-result').waitFor();
    expect(await storedRecordings(page)).toHaveLength(1);
  });

  /** The drill still works after a microphone problem: another sentence, its model, and a new try. */
  async function stillWorks(page: Page): Promise<void> {
    const first = await page.getByTestId('micro-sentence').getAttribute('data-sentence-id');
    await page.getByTestId('micro-next').click();
    expect(await page.getByTestId('micro-sentence').getAttribute('data-sentence-id')).not.toBe(first);
    expect(await page.getByTestId('micro-problem').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Écouter le modèle' }).isEnabled()).toBe(true);
    expect(await page.getByTestId('micro-record').isEnabled()).toBe(true);
    await page.getByTestId('micro-record').click();
    await page.getByTestId('micro-problem').waitFor();
    // A problem the drill expects is its own message, never the app's error banner.
    expect(await page.locator('.banner-error').count()).toBe(0);
    expect(await storedRecordings(page)).toEqual([]);
  }

  it('without a microphone (no device at all) the learner reads a plain message and the screen goes on working', async () => {
    const page = await openMicro(app.browser);
    await page.getByTestId('micro-record').click();
    const problem = page.getByTestId('micro-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('no-device');
    expect(await problem.textContent()).toContain('Aucun micro n’est branché');
    await stillWorks(page);
  });

  it('with the permission never granted (a device, no one to allow it) the learner is told how to allow the microphone', async () => {
    // Headless Chromium dismisses the permission prompt: getUserMedia fails with NotAllowedError.
    const page = await openMicro(await launchWithMic({ fakeDevice: true, fakeUi: false }));
    await page.getByTestId('micro-record').click();
    const problem = page.getByTestId('micro-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('denied');
    expect(await problem.textContent()).toContain('autorisez le micro');
    await stillWorks(page);
  });

  it('a microphone unplugged mid-take gets its message, nothing half-made is kept, and the next take works', async () => {
    const browser = await launchWithMic({ wav: 'speech.wav', fakeDevice: true, fakeUi: true });
    const context = await browser.newContext();
    await keepMicTracks(context);
    const page = await context.newPage();
    await page.goto(`${app.server.url}/#/micro`);
    await signIn(page, marius.firstName, marius.pin);
    await page.getByTestId('micro-drill').waitFor();
    await page.getByTestId('micro-record').click();
    await page.getByTestId('micro-stop').waitFor();
    await page.evaluate(() => {
      const track = (window as unknown as { __micTracks: MediaStreamTrack[] }).__micTracks.at(-1)!;
      track.stop();
      track.dispatchEvent(new Event('ended'));
    });
    const problem = page.getByTestId('micro-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('unplugged');
    expect(await problem.textContent()).toContain('débranché');
    expect(await storedRecordings(page)).toEqual([]);
    expect(await page.locator('.banner-error').count()).toBe(0);

    await recordFor(page, 3);
    await page.getByTestId('voice-result').waitFor();
    expect(await page.getByTestId('micro-problem').count()).toBe(0);
    expect(await storedRecordings(page)).toHaveLength(1);
  });
});

describe('the recordings’ retention period', () => {
  it('removes takes past it at start, and at once when the staff shorten it', async () => {
    const page = await (await app.browser.newContext()).newPage();
    await page.goto(`${app.server.url}/#/`);
    // Signed in, the app has opened its database (the sign-in tiles alone are read before it is).
    await signIn(page, marius.firstName, marius.pin);
    const daysAgo = (d: number) => new Date(Date.now() - d * 24 * 60 * 60 * 1000).toISOString();
    await page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('relais');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('recordings', 'readwrite');
            for (const r of rows)
              tx.objectStore('recordings').put({ ...r, audio: new Blob([new Uint8Array(r.bytes)], { type: r.mimeType }) });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      [40, 10, 1].map((d, i) => ({
        id: `old-${d}`,
        learnerId: i === 2 ? 'demo-josephine' : marius.learnerId,
        kind: 'micro',
        sentenceId: 'micro-accueil',
        createdAt: daysAgo(d),
        mimeType: 'audio/webm;codecs=opus',
        bytes: 3000,
        durationSeconds: 3,
        measures: {
          durationSeconds: 3,
          speakingSeconds: 2,
          longestSilenceSeconds: 0.2,
          syllablesPerSecond: 4,
          loudnessDb: -20,
          clippedShare: 0,
          overlapSeconds: 0,
          pitchMedianHz: 120,
          pitchSpreadSemitones: 3,
        },
      })),
    );

    // At start, the default 30 days: the 40-day-old take goes (this start's purge may already have run, the next one surely does).
    await page.reload();
    await expect.poll(async () => (await storedRecordings(page)).length, { timeout: 30_000 }).toBe(2);
    expect((await storedRecordings(page)).map((r) => r.learnerId).sort()).toEqual(['demo-josephine', marius.learnerId]);

    await openStaffArea(page, app.server);
    await page.locator('[data-testid=recordings-usage][data-count="2"][data-learners="2"]').waitFor();
    const days = page.getByLabel('Garder les enregistrements (jours)');
    expect(await days.inputValue()).toBe('30');
    await days.fill('0');
    await page.getByRole('button', { name: 'Enregistrer la durée' }).click();
    await page.getByText('Indiquez un nombre de jours entre 1 et 365.').waitFor();
    expect(await storedRecordings(page)).toHaveLength(2);

    await days.fill('7');
    await page.getByRole('button', { name: 'Enregistrer la durée' }).click();
    const saved = page.getByTestId('recordings-retention-saved');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('gardés 7 jours. 1 enregistrement trop ancien effacé.');
    await page.locator('[data-testid=recordings-usage][data-count="1"][data-learners="1"]').waitFor();
    expect(await storedRecordings(page)).toEqual([expect.objectContaining({ learnerId: 'demo-josephine' })]);
    // The period is a setting of this terminal: it is still 7 after a reload.
    await page.reload();
    await openStaffArea(page, app.server);
    await page.locator('[data-testid=recordings-usage][data-count="1"]').waitFor();
    expect(await page.getByLabel('Garder les enregistrements (jours)').inputValue()).toBe('7');
  });
});
