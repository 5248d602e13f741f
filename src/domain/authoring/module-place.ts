import { prerequisiteLoops } from '../content/pack-validate';
import type { AuthoringProblem, ModuleDraft } from './module-draft';

/** A module of the programme as the module editor offers it: national ones, and the site's published ones. */
export interface ProgrammeModule {
  id: string;
  title: string;
  prerequisites: readonly string[];
  /** One of the site's own modules (they follow the national ones, in their own order). */
  own: boolean;
}

/**
 * The programme the draft would join: the installed modules, the site's published versions over them
 * (a terminal installs those too), without the draft's own module.
 */
export function programmeAround(
  moduleId: string,
  installed: readonly { id: string; title: string; prerequisites: readonly string[] }[],
  sitePublished: readonly { id: string; title: string; prerequisites: readonly string[] }[],
  siteId: string,
): ProgrammeModule[] {
  const byId = new Map<string, ProgrammeModule>();
  for (const m of [...installed, ...sitePublished])
    byId.set(m.id, { id: m.id, title: m.title, prerequisites: m.prerequisites, own: m.id.startsWith(`${siteId}-`) });
  byId.delete(moduleId);
  return [...byId.values()];
}

/**
 * The prerequisites a draft may have: modules of the programme, not itself, and no loop once the draft
 * joins the programme (a pack with a loop is refused by every terminal, so it is refused here first).
 * Publishing runs it; the editor runs `refusedPrerequisite` before it takes a choice.
 */
export function prerequisiteProblems(draft: ModuleDraft, programme: readonly ProgrammeModule[]): AuthoringProblem[] {
  const own = draft.module.ref;
  const known = new Map(programme.map((m) => [m.id, m]));
  const out: AuthoringProblem[] = [];
  for (const p of own.prerequisites) {
    if (p === own.id) out.push({ part: 'module', message: 'un module ne peut pas être son propre prérequis' });
    else if (!known.has(p)) out.push({ part: 'module', message: `le module « ${p} » n’est pas dans le programme (publiez-le d’abord)` });
  }
  for (const message of loopMessages(draft, own.prerequisites, programme)) out.push({ part: 'module', message });
  return out;
}

/**
 * Where the draft goes in the programme: right after one of its national modules, or after the whole
 * national programme when none is named. A place is never another site module, whose own place may move.
 */
export function placeProblems(draft: ModuleDraft, programme: readonly ProgrammeModule[]): AuthoringProblem[] {
  if (draft.after === undefined) return [];
  if (programme.some((m) => m.id === draft.after && !m.own)) return [];
  return [{ part: 'module', message: `la place « après ${draft.after} » n’est pas après un module national du programme` }];
}

/** The national modules a site module may come after, in programme order. */
export function placesIn(programme: readonly ProgrammeModule[]): ProgrammeModule[] {
  return programme.filter((m) => !m.own);
}

/**
 * Why the draft may not wait for `candidate`, in French, or undefined when it may: itself, or a module
 * that already waits for the draft (directly or through others), which would make a loop.
 */
export function refusedPrerequisite(draft: ModuleDraft, programme: readonly ProgrammeModule[], candidate: string): string | undefined {
  if (candidate === draft.module.ref.id) return 'un module ne peut pas être son propre prérequis';
  const chosen = [...draft.module.ref.prerequisites.filter((p) => p !== candidate), candidate];
  return loopMessages(draft, chosen, programme)[0];
}

/** One message per loop through the draft, each read from the draft round to it. */
function loopMessages(draft: ModuleDraft, prerequisites: readonly string[], programme: readonly ProgrammeModule[]): string[] {
  const ownId = draft.module.ref.id;
  const known = new Map(programme.map((m) => [m.id, m]));
  const title = (id: string) => (id === ownId ? draft.module.meta.title : (known.get(id)?.title ?? id));
  const graph = [{ id: ownId, prerequisites: prerequisites.filter((p) => p !== ownId && known.has(p)) }, ...programme];
  const out: string[] = [];
  for (const path of prerequisiteLoops(graph)) {
    // The search path may start before the loop: keep the loop itself, turned to start at the draft.
    const loop = path.slice(path.indexOf(path.at(-1) as string), -1);
    const at = loop.indexOf(ownId);
    if (at < 0) continue;
    const ids = [...loop.slice(at), ...loop.slice(0, at), ownId];
    out.push(`prérequis en boucle : ${ids.map(title).join(' → ')}. Un module ne peut pas attendre un module qui l’attend.`);
  }
  return out;
}
