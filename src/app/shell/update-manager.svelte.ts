import type { Workbox } from 'workbox-window';
import { UPDATE_ACCEPTED } from './update-accepted';

const UPDATE_CHECK_MS = 30 * 60 * 1000;

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
    void wb.register().then(() => (this.#controlled = navigator.serviceWorker.controller !== null));
    setInterval(() => void this.check(), UPDATE_CHECK_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.check();
    });
  }

  async check(): Promise<void> {
    // A check that cannot reach the server is normal in a classroom: there is nothing to report.
    // biome-ignore lint/plugin: an update check that cannot reach the server is expected offline, not an error
    if (navigator.onLine) await this.#workbox?.update().catch(() => undefined);
  }

  apply(): void {
    const wb = this.#workbox;
    if (!wb) return;
    wb.addEventListener('controlling', () => location.reload());
    window.dispatchEvent(new Event(UPDATE_ACCEPTED));
    wb.messageSkipWaiting();
  }

  dismiss(): void {
    this.#available = false;
  }
}

export const updates = new UpdateManager();
