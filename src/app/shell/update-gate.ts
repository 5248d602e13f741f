/**
 * What background work that fetches through the service worker (the audio copy) must know of updates:
 * - while the app checks for a new version, and while one installs, it waits: Chromium puts off an
 *   update check while the worker keeps handling fetches (a minute, measured), and the install shares the
 *   network and the disk;
 * - once the user accepted the new version, it takes no new request: a new service worker takes over
 *   only when the fetches in flight through the old one are done. It resumes at the next start.
 * This small module is part of the first screen's chunk, so work that starts late still sees the gate.
 */
let accepted = false;
let held: Promise<void> | undefined;

export function acceptUpdate(): void {
  accepted = true;
}

/** Holds background fetches until `done` settles (the check is over, the new worker installed or gave up). */
export function holdBackgroundFetches(done: Promise<unknown>): void {
  const previous = held;
  const next: Promise<void> = Promise.allSettled([previous, done]).then(() => {
    if (held === next) held = undefined;
  });
  held = next;
}

/** Resolves once no check or install is in progress: true to go on, false once the user accepted an update. */
export async function backgroundFetchMayGo(): Promise<boolean> {
  while (held && !accepted) await held;
  return !accepted;
}
