import type { TrainerKeyDoc } from '../../domain/records/assessment.schema';
import type { TrainerVault } from '../../domain/trainer/trainer-vault';
import type { AppDb } from '../app-db';

/** This device's encrypted trainer keys, and the site's registered public keys (pulled by the sync). */
export class TrainerVaultRepository {
  constructor(private readonly db: AppDb) {}

  vaults(): Promise<TrainerVault[]> {
    return this.db.trainerVaults.toArray();
  }

  vault(keyId: string): Promise<TrainerVault | undefined> {
    return this.db.trainerVaults.get(keyId);
  }

  /** Adds a vault; an existing key id is never overwritten (that would lose a key). */
  async addVault(vault: TrainerVault): Promise<boolean> {
    return this.db.transaction('rw', this.db.trainerVaults, async () => {
      if (await this.db.trainerVaults.get(vault.keyId)) return false;
      await this.db.trainerVaults.add(vault);
      return true;
    });
  }

  /** Replaces a vault whose passphrase was lost: the old key is gone for good. */
  async replaceVault(vault: TrainerVault): Promise<void> {
    await this.db.trainerVaults.put(vault);
  }

  registeredKey(keyId: string): Promise<TrainerKeyDoc | undefined> {
    return this.db.trainerKeys.get(keyId);
  }
}
