/** Revision checks for replicated documents: the server never trusts a client's revision tree. */

export const REV_PATTERN = /^([1-9]\d{0,8})-([0-9a-f]{32})$/;
/** Longest `_revisions.ids` accepted; CouchDB's default revs_limit is 1000, ours is far smaller. */
const MAX_REVISIONS = 100;

export interface RevisionInfo {
  rev: string;
  generation: number;
  /** Full ancestry, newest first, as `gen-hash` strings. */
  history: string[];
}

/** Parses `_rev` and `_revisions` of a `new_edits:false` document; a string is the refusal reason. */
export function parseRevisions(doc: Record<string, unknown>): RevisionInfo | string {
  const rev = doc._rev;
  if (typeof rev !== 'string') return 'revision manquante (_rev)';
  const m = REV_PATTERN.exec(rev);
  if (!m) return `révision mal formée : ${rev.slice(0, 60)}`;
  const generation = Number(m[1]);
  const revisions = doc._revisions;
  if (revisions === undefined) return { rev, generation, history: [rev] };
  if (!revisions || typeof revisions !== 'object' || Array.isArray(revisions)) return '_revisions mal formé';
  const { start, ids, ...rest } = revisions as { start?: unknown; ids?: unknown };
  if (Object.keys(rest).length) return '_revisions contient des champs inconnus';
  if (start !== generation) return '_revisions.start ne correspond pas à _rev';
  if (!Array.isArray(ids) || ids.length === 0) return '_revisions.ids vide';
  if (ids.length > MAX_REVISIONS) return `_revisions trop long (${ids.length} > ${MAX_REVISIONS})`;
  if (ids.length > generation) return '_revisions plus long que la génération';
  if (ids[0] !== m[2]) return '_revisions.ids[0] ne correspond pas à _rev';
  const history: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (typeof id !== 'string' || !/^[0-9a-f]{32}$/.test(id)) return '_revisions.ids mal formé';
    history.push(`${generation - i}-${id}`);
  }
  return { rev, generation, history };
}

/**
 * An update must extend one of the document's current leaves (or be a revision already known):
 * a history that branches off elsewhere would plant a conflict the client was never shown.
 */
export function extendsKnownLeaf(info: RevisionInfo, leaves: readonly string[]): boolean {
  if (leaves.length === 0) return true;
  if (leaves.includes(info.rev)) return true;
  return info.history.slice(1).some((r) => leaves.includes(r));
}
