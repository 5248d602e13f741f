import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium est introuvable à ${CHROMIUM_PATH}. Installez-le : « apt-get update && apt-get install -y chromium » ` +
        '(ou indiquez son chemin avec CHROMIUM_PATH). Les tests navigateur ne sont jamais sautés.',
    );
  }
}

function launchOptions(): LaunchOptions {
  assertChromium();
  return { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** A browser with a profile on disk, so that a restart keeps the service worker and IndexedDB. */
export function launchPersistent(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { ...launchOptions(), serviceWorkers: 'allow' });
}

/** A Chromium process of our own on a profile dir, driven over CDP, so that a test can kill it like a power cut. */
export interface KillableBrowser {
  browser: Browser;
  context: BrowserContext;
  /** SIGKILL: no unload, no flush beyond what IndexedDB already committed. */
  kill(): Promise<void>;
}

export async function launchKillable(userDataDir: string): Promise<KillableBrowser> {
  assertChromium();
  const proc = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen.slice(-500)}`)), 30_000);
    proc.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
    proc.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen.slice(-500)}`)));
  });
  const browser = await chromium.connectOverCDP(wsUrl);
  const context = browser.contexts()[0] as BrowserContext;
  return {
    browser,
    context,
    async kill() {
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill('SIGKILL');
      await exited;
    },
  };
}
