import type { ModuleRow } from './app-db';
import type { ActiveContent } from './content.repository';

const KEY = 'relais.content-overview.v1';

export interface ContentOverview {
  active: ActiveContent | undefined;
  modules: ModuleRow[];
}

/**
 * A copy of the last content overview read from IndexedDB, kept in localStorage so the first screen
 * can show at once on a cold start (IndexedDB takes a few hundred ms to open there). IndexedDB stays
 * the truth: the copy is replaced after every read. Content only, never anything about a learner.
 */
export function readOverviewCache(): ContentOverview | undefined {
  try {
    const text = localStorage.getItem(KEY);
    const value = text ? (JSON.parse(text) as ContentOverview) : undefined;
    return value && Array.isArray(value.modules) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeOverviewCache(overview: ContentOverview): void {
  try {
    if (overview.active) localStorage.setItem(KEY, JSON.stringify(overview));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage full or blocked: the first screen just waits for IndexedDB.
  }
}
