import { t } from '../../i18n';

/** The one place unexpected errors end up: logged, and shown to the user in French. */
class ErrorState {
  #message = $state<string | undefined>();
  #detail = $state<string | undefined>();

  get message(): string | undefined {
    return this.#message;
  }
  get detail(): string | undefined {
    return this.#detail;
  }

  report(error: unknown, message: string = t.errors.unexpected): void {
    console.error(error);
    this.#message = message;
    this.#detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }

  dismiss(): void {
    this.#message = undefined;
    this.#detail = undefined;
  }
}

export const errors = new ErrorState();

export function installGlobalErrorHandlers(): void {
  addEventListener('error', (e) => errors.report(e.error ?? e.message));
  addEventListener('unhandledrejection', (e) => errors.report(e.reason));
}
