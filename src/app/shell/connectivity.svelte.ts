/** Whether the browser believes it is online; shown as a calm badge, never as an error. */
class Connectivity {
  #online = $state(navigator.onLine);
  constructor() {
    addEventListener('online', () => (this.#online = true));
    addEventListener('offline', () => (this.#online = false));
  }
  get online(): boolean {
    return this.#online;
  }
}

export const connectivity = new Connectivity();
