/**
 * When background work that fetches through the service worker (the audio copy) may go on:
 * - while the app checks for a new version, and while one installs, it holds: Chromium puts off an
 *   update check while the worker keeps handling fetches (a minute, measured), and the install shares the
 *   network and the disk;
 * - while someone types (a trainer writing a module), it holds until two seconds after the last key, so
 *   that typing keeps the whole machine;
 * - once the user accepted the new version, it stops: a new service worker takes over only when the
 *   fetches in flight through the old one are done. It resumes at the next start.
 * This small module is part of the first screen's chunk, so work that starts late still sees the gate.
 */
let accepted = false;
let held: Promise<void> | undefined;
let quietUntil = 0;
let quiet: Promise<void> | undefined;

export const TYPING_QUIET_MS = 2000;

export function acceptUpdate(): void {
  accepted = true;
}

/** Holds background fetches until `done` settles (the check is over, the new worker installed or gave up). */
export function holdBackgroundFetches(done: Promise<unknown>): void {
  const next: Promise<void> = Promise.allSettled([held, done]).then(() => {
    if (held === next) held = undefined;
  });
  held = next;
}

/** Someone is typing: background fetches hold until `TYPING_QUIET_MS` after the last call. */
export function holdWhileTyping(): void {
  quietUntil = performance.now() + TYPING_QUIET_MS;
  if (quiet) return;
  quiet = (async () => {
    for (let left = TYPING_QUIET_MS; left > 0; left = quietUntil - performance.now()) {
      await new Promise((resolve) => setTimeout(resolve, left));
    }
    quiet = undefined;
  })();
  holdBackgroundFetches(quiet);
}

/** Resolves once nothing holds: true to go on, false once the user accepted an update. */
export async function backgroundFetchMayGo(): Promise<boolean> {
  while (held && !accepted) await held;
  return !accepted;
}
