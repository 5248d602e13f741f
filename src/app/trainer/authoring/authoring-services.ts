import { AuthoringRepository } from '../../../storage/trainer/authoring.repository';
import { db } from '../../shell/services';

/** The authoring space's storage; only its lazy chunk loads this module. */
export const authoringRepository = new AuthoringRepository(db);
