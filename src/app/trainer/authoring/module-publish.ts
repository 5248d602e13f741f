import type { InkReport } from '../../../domain/authoring/ink-checks';
import { buildModuleBundle } from '../../../domain/authoring/module-bundle';
import { isBehind, type AuthoringProblem, type ModuleDraft } from '../../../domain/authoring/module-draft';
import { placeProblems, prerequisiteProblems, type ProgrammeModule } from '../../../domain/authoring/module-place';
import { checkContentDoc } from '../../../domain/sync/content-docs';
import { nextVersionFields } from '../../../domain/sync/signed-doc';
import { SITE_MODULE_TYPE, siteModuleDocId, type ContentSiteModuleDoc } from '../../../domain/sync/site-content';
import { lintBreaches, lintModule } from '../../../content-build/content-lint';
import { createLessonRenderer } from '../../../content-build/markdown';
import { duplicateOptions } from '../../../content-build/option-duplicates';
import type { TrainerIdentity } from '../trainer-identity';

export type PublishResult =
  | { ok: true; doc: ContentSiteModuleDoc }
  | { ok: false; reason: 'problems'; problems: AuthoringProblem[] }
  /** Someone published a later version than the one this draft started from: the trainer chooses. */
  | { ok: false; reason: 'behind'; theirs: ContentSiteModuleDoc };

/** A signed document failed its own schema: a bug of the app, never the trainer's doing. */
class InvalidSiteModuleError extends Error {
  override name = 'InvalidSiteModuleError';
}

const md = createLessonRenderer();
/** The lesson preview and the publish render with the content build's own markdown-it (raw HTML off). */
export const renderLesson = (markdown: string) => md.render(markdown);
export const optionProblems = duplicateOptions;

/**
 * Builds, checks and signs the next version of a site module. `latest` is the newest version this
 * device knows; a draft started from an older one is refused unless the trainer chose to keep theirs.
 */
export async function signModuleVersion(
  identity: TrainerIdentity,
  draft: ModuleDraft,
  ink: ReadonlyMap<string, InkReport>,
  latest: ContentSiteModuleDoc | undefined,
  options: { keepMine?: boolean; now?: Date; programme?: readonly ProgrammeModule[] } = {},
): Promise<PublishResult> {
  if (latest && isBehind(draft, latest) && !options.keepMine) return { ok: false, reason: 'behind', theirs: latest };
  const place = options.programme ? [...prerequisiteProblems(draft, options.programme), ...placeProblems(draft, options.programme)] : [];
  if (place.length) return { ok: false, reason: 'problems', problems: place };
  const built = buildModuleBundle(
    draft,
    {
      render: renderLesson,
      optionProblems,
      ink: (name) => {
        const report = ink.get(name);
        if (!report) return { problems: [{ part: 'roleplay', message: 'le script n’est pas encore compilé' }] };
        if (report.ok && report.json) return { json: report.json };
        return { problems: [...report.errors, ...report.problems].map((p) => ({ part: 'roleplay', ...p })) };
      },
    },
    draft.order ?? 0,
  );
  if (!built.ok) return { ok: false, reason: 'problems', problems: built.problems };
  // The build's content lint too (answers given away by their length…): the export must build as it is.
  // The choice points come from the worker's exploration: the compiler's package stays out of this chunk.
  const choicePoints = draft.module.roleplays.flatMap((r) =>
    (ink.get(r.name)?.choicePoints ?? []).map((p) => ({ ...p, script: `${r.name}.ink` })),
  );
  const lint = lintBreaches(lintModule(built.bundle.id, { quiz: 'quiz', roleplays: 'roleplay' }, built.bundle.items, choicePoints));
  const lintPart = (file: string) => (file === 'quiz' ? 'quiz' : 'roleplay');
  if (lint.length) return { ok: false, reason: 'problems', problems: lint.map((b) => ({ part: lintPart(b.file), message: b.message })) };
  const unsigned = {
    _id: siteModuleDocId(built.bundle.id),
    // A place inside the national programme needs schema 2; without one, older terminals keep reading it.
    ...(draft.after ? { schema: 2 as const, after: draft.after } : { schema: 1 as const }),
    type: SITE_MODULE_TYPE,
    siteId: draft.siteId,
    scope: `site:${draft.siteId}`,
    publishedAt: (options.now ?? new Date()).toISOString(),
    module: built.bundle,
    source: JSON.parse(JSON.stringify(draft.module)) as Record<string, unknown>,
    signedBy: identity.keyId,
    ...(await nextVersionFields(latest)),
  };
  const signed = await identity.sign({ ...unsigned, signature: 'AA==' });
  const checked = checkContentDoc(signed);
  if (typeof checked === 'string' || checked.type !== SITE_MODULE_TYPE) throw new InvalidSiteModuleError(String(checked));
  return { ok: true, doc: checked };
}
