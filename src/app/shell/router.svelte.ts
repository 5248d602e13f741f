import { href, parseHash, type Route, type RouteName } from './routes';

/** The current screen, from the location hash. */
class Router {
  #route = $state<Route>(parseHash(location.hash));

  constructor() {
    addEventListener('hashchange', () => {
      this.#route = parseHash(location.hash);
    });
  }

  get route(): Route {
    return this.#route;
  }

  go(name: RouteName, params: Record<string, string> = {}): void {
    location.hash = href(name, params);
  }
}

export const router = new Router();
