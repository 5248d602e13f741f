import type { AppDb } from './app-db';

export const ACTIVE_PACK_KEY = 'activePack';

export async function activePackHash(db: AppDb): Promise<string | undefined> {
  return (await db.meta.get(ACTIVE_PACK_KEY))?.value as string | undefined;
}
