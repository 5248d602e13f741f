import { join } from 'node:path';
import * as v from 'valibot';
import type { ModuleBundle } from '../domain/content/module.schema';
import type { ModuleRef } from '../domain/content/programme.schema';
import { sheetHours, TrainerSheetSource, type TrainerSheet } from '../domain/content/teaching-sheet.schema';
import { lineOfPath, reportIssues, type Diagnostics } from './diagnostics';
import type { SourceReader } from './source-files';

export const TRAINER_SHEET_FILE = 'trainer-sheet.yaml';

/**
 * Reads a module's trainer sheet, if it has one: its sequences must add up to the module's hours, and
 * each caller brief must name one of the module's role-plays.
 */
export async function compileTrainerSheet(
  reader: SourceReader,
  diags: Diagnostics,
  root: string,
  ref: ModuleRef,
  bundle: ModuleBundle,
): Promise<TrainerSheet | undefined> {
  const file = join(root, 'modules', ref.dir, TRAINER_SHEET_FILE);
  if (!(await reader.exists(file))) return undefined;
  const yaml = await reader.yaml(file);
  if (!yaml) return undefined;
  const rel = reader.rel(file);
  const parsed = v.safeParse(TrainerSheetSource, yaml.value);
  if (!parsed.success) {
    reportIssues(diags, rel, parsed.issues, yaml.src);
    return undefined;
  }
  const { schema: _, ...sheet } = parsed.output;
  const hours = sheetHours(sheet);
  if (hours !== bundle.hours) {
    diags.add(
      rel,
      `le déroulé compte ${hours} h, le module en a ${bundle.hours} dans le programme : ajustez les heures des séquences`,
      lineOfPath(yaml.src, ['sequences']),
    );
  }
  const roleplays = new Set(bundle.roleplays.map((r) => r.id));
  sheet.callerBriefs.forEach((b, i) => {
    if (!roleplays.has(b.roleplay)) {
      diags.add(rel, `le jeu de rôle « ${b.roleplay} » n’est pas dans ce module`, lineOfPath(yaml.src, ['callerBriefs', i, 'roleplay']));
    }
  });
  return sheet;
}
