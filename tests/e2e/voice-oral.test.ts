import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAudio } from '../../src/content-build/audio/audio-build';
import { normalizeSpeech } from '../../src/domain/audio/speech-text';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { RoleplayRun } from '../../src/domain/roleplay/roleplay-run';
import { voiceRecording } from '../../src/i18n/fr/voice-recording';
import { voiceOral } from '../../src/i18n/fr/voice-oral';
import { seriousA11yViolations } from '../support/axe';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/browser';
import { useAppSuite } from '../support/e2e-suite';
import { keepMicTracks } from '../support/mic-e2e';
import { signIn, storedEvents } from '../support/learner-e2e';
import { signInTrainer } from '../support/trainer-e2e';

const app = useAppSuite({ copyApp: true });
const [marius, josephine, kevin] = DEMO_LEARNERS;
/** Module 2's call, open once the bilan exempts module 1 (it has five choice points). */
const ROLEPLAY = 'rp-client-entend-mal';
const FIRST_MODULE = 'm01-metier';

/** A second Chromium whose microphone is the speech fixture, looped (Chromium's fake capture device). */
let micBrowser: Browser;
let cacheDir: string;
/** The customer's first words, and the model answer of the second step: the only lines given real audio here. */
let spoken: { customer: string; model: string };
beforeAll(async () => {
  assertChromium();
  const roleplay = app.pack.modules.flatMap((m) => m.roleplays).find((r) => r.id === ROLEPLAY);
  if (!roleplay) throw new Error(`the built pack needs ${ROLEPLAY}`);
  const run = new RoleplayRun(roleplay.ink);
  const first = run.transcript.find((l) => l.speaker === 'customer');
  run.choose(0);
  const model = run.options[0];
  if (!first || !model) throw new Error(`${ROLEPLAY} must open with a customer line and have a second choice point`);
  spoken = { customer: first.text, model: model.text };
  // The app under test is a copy: its audio is these two lines, rendered now by the real engine.
  cacheDir = await mkdtemp(join(tmpdir(), 'relais-oral-audio-'));
  const audioDir = join(app.server.appDir, 'audio');
  await rm(audioDir, { recursive: true, force: true });
  await buildAudio(
    [
      { role: 'customer', text: normalizeSpeech(spoken.customer), source: ROLEPLAY },
      { role: 'advisor', text: normalizeSpeech(spoken.model), source: ROLEPLAY },
    ],
    { cacheDir, outDir: audioDir },
  );
  micBrowser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${resolve('tests/fixtures/voice/speech.wav')}`,
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
});
afterAll(async () => {
  await micBrowser?.close();
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
});

/** Notes in the page every media element that really starts playing (a take plays from a blob: URL, a rendered line from an .mp3). */
async function watchPlayback(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const played: string[] = [];
    (window as unknown as { __played: string[] }).__played = played;
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      this.addEventListener('playing', () => played.push(this.src), { once: true });
      return play.call(this);
    };
  });
}
const filesPlayed = (page: Page) =>
  page.evaluate(() => (window as unknown as { __played: string[] }).__played.filter((src) => src.endsWith('.mp3')).length);
const takesPlayed = (page: Page) =>
  page.evaluate(() => (window as unknown as { __played: string[] }).__played.filter((src) => src.startsWith('blob:')).length);

interface StoredRecording {
  learnerId: string;
  roleplayId?: string;
  run?: number;
  step?: number;
  bytes: number;
}

/** This terminal's recordings of a learner, as stored in IndexedDB. */
function storedRecordings(page: Page, learnerId: string): Promise<StoredRecording[]> {
  return page.evaluate(
    (id) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('relais');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('recordings').objectStore('recordings').getAll();
          req.onsuccess = () => done((req.result as StoredRecording[]).filter((r) => r.learnerId === id));
          req.onerror = () => fail(req.error);
        };
      }),
    learnerId,
  );
}

/** The demo trainer exempts the learner from module 1 in a signed bilan (so module 2's call counts), then leaves. */
async function openModuleTwo(page: Page, firstName: string): Promise<void> {
  await page.goto(`${app.server.url}/#/formateur`);
  await signInTrainer(page);
  await page.getByRole('link', { name: `Ouvrir la fiche de ${firstName}` }).click();
  await page.getByRole('link', { name: 'Faire un bilan' }).click();
  await page.getByTestId('bilan-form').waitFor();
  await page.getByLabel('Notes de l’entretien').fill('À l’aise au téléphone.');
  await page.locator(`tr[data-module-id="${FIRST_MODULE}"] input`).nth(0).check();
  await page.getByLabel('Décisions, en mots simples pour l’apprenant').fill('Vous passez le module 1.');
  await page.getByRole('button', { name: 'Signer et enregistrer le bilan' }).click();
  await page.getByTestId('bilan-saved').waitFor();
  await page.getByRole('button', { name: 'Quitter l’espace formateur' }).click();
  await page.getByTestId('trainer-signin').waitFor();
}

async function openCall(page: Page, learner: { firstName: string; pin: string }): Promise<void> {
  await page.evaluate(() => (location.hash = '#/'));
  await signIn(page, learner.firstName, learner.pin);
  await page.evaluate((id) => (location.hash = `#/roleplay/${id}`), ROLEPLAY);
  await page.getByTestId('roleplay').waitFor();
  expect(await page.getByTestId('roleplay-practice').count()).toBe(0);
}

async function expectNoSeriousA11y(page: Page, where: string): Promise<void> {
  const violations = await seriousA11yViolations(page);
  expect(violations.map((v) => `${where}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** One step answered aloud: two seconds of the fixture's speech (the live timer says so), « J’ai fini de parler », the first option. */
async function answerAloud(page: Page): Promise<void> {
  await page.getByTestId('oral-recording').waitFor();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=oral-elapsed]')?.getAttribute('data-seconds')) >= 2);
  await page.getByRole('button', { name: voiceOral.done }).click();
  await page.getByRole('heading', { name: voiceOral.pickClosest }).waitFor();
  await pickFirst(page);
}

/** Clicks the first option and waits for the call to move on (or end). */
async function pickFirst(page: Page): Promise<void> {
  const said = await page.locator('[data-testid=transcript] li').count();
  await page.locator('[data-testid=roleplay-choices] button:enabled').first().click();
  await page.waitForFunction(
    (n) =>
      !!document.querySelector('[data-testid=roleplay-debrief]') || document.querySelectorAll('[data-testid=transcript] li').length > n,
    said,
  );
}

describe('oral role-play: answering aloud, the debrief, the trainer listening', () => {
  it('each step is recorded and measured; the debrief plays both; the trainer listens, scores, and the takes are deleted', async () => {
    const context = await micBrowser.newContext();
    const page = await context.newPage();
    await watchPlayback(page);
    await openModuleTwo(page, marius.firstName);
    await openCall(page, marius);

    await page.getByLabel(voiceOral.toggle).check();
    let steps = 0;
    for (; steps < 10; steps++) {
      const recording = page.getByTestId('oral-recording');
      await page.getByTestId('roleplay-debrief').or(recording).first().waitFor();
      if (await page.getByTestId('roleplay-debrief').isVisible()) break;
      // The options are hidden until the learner has spoken.
      expect(await page.getByTestId('roleplay-choices').count()).toBe(0);
      // Two seconds of the fixture's speech into the take (the live timer says so), then « J’ai fini de parler ».
      // At the first step the customer's line has real audio: the learner talks over it, and two seconds more after it.
      let from = 0;
      if (steps === 0) {
        await page.getByTestId('oral-recording').getByText(voiceOral.speakNow).waitFor();
        from = Number(await page.getByTestId('oral-elapsed').getAttribute('data-seconds'));
      }
      await page.waitForFunction(
        (min) => Number(document.querySelector('[data-testid=oral-elapsed]')?.getAttribute('data-seconds')) >= min,
        from + 2,
      );
      await page.getByRole('button', { name: voiceOral.done }).click();
      if (steps === 0) await expectNoSeriousA11y(page, 'recording');
      await page.getByRole('heading', { name: voiceOral.pickClosest }).waitFor();
      expect(await page.getByTestId('oral-problem').count()).toBe(0);
      await pickFirst(page);
    }
    expect(steps).toBe(5);

    // Each step: its choice, its measures in the learner's log, its take on this terminal only.
    const events = (await storedEvents(page)).filter((e) => e.learnerId === marius.learnerId);
    const choices = events.filter((e) => e.name === 'roleplay.choice' && e.data.roleplayId === ROLEPLAY);
    const measured = events.filter((e) => e.name === 'voice.measured');
    expect(choices.map((e) => e.data.step)).toEqual([0, 1, 2, 3, 4]);
    expect(measured.map((e) => [e.data.context, e.data.roleplayId, e.data.run, e.data.step])).toEqual(
      [0, 1, 2, 3, 4].map((step) => ['roleplay', ROLEPLAY, 1, step]),
    );
    const measures = measured.map((e) => e.data.measures as { durationSeconds: number; speakingSeconds: number; overlapSeconds: number });
    for (const m of measures) {
      expect(m.durationSeconds).toBeGreaterThanOrEqual(1.8);
      expect(m.speakingSeconds).toBeGreaterThan(0.5);
    }
    // Talking over the customer is measured while his line plays, and only then (the other lines had no audio to play).
    const [first, ...rest] = measures as [(typeof measures)[number], ...typeof measures];
    expect(first.overlapSeconds).toBeGreaterThan(0.5);
    expect(first.overlapSeconds).toBeLessThan(first.speakingSeconds - 0.5);
    for (const m of rest) expect(m.overlapSeconds).toBe(0);
    expect(await filesPlayed(page)).toBeGreaterThanOrEqual(1);
    const takes = await storedRecordings(page, marius.learnerId);
    expect(takes.map((r) => [r.roleplayId, r.run, r.step]).sort()).toEqual([0, 1, 2, 3, 4].map((step) => [ROLEPLAY, 1, step]));
    expect(takes.every((r) => r.bytes > 1000)).toBe(true);

    // The debrief: per step, the learner's take beside the good advisor's answer, and the measures in words.
    const oral = page.getByTestId('oral-debrief');
    await oral.waitFor();
    const items = oral.getByTestId('oral-step');
    expect(await items.count()).toBe(5);
    for (let i = 0; i < 5; i++) {
      const item = items.nth(i);
      expect(await item.getByRole('button', { name: voiceOral.debrief.yours }).isVisible()).toBe(true);
      expect(await item.getByRole('button', { name: voiceOral.debrief.model }).isVisible()).toBe(true);
      expect((await item.getByTestId('oral-remarks').textContent())?.trim().length).toBeGreaterThan(10);
    }
    // At the third step the first option is not the best: the model answer is the best one.
    expect(await items.nth(2).textContent()).toContain('Vous avez choisi : « Je relis deux par deux');
    expect(await items.nth(2).textContent()).toContain("chiffre par chiffre : zéro, quatre, cinq, huit, sept. C'est juste ? »");
    await expectNoSeriousA11y(page, 'oral debrief');
    await items.nth(1).getByRole('button', { name: voiceOral.debrief.yours }).click();
    await expect.poll(() => takesPlayed(page)).toBe(1);
    // The good advisor's answer plays from its rendered file, and stops the learner's take.
    const filesBefore = await filesPlayed(page);
    await items.nth(1).getByRole('button', { name: voiceOral.debrief.model }).click();
    await expect.poll(() => filesPlayed(page)).toBe(filesBefore + 1);
    await expect.poll(() => items.nth(1).getByTestId('oral-play-take').getAttribute('aria-pressed')).toBe('false');

    // The trainer, on this terminal, hears the call in order and scores it.
    await page.getByRole('button', { name: 'Me déconnecter' }).click();
    await page.getByTestId('learner-tiles').waitFor();
    await page.evaluate(() => (location.hash = '#/formateur'));
    await signInTrainer(page);
    await page.evaluate(([learner, id]) => (location.hash = `#/formateur/stagiaire/${learner}/jeu/${id}/1`), [
      marius.learnerId,
      ROLEPLAY,
    ] as const);
    const panel = page.getByTestId('run-listening');
    await expect.poll(() => panel.getAttribute('data-state')).toBe('ready');
    expect(await panel.getByRole('heading', { name: voiceOral.trainer.title }).isVisible()).toBe(true);
    const heard = panel.getByTestId('listening-item');
    expect(await heard.evaluateAll((els) => els.map((e) => [e.getAttribute('data-step'), e.getAttribute('data-has-take')]))).toEqual([
      ['0', 'true'],
      ['1', 'true'],
      ['2', 'true'],
      ['3', 'true'],
      ['4', 'true'],
      ['end', 'false'],
    ]);
    // Customer lines come before each answer; each answer has its measures in words.
    expect(await heard.first().textContent()).toContain('Je vous entends mal');
    expect((await heard.nth(2).getByTestId('listening-remarks').textContent())?.trim().length).toBeGreaterThan(10);
    expect(await panel.getByTestId('listening-erase-warning').textContent()).toBe(voiceOral.trainer.erasedAfter);
    await expectNoSeriousA11y(page, 'trainer listening');

    const before = await takesPlayed(page);
    const playedOrder = () =>
      page.evaluate(() => (window as unknown as { __played: string[] }).__played.map((src) => (src.startsWith('blob:') ? 'take' : 'file')));
    const heardBefore = (await playedOrder()).length;
    await panel.getByRole('button', { name: voiceOral.trainer.all }).click();
    await expect.poll(() => takesPlayed(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(before + 2);
    // The customer's first line (its file), then the first answer, then the second (the customer's next line has no file).
    expect((await playedOrder()).slice(heardBefore, heardBefore + 3)).toEqual(['file', 'take', 'take']);
    await panel.getByRole('button', { name: voiceOral.trainer.stop }).click();
    await expect.poll(() => panel.getByTestId('listen-all').getAttribute('aria-pressed')).toBe('false');
    const afterAll = await takesPlayed(page);
    await panel.getByRole('button', { name: voiceOral.trainer.step(4) }).click();
    await expect.poll(() => takesPlayed(page)).toBe(afterAll + 1);

    const grid = page.getByTestId('scoring-grid');
    const radios = grid.getByRole('radio', { name: 'Maîtrisé' });
    expect(await radios.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await radios.count()); i++) await radios.nth(i).check();
    await grid.getByLabel('Commentaire').first().fill('Voix posée, bon débit.');
    await grid.getByRole('button', { name: 'Signer et enregistrer la note' }).click();
    await grid.getByText('La note est signée et enregistrée.').waitFor();

    // Signed: the takes of the run are gone from this terminal, and the screen says so; the measures stay in the log.
    await panel.getByTestId('listening-erased').waitFor();
    expect(await storedRecordings(page, marius.learnerId)).toEqual([]);
    expect((await storedEvents(page)).filter((e) => e.learnerId === marius.learnerId && e.name === 'voice.measured')).toHaveLength(5);
    // Opened again later, the screen says the voice is not on this terminal.
    await page.evaluate(() => (location.hash = '#/formateur'));
    await page.getByTestId('trainer-signed-in').waitFor();
    await page.evaluate(([learner, id]) => (location.hash = `#/formateur/stagiaire/${learner}/jeu/${id}/1`), [
      marius.learnerId,
      ROLEPLAY,
    ] as const);
    await expect.poll(() => page.getByTestId('run-listening').getAttribute('data-state')).toBe('elsewhere');
    expect(await page.getByTestId('listening-elsewhere').textContent()).toBe(voiceOral.trainer.elsewhere);
    expect(await page.locator('.banner-error').count()).toBe(0);
    await context.close();
  });

  it('a browser without a microphone to give: the French message, and the call goes on in text with the choice recorded', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await openModuleTwo(page, josephine.firstName);
    await openCall(page, josephine);

    // Clicked on, the toggle turns itself off again once the microphone is refused (too fast for check()).
    await page.getByLabel(voiceOral.toggle).click();
    const problem = page.getByTestId('oral-problem');
    await problem.waitFor();
    const which = (await problem.getAttribute('data-problem')) as keyof typeof voiceRecording.problem;
    // Headless Chromium without the fake device refuses the microphone or has none to give.
    expect(['denied', 'no-device']).toContain(which);
    expect(await problem.textContent()).toContain(voiceRecording.problem[which]);
    expect(await problem.textContent()).toContain(voiceOral.textModeAfter);
    expect(await page.getByLabel(voiceOral.toggle).isChecked()).toBe(false);
    // The toggle is remembered as it shows: her next call does not ask for the microphone again.
    expect(await page.evaluate((id) => localStorage.getItem(`relais.voice.oral.${id}`), josephine.learnerId)).toBeNull();

    await page.getByRole('heading', { name: 'Que répondez-vous ?' }).waitFor();
    await pickFirst(page);
    const events = (await storedEvents(page)).filter((e) => e.learnerId === josephine.learnerId);
    expect(events.filter((e) => e.name === 'roleplay.choice' && e.data.roleplayId === ROLEPLAY).map((e) => e.data.step)).toEqual([0]);
    expect(events.filter((e) => e.name === 'voice.measured')).toEqual([]);
    expect(await storedRecordings(page, josephine.learnerId)).toEqual([]);
    expect(await page.locator('.banner-error').count()).toBe(0);
    await context.close();
  });

  it('a headset pulled out mid-take: the message, that step goes on in text with its choice, and oral mode works again after', async () => {
    const context = await micBrowser.newContext();
    await keepMicTracks(context);
    const page = await context.newPage();
    await openModuleTwo(page, kevin.firstName);
    await openCall(page, kevin);
    await page.getByLabel(voiceOral.toggle).check();
    await answerAloud(page);

    await page.getByTestId('oral-recording').waitFor();
    await page.evaluate(() => {
      const track = (window as unknown as { __micTracks: MediaStreamTrack[] }).__micTracks.at(-1) as MediaStreamTrack;
      track.stop();
      track.dispatchEvent(new Event('ended'));
    });
    const problem = page.getByTestId('oral-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('unplugged');
    expect(await problem.textContent()).toContain(voiceRecording.problem.unplugged);
    await page.getByRole('heading', { name: 'Que répondez-vous ?' }).waitFor();
    await pickFirst(page);

    // Plugged back: the next step is answered aloud again.
    await page.getByLabel(voiceOral.toggle).check();
    await answerAloud(page);

    // A reload mid-call (a power cut, a wrong key): the call resumes where it was, and aloud, as he left it.
    await page.reload();
    await page.getByTestId('roleplay').waitFor();
    expect(await page.getByLabel(voiceOral.toggle).isChecked()).toBe(true);
    await answerAloud(page);
    const events = (await storedEvents(page)).filter((e) => e.learnerId === kevin.learnerId);
    expect(events.filter((e) => e.name === 'roleplay.choice').map((e) => e.data.step)).toEqual([0, 1, 2, 3]);
    expect(events.filter((e) => e.name === 'voice.measured').map((e) => e.data.step)).toEqual([0, 2, 3]);
    expect((await storedRecordings(page, kevin.learnerId)).map((r) => r.step).sort()).toEqual([0, 2, 3]);
    expect(await page.locator('.banner-error').count()).toBe(0);
    await context.close();
  });
});
