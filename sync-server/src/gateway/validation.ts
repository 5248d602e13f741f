import { checkSiteRecord, type SiteRecord } from '../../../src/domain/records/record-validate';
import { checkContentDoc, type ContentDoc } from '../../../src/domain/sync/content-docs';
import type { DbRef } from '../../../src/domain/sync/db-names';
import type { DeviceRole } from '../../../src/domain/sync/device.schema';
import { extendsKnownLeaf, parseRevisions, type RevisionInfo } from '../../../src/domain/sync/revisions';
import { isOperatorWritten } from '../../../src/domain/sync/national-content';
import { isSignedDoc } from '../../../src/domain/sync/signed-doc';

/**
 * The pure write rules of the endpoint (SPEC.md, section W). Each check returns the reason for a
 * refusal, or the checked document; the service adds what needs the store (existing revisions,
 * learners, trainer keys).
 */
export interface DeviceContext {
  deviceId: string;
  siteId: string;
  role: DeviceRole;
}

const ALLOWED_UNDERSCORE_FIELDS = new Set(['_id', '_rev', '_revisions']);

export type Checked =
  | { ok: true; kind: 'site'; record: SiteRecord; revs: RevisionInfo; doc: Record<string, unknown> }
  | { ok: true; kind: 'content'; record: ContentDoc; revs: RevisionInfo; doc: Record<string, unknown> };
type Refused = { ok: false; id: string; reason: string };

/** [W1]–[W9]: everything that can be decided from the document and the device alone. */
export function checkPushedDoc(raw: unknown, sizeBytes: number, db: DbRef, device: DeviceContext, maxDocBytes: number): Checked | Refused {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, id: '', reason: 'le document n’est pas un objet' };
  const doc = raw as Record<string, unknown>;
  const id = typeof doc._id === 'string' ? doc._id : '';
  const refuse = (reason: string): Refused => ({ ok: false, id, reason });
  if (!id || id.length > 200) return refuse('_id manquant ou trop long');
  if (sizeBytes > maxDocBytes) return refuse(`document trop gros (${sizeBytes} octets > ${maxDocBytes})`);
  if (id.startsWith('_design/')) return refuse('documents de conception interdits');
  if (id.startsWith('_local/')) return refuse('documents _local interdits dans _bulk_docs');
  if (id.startsWith('_')) return refuse('identifiant réservé');
  if (doc._deleted !== undefined) return refuse('suppression interdite : les données de progression ne s’effacent pas');
  for (const key of Object.keys(doc)) {
    if (key.startsWith('_') && !ALLOWED_UNDERSCORE_FIELDS.has(key)) return refuse(`champ réservé inconnu « ${key.slice(0, 40)} »`);
  }
  const revs = parseRevisions(doc);
  if (typeof revs === 'string') return refuse(revs);
  const { _rev, _revisions, ...plain } = doc;
  if (db.kind === 'content') {
    // [W23] The national programme and the operator keys are written by the operator (CLI, console) only.
    if (isOperatorWritten(plain))
      return refuse('[W23] le contenu national est publié par l’exploitant du serveur seulement, jamais par un poste');
    if (device.role !== 'trainer') return refuse('seul un poste formateur publie du contenu');
    const checked = checkContentDoc(plain);
    if (typeof checked === 'string') return refuse(checked);
    // [W21] A site's own module is published by a trainer device of that site only.
    if (checked.type === 'content-site-module' && checked.siteId !== device.siteId) return refuse('module d’un autre site');
    return { ok: true, kind: 'content', record: checked, revs, doc };
  }
  // [W12] Every site record but events and trainer keys is a trainer's decision: its signature
  // authorises it, whatever device of the site brings it. Said before the schema, so the reason is plain.
  if (plain.type !== 'event' && plain.type !== 'trainer-key' && !isSignedDoc(plain)) {
    return refuse('document non signé : il doit être signé par un formateur du site');
  }
  const checked = checkSiteRecord(plain);
  if (!checked.ok) return refuse(checked.reason);
  const record = checked.record;
  if (record.siteId !== device.siteId || db.siteId !== device.siteId) return refuse('document d’un autre site');
  if (record.type === 'event') {
    if (record.receipt) return refuse('le reçu d’un événement est posé par le serveur seulement');
    if (record.deviceId !== device.deviceId) return refuse('événement d’un autre poste');
    if (revs.generation !== 1) return refuse('un événement ne se modifie pas (révision 1 attendue)');
  } else if (record.type === 'trainer-key') {
    return refuse('les clés de formateur s’enregistrent sur le serveur seulement');
  }
  return { ok: true, kind: 'site', record, revs, doc };
}

/** [W10], [W11]: immutability of events and revision histories that extend a known leaf. */
export function checkAgainstStored(checked: Checked, existing: { rev: string } | undefined, leaves: readonly string[]): string | null {
  if (!existing) return null;
  if (checked.kind === 'site' && checked.record.type === 'event') {
    return leaves.includes(checked.revs.rev) ? null : 'un événement ne se modifie pas';
  }
  return extendsKnownLeaf(checked.revs, leaves) ? null : 'historique de révisions inconnu (révision forgée ?)';
}
