import { existsSync } from 'node:fs';
import { assertChromium } from '../support/browser';

/** The browser suites need Chromium and a built app; both missing things fail loudly, never skip. */
export default function setup(): void {
  assertChromium();
  if (!existsSync('dist/index.html') || !existsSync('dist/content/pack.json')) {
    throw new Error('L’application n’est pas construite : lancez « npm run build » (npm test le fait pour vous).');
  }
}
