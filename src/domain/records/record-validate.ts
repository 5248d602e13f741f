import * as v from 'valibot';
import { formatIssues } from '../content/pack-validate';
import { nonFinitePath } from '../shared/finite-numbers';
import { AssessmentDoc, TrainerKeyDoc } from './assessment.schema';
import { assessmentDocId, dpSelectionDocId, ecfDocId, eventDocId, learnerDocId, roleplayScoreDocId, trainerKeyDocId } from './ids';
import { LearnerDoc } from './learner.schema';
import { ProgressEvent } from './progress-event.schema';
import { BilanDoc, GroupDoc } from '../trainer/bilan.schema';
import { bilanDocId, groupDocId } from '../trainer/trainer-ids';

import { DpSelectionDoc, EcfDoc, RoleplayScoreDoc } from './trainer-work.schema';

export type SiteRecord =
  | ProgressEvent
  | LearnerDoc
  | AssessmentDoc
  | TrainerKeyDoc
  | BilanDoc
  | GroupDoc
  | RoleplayScoreDoc
  | EcfDoc
  | DpSelectionDoc;
type RecordCheck = { ok: true; record: SiteRecord } | { ok: false; reason: string };

const SCHEMAS = {
  event: ProgressEvent,
  learner: LearnerDoc,
  assessment: AssessmentDoc,
  'trainer-key': TrainerKeyDoc,
  bilan: BilanDoc,
  group: GroupDoc,
  'roleplay-score': RoleplayScoreDoc,
  ecf: EcfDoc,
  'dp-selection': DpSelectionDoc,
} as const;

function expectedId(r: SiteRecord): string {
  switch (r.type) {
    case 'event':
      return eventDocId(r.learnerId, r.deviceId, r.seq);
    case 'learner':
      return learnerDocId(r.learnerId);
    case 'assessment':
      return assessmentDocId(r.learnerId, r.assessmentId);
    case 'trainer-key':
      return trainerKeyDocId(r.keyId);
    case 'bilan':
      return bilanDocId(r.learnerId, r.bilanId);
    case 'group':
      return groupDocId(r.groupId);
    case 'roleplay-score':
      return roleplayScoreDocId(r.learnerId, r.scoreId);
    case 'ecf':
      return ecfDocId(r.learnerId, r.ecfId);
    case 'dp-selection':
      return dpSelectionDocId(r.learnerId);
  }
}

/**
 * Validates a site document with CouchDB's own fields removed. Used by the app before writing
 * and by the sync server on every pushed document, so the two can never disagree.
 */
export function checkSiteRecord(doc: unknown): RecordCheck {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, reason: 'not an object' };
  const type = (doc as { type?: unknown }).type;
  if (typeof type !== 'string' || !(type in SCHEMAS)) return { ok: false, reason: `unknown type ${String(type)}` };
  const infinite = nonFinitePath(doc);
  if (infinite) return { ok: false, reason: `nombre non fini en ${infinite.slice(0, 80)}` };
  const parsed = v.safeParse(SCHEMAS[type as keyof typeof SCHEMAS], doc);
  if (!parsed.success) return { ok: false, reason: formatIssues(parsed.issues).slice(0, 3).join('; ') };
  const record = parsed.output as SiteRecord;
  if (record._id !== expectedId(record)) return { ok: false, reason: `_id must be ${expectedId(record)}` };
  return { ok: true, record };
}
