/** Open long-polls per device, so that a revocation can end them at once (SPEC [A2]). */
export class LongPollRegistry {
  readonly #polls = new Map<string, Set<AbortController>>();

  /** A controller for one long-poll of this device; call `done` when the poll ends. */
  open(deviceId: string): { signal: AbortSignal; abort: () => void; done: () => void } {
    const controller = new AbortController();
    let set = this.#polls.get(deviceId);
    if (!set) this.#polls.set(deviceId, (set = new Set()));
    set.add(controller);
    return {
      signal: controller.signal,
      abort: () => controller.abort(),
      done: () => {
        set.delete(controller);
        if (set.size === 0) this.#polls.delete(deviceId);
      },
    };
  }

  endAll(deviceId: string): void {
    for (const c of this.#polls.get(deviceId) ?? []) c.abort();
  }
}
