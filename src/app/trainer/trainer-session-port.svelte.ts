import type { RecordSigning } from '../../domain/trainer/learner-record';
import type { TrainerIdentity } from './trainer-identity';

/** The signed-in trainer as the report screens need it: the identity, and raw signing for record files. */
export type ReportTrainer = TrainerIdentity & Pick<RecordSigning, 'signBytes'>;

/**
 * Where the report screens find the signed-in trainer. The trainer space's session sets it at sign-in
 * and clears it at sign-out (or idle); the screens show a sign-in message while it is empty.
 */
class TrainerSessionPort {
  #trainer = $state.raw<ReportTrainer | undefined>();

  get trainer(): ReportTrainer | undefined {
    return this.#trainer;
  }

  set(trainer: ReportTrainer | undefined): void {
    this.#trainer = trainer;
  }
}

export const trainerSessionPort = new TrainerSessionPort();
