import type { Workbox } from 'workbox-window';
import { acceptUpdate, holdBackgroundFetches } from './update-gate';

const UPDATE_CHECK_MS = 30 * 60 * 1000;

/** Background fetches wait while `worker` installs (until it is installed, or redundant if its install failed). */
function holdWhileInstalled(worker: ServiceWorker): void {
  holdBackgroundFetches(
    new Promise<void>((resolve) => {
      const settled = () => worker.state !== 'installing' && worker.state !== 'parsed';
      if (settled()) return resolve();
      worker.addEventListener('statechange', () => settled() && resolve());
    }),
  );
}

/**
 * Registers the service worker and offers a new version when one is waiting. It never reloads by
 * itself: the page reloads only after the user chose « Mettre à jour ».
 */
class UpdateManager {
  #available = $state(false);
  #workbox: Workbox | undefined;
  /** Set once the service worker controls the page (the app then works offline). */
  #controlled = $state(false);

  get available(): boolean {
    return this.#available;
  }
  get controlled(): boolean {
    return this.#controlled;
  }

  /** Called once the first screen is painted: workbox-window is not part of it. */
  async start(): Promise<void> {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    const { Workbox } = await import('workbox-window');
    const wb = new Workbox('./sw.js', { scope: './' });
    this.#workbox = wb;
    wb.addEventListener('waiting', () => (this.#available = true));
    wb.addEventListener('controlling', () => (this.#controlled = true));
    this.#controlled = navigator.serviceWorker.controller !== null;
    // The audio copy waits for the registration and its first check.
    const registered = wb.register();
    holdBackgroundFetches(registered);
    const ready = registered.then((registration) => {
      this.#controlled = navigator.serviceWorker.controller !== null;
      if (registration?.installing) holdWhileInstalled(registration.installing);
      registration?.addEventListener('updatefound', () => {
        if (registration.installing) holdWhileInstalled(registration.installing);
      });
      // The check a navigation makes is put off while the worker handles fetches: the start checks by itself.
      if (registration?.active) void this.check();
    });
    // A worker that cannot register (the network gone in the middle of the first load, a browser that
    // blocks workers) is registered again at the next load: the app runs on meanwhile, as a page.
    // biome-ignore lint/plugin: not being installed offline is not an error to show the learner
    void ready.catch(() => undefined);
    setInterval(() => void this.check(), UPDATE_CHECK_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.check();
    });
  }

  async check(): Promise<void> {
    if (!navigator.onLine || !this.#workbox) return;
    // A check that cannot reach the server is normal in a classroom: there is nothing to report.
    // biome-ignore lint/plugin: an update check that cannot reach the server is expected offline, not an error
    const checked = this.#workbox.update().catch(() => undefined);
    holdBackgroundFetches(checked);
    await checked;
  }

  apply(): void {
    const wb = this.#workbox;
    if (!wb) return;
    wb.addEventListener('controlling', () => location.reload());
    acceptUpdate();
    wb.messageSkipWaiting();
  }

  dismiss(): void {
    this.#available = false;
  }
}

export const updates = new UpdateManager();
