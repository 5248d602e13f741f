/** The part of an XState actor the adapter needs; keeps xstate itself out of this module. */
interface SubscribableActor<S> {
  getSnapshot(): S;
  subscribe(observer: (snapshot: S) => void): { unsubscribe(): void };
  stop(): unknown;
}

/**
 * The one bridge from XState actors to Svelte runes: the latest snapshot in `$state.raw`, updated on
 * each transition. Whoever creates it calls `stop()` (components from an `$effect` cleanup).
 */
export class ActorState<S, A extends SubscribableActor<S> = SubscribableActor<S>> {
  #snapshot = $state.raw<S>() as S;
  readonly #actor: A;
  readonly #subscription: { unsubscribe(): void };

  constructor(actor: A) {
    this.#actor = actor;
    this.#snapshot = actor.getSnapshot();
    this.#subscription = actor.subscribe((s) => (this.#snapshot = s));
  }

  get snapshot(): S {
    return this.#snapshot;
  }

  /** The actor itself, with its own type: events sent to it are type-checked. */
  get actor(): A {
    return this.#actor;
  }

  stop(): void {
    this.#subscription.unsubscribe();
    this.#actor.stop();
  }
}
