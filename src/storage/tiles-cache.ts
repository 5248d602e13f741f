import type { LearnerDoc } from '../domain/records/learner.schema';

const KEY = 'relais.signin-tiles.v1';

/** What a sign-in tile shows: the pseudonymous id, the first name and the picture, nothing else. */
export type SignInTile = Pick<LearnerDoc, 'learnerId' | 'firstName' | 'avatar'>;

/**
 * A copy of the sign-in tiles in localStorage, so that a cold start paints them before IndexedDB has
 * even opened (on a loaded terminal that open is most of the start). It holds only what the tiles show
 * to anyone in the room, and only while nobody is signed in: it is removed at a sign-in and written
 * again at the sign-out, so a reload in the middle of a session never flashes the tiles. IndexedDB
 * stays the truth: the copy is replaced after every read of the learners.
 */
export function readTilesCache(): SignInTile[] | undefined {
  try {
    const text = localStorage.getItem(KEY);
    const value = text ? (JSON.parse(text) as unknown) : undefined;
    return Array.isArray(value) && value.every(isTile) ? value : undefined;
  } catch {
    // Unreadable or blocked storage: the tiles wait for IndexedDB.
    return undefined;
  }
}

/** Writes the tiles shown while nobody is signed in; `undefined` removes them (someone signed in). */
export function writeTilesCache(tiles: readonly SignInTile[] | undefined): void {
  try {
    if (tiles)
      localStorage.setItem(KEY, JSON.stringify(tiles.map(({ learnerId, firstName, avatar }) => ({ learnerId, firstName, avatar }))));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage full or blocked: the next cold start reads IndexedDB instead.
  }
}

function isTile(v: unknown): v is SignInTile {
  const t = v as Partial<SignInTile> | null;
  return typeof t?.learnerId === 'string' && typeof t.firstName === 'string' && typeof t.avatar === 'string';
}
