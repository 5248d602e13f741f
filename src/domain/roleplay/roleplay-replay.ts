import { declaredLookups } from './roleplay-lookup';
import { RoleplayRun } from './roleplay-run';

/** Every non-empty subset of `items`, smallest first. */
function subsets<T>(items: readonly T[]): T[][] {
  const all: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) all.push(items.filter((_, i) => mask & (1 << i)));
  return all.sort((a, b) => a.length - b.length);
}

/**
 * Recorded choices say which option was taken, not what the learner opened beforehand. To replay them,
 * the run is taken as it is if its option at `index` reads `text`; otherwise the fewest resources not yet
 * opened that make it so are opened (on a copy). Undefined when nothing matches: the script changed.
 */
export function runOfferingChoice(inkJson: string, run: RoleplayRun, index: number, text: string): RoleplayRun | undefined {
  if (run.options[index]?.text === text) return run;
  const pending = declaredLookups(inkJson)
    .map((l) => l.resource)
    .filter((r) => !run.consulted.includes(r));
  if (pending.length > 6) return undefined;
  for (const subset of subsets(pending)) {
    const trial = new RoleplayRun(inkJson, run.save());
    for (const resource of subset) trial.consult(resource);
    if (trial.options[index]?.text === text) return trial;
  }
  return undefined;
}
