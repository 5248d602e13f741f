import * as v from 'valibot';
import { ModuleBundle } from '../content/module.schema';
import { PACK_FORMAT, Placement, type ContentPack, type PackBody } from '../content/pack.schema';
import { packHash } from '../content/pack-hash';
import { Programme } from '../content/programme.schema';
import { IsoDate } from '../records/ids';
import { nonFinitePath } from '../shared/finite-numbers';
import { SignedFields } from './signed-doc';
import { ContentSiteModuleDoc, siteModuleProblem, SITE_MODULE_TYPE } from './site-content';
import { htmlFieldsProblem } from '../content/html-allowlist';
import { ExamSection } from '../exam/exam.schema';

/**
 * The `content` database holds one document per published module and one programme document.
 * A terminal assembles them into a content pack and installs it like a pack file.
 * National documents (schema 2) are under the scope `national` and signed by an operator key, each
 * bound to its version ([W24]); schema 1 was unsigned and is no longer accepted anywhere.
 */
const PROGRAMME_DOC_ID = 'programme';
const moduleDocId = (moduleId: string) => `module:${moduleId}`;
export const NATIONAL_SCOPE = 'national' as const;
export const NATIONAL_TYPES: readonly string[] = ['content-module', 'content-programme'];

const ContentModuleDoc = v.strictObject({
  _id: v.string(),
  schema: v.literal(2),
  type: v.literal('content-module'),
  scope: v.literal(NATIONAL_SCOPE),
  publishedAt: IsoDate,
  module: ModuleBundle,
  ...SignedFields,
});
export type ContentModuleDoc = v.InferOutput<typeof ContentModuleDoc>;

const ContentProgrammeDoc = v.strictObject({
  _id: v.literal(PROGRAMME_DOC_ID),
  schema: v.literal(2),
  type: v.literal('content-programme'),
  scope: v.literal(NATIONAL_SCOPE),
  publishedAt: IsoDate,
  programme: Programme,
  placement: v.nullable(Placement),
  /** The exam pack travels with the programme. */
  exam: v.optional(v.array(ExamSection)),
  ...SignedFields,
});
type ContentProgrammeDoc = v.InferOutput<typeof ContentProgrammeDoc>;

export type NationalDoc = ContentModuleDoc | ContentProgrammeDoc;
type SignedKeys = 'signedBy' | 'version' | 'prevHash' | 'signature';
/** A national document before the operator signs it. */
export type NationalBody = Omit<ContentModuleDoc, SignedKeys> | Omit<ContentProgrammeDoc, SignedKeys>;
export type ContentDoc = NationalDoc | ContentSiteModuleDoc;

/** Validates a content document with CouchDB fields removed; a string is the refusal reason. */
export function checkContentDoc(doc: Record<string, unknown>): ContentDoc | string {
  const schema =
    doc.type === 'content-module'
      ? ContentModuleDoc
      : doc.type === 'content-programme'
        ? ContentProgrammeDoc
        : doc.type === SITE_MODULE_TYPE
          ? ContentSiteModuleDoc
          : undefined;
  if (!schema) return `type de contenu inconnu : ${String(doc.type).slice(0, 40)}`;
  if (schema !== ContentSiteModuleDoc && (doc.signature === undefined || doc.scope !== NATIONAL_SCOPE))
    return 'contenu national non signé par une clé d’exploitant (portée national)';
  const infinite = nonFinitePath(doc);
  if (infinite) return `nombre non fini en ${infinite.slice(0, 80)}`;
  const parsed = v.safeParse(schema, doc);
  if (!parsed.success) {
    return parsed.issues
      .slice(0, 3)
      .map((i) => `${v.getDotPath(i) ?? ''} ${i.message}`.trim())
      .join('; ');
  }
  const out = parsed.output as ContentDoc;
  const html = htmlFieldsProblem(out);
  if (html) return html;
  if (out.type === 'content-module' && out._id !== moduleDocId(out.module.id)) return `_id doit valoir ${moduleDocId(out.module.id)}`;
  if (out.type === SITE_MODULE_TYPE) return siteModuleProblem(out) ?? out;
  return out;
}

/** Splits a pack into the documents to publish, not signed yet (`signNationalDocs` signs them). */
export function packToContentDocs(pack: ContentPack, publishedAt: string): NationalBody[] {
  const scope = NATIONAL_SCOPE;
  return [
    {
      _id: PROGRAMME_DOC_ID,
      schema: 2,
      type: 'content-programme',
      scope,
      publishedAt,
      programme: pack.programme,
      placement: pack.placement,
      ...(pack.exam?.length ? { exam: pack.exam } : {}),
    },
    ...pack.modules.map((module) => ({
      _id: moduleDocId(module.id),
      schema: 2 as const,
      type: 'content-module' as const,
      scope,
      publishedAt,
      module,
    })),
  ];
}

type AssembledPack = { ok: true; pack: ContentPack } | { ok: false; reason: 'no-programme' | 'missing-modules'; missing: string[] };

/**
 * Assembles the published documents into a pack (modules in programme order, hash recomputed). A site's
 * own modules (already verified, `keepSiteModules`) come right after the national module they name
 * (`after`), or else after the whole national programme (also when that module left the programme);
 * at one spot, in their rank (`order`). Every module's `order` is then its place in the programme.
 */
export async function assemblePack(docs: readonly unknown[], siteModules: readonly ContentSiteModuleDoc[] = []): Promise<AssembledPack> {
  let programme: ContentProgrammeDoc | undefined;
  const modules = new Map<string, ContentModuleDoc>();
  for (const raw of docs) {
    const d = raw as Partial<ContentDoc> | undefined;
    if (d?.type === 'content-programme') programme = d as ContentProgrammeDoc;
    else if (d?.type === 'content-module') modules.set((d as ContentModuleDoc).module.id, d as ContentModuleDoc);
  }
  if (!programme) return { ok: false, reason: 'no-programme', missing: [] };
  const missing = programme.programme.moduleOrder.filter((id) => !modules.has(id));
  if (missing.length) return { ok: false, reason: 'missing-modules', missing };
  const chosen = programme.programme.moduleOrder.map((id) => modules.get(id)!);
  const national = new Set(programme.programme.moduleOrder);
  const own = siteModules
    .filter((d) => !national.has(d.module.id))
    .sort((a, b) => a.module.order - b.module.order || a._id.localeCompare(b._id));
  const placed = new Map<string, ContentSiteModuleDoc[]>();
  for (const d of own) {
    const spot = d.after && national.has(d.after) ? d.after : '';
    placed.set(spot, [...(placed.get(spot) ?? []), d]);
  }
  const ordered = [
    ...chosen.flatMap((d) => [d.module, ...(placed.get(d.module.id) ?? []).map((s) => s.module)]),
    ...(placed.get('') ?? []).map((s) => s.module),
  ];
  const body: PackBody = {
    programme: { ...programme.programme, moduleOrder: ordered.map((m) => m.id) },
    modules: ordered.map((m, order) => (m.order === order ? m : { ...m, order })),
    placement: programme.placement,
    ...(programme.exam?.length ? { exam: programme.exam } : {}),
  };
  const builtAt = [programme, ...chosen, ...own]
    .map((d) => d.publishedAt)
    .sort()
    .at(-1)!;
  return { ok: true, pack: { kind: 'relais.content-pack', format: PACK_FORMAT, hash: await packHash(body), builtAt, ...body } };
}
