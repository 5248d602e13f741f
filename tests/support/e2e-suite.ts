import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { BUILT_APP, startAppServer, type RunningServer } from './app-server';
import { launchBrowser } from './browser';

export interface AppSuite {
  browser: Browser;
  server: RunningServer;
  /** The content pack the app under test was built with. */
  pack: ContentPack;
}

/** One shared browser and one real server for a whole test file, started before and stopped after it. */
export function useAppSuite(opts: { copyApp?: boolean } = {}): AppSuite {
  const suite = {} as AppSuite;
  beforeAll(async () => {
    suite.pack = JSON.parse(await readFile(join(BUILT_APP, 'content/pack.json'), 'utf8')) as ContentPack;
    [suite.browser, suite.server] = await Promise.all([launchBrowser(), startAppServer(opts)]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}
