import { join } from 'node:path';
import * as v from 'valibot';
import { GlossarySource, glossaryLinks, glossarySlug, type GlossaryEntry } from '../domain/content/glossary.schema';
import type { ModuleBundle } from '../domain/content/module.schema';
import { lineOfPath, reportIssues, type Diagnostics } from './diagnostics';
import type { SourceReader } from './source-files';

const FILE = 'glossary.yaml';
const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * Reads content/glossary.yaml (optional): every term gets its slug, two terms with one slug are refused,
 * and an entry's module must exist. Entries come out in French alphabetical order.
 */
export async function compileGlossary(
  reader: SourceReader,
  diags: Diagnostics,
  root: string,
  moduleIds: ReadonlySet<string>,
): Promise<(GlossaryEntry & { autolink: boolean })[] | undefined> {
  const file = join(root, FILE);
  if (!(await reader.exists(file))) return undefined;
  const yaml = await reader.yaml(file);
  if (!yaml) return undefined;
  const parsed = v.safeParse(GlossarySource, yaml.value);
  if (!parsed.success) {
    reportIssues(diags, FILE, parsed.issues, yaml.src);
    return undefined;
  }
  const seen = new Map<string, string>();
  const entries: (GlossaryEntry & { autolink: boolean })[] = [];
  parsed.output.entries.forEach((e, i) => {
    const line = lineOfPath(yaml.src, ['entries', i]);
    const slug = glossarySlug(e.term);
    if (!slug) return diags.add(FILE, `le mot « ${e.term} » ne donne aucune adresse : il faut au moins une lettre ou un chiffre`, line);
    const twin = seen.get(slug);
    if (twin)
      return diags.add(FILE, `« ${e.term} » et « ${twin} » ont la même adresse (#/lexique/${slug}) : gardez un seul des deux`, line);
    seen.set(slug, e.term);
    if (e.module && !moduleIds.has(e.module))
      diags.add(FILE, `« ${e.term} » : le module « ${e.module} » n’existe pas dans le programme`, line);
    entries.push({ slug, ...e });
  });
  return entries.sort((a, b) => collator.compare(a.term, b.term));
}

/** Every `#/lexique/…` link of a lesson must lead to an entry. */
export function checkGlossaryLinks(
  diags: Diagnostics,
  modules: readonly ModuleBundle[],
  entries: readonly GlossaryEntry[] | undefined,
): void {
  const slugs = new Set(entries?.map((e) => e.slug));
  for (const m of modules) {
    for (const lesson of m.lessons) {
      for (const slug of glossaryLinks(lesson.html)) {
        if (!slugs.has(slug)) {
          diags.add(`${m.id} · leçon « ${lesson.title} »`, `le lien vers le lexique « ${slug} » ne mène à aucun mot de content/${FILE}`);
        }
      }
    }
  }
}
