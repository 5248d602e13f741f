import { AppDb } from '../../storage/app-db';
import { ContentRepository } from '../../storage/content.repository';

/** The app's single database and the repositories over it. Components reach them through managers. */
export const db = new AppDb();
export const contentRepository = new ContentRepository(db);
