import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exportModule, type AuthoredModule, type ExportFile } from './module-export';

/** A module's export as one zip file (the `content/` folder format inside), for a trainer to hand on. */
export function zipModule(m: AuthoredModule, place: { after?: string } = {}): Uint8Array {
  return zipSync(Object.fromEntries(exportModule(m, place).map((f) => [f.path, strToU8(f.text)])));
}

/** The files of a zipped export, as `npm run content:import` reads them once unpacked. */
export function unzipExport(bytes: Uint8Array): ExportFile[] {
  return Object.entries(unzipSync(bytes))
    .filter(([path]) => !path.endsWith('/'))
    .map(([path, data]) => ({ path, text: strFromU8(data) }));
}
