/**
 * The customer file and the knowledge base a learner can open during a call. A script learns that he did
 * through a global ink variable: `VAR consulte_fiche = false` for the file, `VAR consulte_<articleId> = false`
 * for an article; the runtime sets it to true when he opens it.
 */

/** The resource id of the customer file; knowledge articles use their own id. */
export const CUSTOMER_FILE = 'fiche';

const LOOKUP_PREFIX = 'consulte_';

/** The ink variable that tells a script a resource was opened. */
export function lookupVariable(resource: string): string {
  return `${LOOKUP_PREFIX}${resource}`;
}

/** Every `consulte_*` global a compiled script declares, with the resource it names and its initial value. */
export function declaredLookups(inkJson: string): { variable: string; resource: string; initial: unknown }[] {
  const root = (JSON.parse(inkJson) as { root?: unknown[] }).root ?? [];
  const named = root[root.length - 1] as Record<string, unknown> | null | undefined;
  const decl = named && typeof named === 'object' ? named['global decl'] : undefined;
  if (!Array.isArray(decl)) return [];
  const found: { variable: string; resource: string; initial: unknown }[] = [];
  // The declaration block is `"ev", value, {"VAR=": name}, value, {"VAR=": name}, …, "/ev"`: each value precedes its name.
  decl.forEach((entry, i) => {
    const name = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)['VAR='] : undefined;
    if (typeof name !== 'string' || !name.startsWith(LOOKUP_PREFIX)) return;
    found.push({ variable: name, resource: name.slice(LOOKUP_PREFIX.length), initial: decl[i - 1] });
  });
  return found;
}

interface LookupSheet {
  customerFile?: readonly unknown[] | undefined;
  knowledge?: readonly { id: string }[] | undefined;
}

/** The resources a sheet offers during the call, the customer file first. */
export function lookupResources(sheet: LookupSheet): string[] {
  return [...(sheet.customerFile ? [CUSTOMER_FILE] : []), ...(sheet.knowledge ?? []).map((a) => a.id)];
}

/** A script and its sheet disagree: a `consulte_*` variable names nothing the learner can open, or does not start false. */
export function lookupProblems(inkJson: string, sheet: LookupSheet): { variable: string; message: string }[] {
  const offered = new Set(lookupResources(sheet));
  const problems: { variable: string; message: string }[] = [];
  for (const { variable, resource, initial } of declaredLookups(inkJson)) {
    if (!offered.has(resource)) {
      const what = resource === CUSTOMER_FILE ? 'la fiche n’a pas de « customerFile »' : `aucun article « ${resource} » dans « knowledge »`;
      problems.push({ variable, message: `la variable « ${variable} » ne correspond à rien : ${what}` });
    }
    if (initial !== false) problems.push({ variable, message: `la variable « ${variable} » doit valoir false au départ` });
  }
  return problems;
}
