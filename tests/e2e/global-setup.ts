import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_APP } from '../support/app-server';
import { assertChromium } from '../support/browser';

/** The browser suites need Chromium and a built app; both missing things fail loudly, never skip. */
export default function setup(): void {
  assertChromium();
  if (!existsSync(join(BUILT_APP, 'index.html')) || !existsSync(join(BUILT_APP, 'content/pack.json'))) {
    throw new Error('L’application n’est pas construite : lancez « npm run build » (npm test le fait pour vous).');
  }
}
