import { access, constants, mkdir } from 'node:fs/promises';
import { OperatorError } from './errors';

export async function ensureWritableDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await access(dir, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new OperatorError(
      `Le dossier de données « ${dir} » n’est pas accessible en écriture (${code}). ` +
        'Choisissez-en un autre avec DATA_DIR=… ou corrigez ses droits.',
    );
  }
}
