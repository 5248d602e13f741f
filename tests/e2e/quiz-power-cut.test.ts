import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { DEMO_LEARNERS } from '../../src/domain/demo/demo-site';
import { readFile } from 'node:fs/promises';
import { BUILT_APP, startAppServer, type RunningServer } from '../support/app-server';
import { launchKillable } from '../support/browser';
import { answerItem, itemOf, signIn, storedEvents } from '../support/learner-e2e';
import { waitForServiceWorkerControl } from '../support/pwa';

let server: RunningServer;
let pack: ContentPack;
let profile: string;
beforeAll(async () => {
  pack = JSON.parse(await readFile(join(BUILT_APP, 'content/pack.json'), 'utf8')) as ContentPack;
  server = await startAppServer();
  profile = await mkdtemp(join(tmpdir(), 'relais-profile-'));
});
afterAll(async () => {
  await server?.stop();
  await rm(profile, { recursive: true, force: true });
});

const answered = async (page: import('playwright-core').Page) => (await storedEvents(page)).filter((e) => e.name === 'quiz.answered');

describe('a power cut in the middle of a quiz', () => {
  it('kills the browser right after the feedback; offline, the quiz resumes at the next question and no answer is recorded twice', async () => {
    const module = pack.modules.find((m) => m.quiz && m.items.length >= 3)!;
    const first = await launchKillable(profile);
    const page = await first.context.newPage();
    await page.goto(`${server.url}/`);
    await waitForServiceWorkerControl(page);
    await signIn(page, 'Kévin', DEMO_LEARNERS[2].pin);
    await page.goto(`${server.url}/#/quiz/${module.id}`);
    const quiz = page.getByTestId('quiz');
    await quiz.waitFor();
    const firstId = (await quiz.getAttribute('data-item-id'))!;
    await answerItem(page, itemOf(pack, firstId), true);
    await page.getByRole('button', { name: 'Vérifier ma réponse' }).click();
    await page.getByTestId('feedback').waitFor();
    await first.kill();

    // The network is cut: no server at all, the app comes from the service worker's cache.
    await server.app.close();
    const second = await launchKillable(profile);
    try {
      const again = await second.context.newPage();
      const reload = await again.goto(`${server.url}/`);
      expect(reload?.fromServiceWorker()).toBe(true);
      // The learner's session survives the cut (the idle sign-out ends it later), as on a real terminal.
      await again.getByTestId('signed-in').waitFor();
      await again.goto(`${server.url}/#/quiz/${module.id}`);
      const resumed = again.getByTestId('quiz');
      await resumed.waitFor();
      expect(await answered(again)).toHaveLength(1);
      const nextId = (await resumed.getAttribute('data-item-id'))!;
      expect(nextId).not.toBe(firstId);
      expect(await again.getByTestId('feedback').count()).toBe(0);

      await answerItem(again, itemOf(pack, nextId), false);
      await again.getByRole('button', { name: 'Vérifier ma réponse' }).click();
      await again.getByTestId('feedback').waitFor();
      const items = (await answered(again)).map((e) => e.data.itemId);
      expect(items.sort()).toEqual([firstId, nextId].sort());
    } finally {
      await second.kill();
    }
  });
});
