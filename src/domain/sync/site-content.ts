import * as v from 'valibot';
import { ContentId } from '../content/ids';
import { ModuleBundle } from '../content/module.schema';
import type { TrainerKeyDoc } from '../records/assessment.schema';
import { IsoDate, Slug } from '../records/ids';
import { checkPulledSigned } from '../trainer/signed-records';
import { SignedFields } from './signed-doc';

/**
 * A site's own module, published from the trainer space into the `content` database under the scope
 * `site:<siteId>` and signed by a trainer key of that site. Its id starts with the site id, so it never
 * replaces a national module; each publish is the next signed version ([W16]); `source` is what the
 * trainer wrote (the editors' draft), so that any trainer of the site edits the same text and can go back.
 * Schema 2 adds `after`, the national module it comes right after in the programme (schema 1: after the
 * whole national programme); a version without a place stays schema 1, so older terminals still read it.
 */
export const ContentSiteModuleDoc = v.strictObject({
  _id: v.string(),
  schema: v.picklist([1, 2]),
  type: v.literal('content-site-module'),
  siteId: Slug,
  scope: v.pipe(v.string(), v.regex(/^site:[a-z0-9][a-z0-9-]{0,39}$/, 'portée invalide')),
  publishedAt: IsoDate,
  module: ModuleBundle,
  after: v.optional(ContentId),
  source: v.record(v.string(), v.unknown()),
  ...SignedFields,
});
export type ContentSiteModuleDoc = v.InferOutput<typeof ContentSiteModuleDoc>;

export const SITE_MODULE_TYPE = 'content-site-module';
export const siteModuleDocId = (moduleId: string) => `site-module:${moduleId}`;

/** The rules a site module document must follow beyond its schema; null when it follows them. */
export function siteModuleProblem(doc: ContentSiteModuleDoc): string | null {
  if (doc._id !== siteModuleDocId(doc.module.id)) return `_id doit valoir ${siteModuleDocId(doc.module.id)}`;
  if (doc.scope !== `site:${doc.siteId}`) return `la portée doit valoir site:${doc.siteId}`;
  if (!doc.module.id.startsWith(`${doc.siteId}-`))
    return `un module du site ${doc.siteId} a un identifiant qui commence par « ${doc.siteId}- »`;
  if ((doc.schema === 2) !== (doc.after !== undefined)) return 'la place dans le programme (after) va avec le schéma 2, et lui seul';
  if (doc.after?.startsWith(`${doc.siteId}-`)) return 'un module du site se place après un module national';
  return null;
}

/**
 * [W21] What a terminal installs of the sites' modules: its own site's only, each verified against the
 * site's trainer keys (signature, key of this site). The others of its site are listed with the reason.
 */
export async function keepSiteModules(
  docs: readonly unknown[],
  siteId: string,
  keys: ReadonlyMap<string, Pick<TrainerKeyDoc, 'siteId' | 'publicKey'>>,
): Promise<{ kept: ContentSiteModuleDoc[]; dropped: { id: string; reason: string }[] }> {
  const kept: ContentSiteModuleDoc[] = [];
  const dropped: { id: string; reason: string }[] = [];
  for (const raw of docs) {
    const d = raw as Record<string, unknown> | undefined;
    if (d?.type !== SITE_MODULE_TYPE || d.siteId !== siteId) continue;
    const { _rev, _revisions, _conflicts, ...plain } = d;
    const parsed = v.safeParse(ContentSiteModuleDoc, plain);
    const problem = parsed.success ? siteModuleProblem(parsed.output) : 'document de module mal formé';
    if (!parsed.success || problem) {
      dropped.push({ id: String(d._id), reason: problem ?? 'document de module mal formé' });
      continue;
    }
    const check = await checkPulledSigned(parsed.output, keys, undefined);
    if (!check.ok) dropped.push({ id: parsed.output._id, reason: check.reason });
    else kept.push(parsed.output);
  }
  return { kept, dropped };
}
