import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RoleplayLine, roleplayLines } from './speech-lines';

/**
 * `roleplayLines` kept on disk by the compiled story's hash: walking every branch of 25 scripts takes
 * seconds, and a rebuild after one changed line must not walk the 24 that did not change.
 */
/** Bump when `roleplayLines` changes what it returns: older entries are then ignored. */
const LINES_VERSION = 1;

export function cachedRoleplayLines(cacheDir: string): (inkJson: string) => RoleplayLine[] {
  const dir = join(cacheDir, 'roleplay-lines');
  mkdirSync(dir, { recursive: true });
  return (inkJson) => {
    const file = join(dir, `${createHash('sha256').update(`${LINES_VERSION}\n${inkJson}`).digest('hex').slice(0, 32)}.json`);
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as RoleplayLine[];
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    const lines = roleplayLines(inkJson);
    writeFileSync(`${file}.part`, JSON.stringify(lines));
    renameSync(`${file}.part`, file);
    return lines;
  };
}
