import { TrainerRecordsRepository } from '../../storage/trainer/trainer-records.repository';
import { TrainerVaultRepository } from '../../storage/trainer/trainer-vault.repository';
import { db } from '../shell/services';

/** The trainer space's repositories; only trainer screens load this module. */
export const trainerVaultRepository = new TrainerVaultRepository(db);
export const trainerRecordsRepository = new TrainerRecordsRepository(db);
