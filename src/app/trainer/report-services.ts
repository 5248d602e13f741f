import { TrainerWorkRepository } from '../../storage/trainer/trainer-work.repository';
import { terminalRepository } from '../learner/learner-services';
import { contentRepository, db } from '../shell/services';

/** The trainer reports' repositories over the app's database (this module loads with the trainer screens only). */
export const trainerWorkRepository = new TrainerWorkRepository(db);
export { contentRepository };

/** This terminal's device id (imported records become its events). */
export const terminalDeviceId = (): Promise<string> => terminalRepository.deviceId();
