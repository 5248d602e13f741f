import type { AssessmentDoc } from '../records/assessment.schema';
import { eventDocId } from '../records/ids';
import type { ProgressEvent } from '../records/progress-event.schema';
import type { TrainerWorkDoc } from '../records/trainer-work.schema';
import { canonicalJson } from '../shared/canonical-json';
import type { BilanDoc } from './bilan.schema';
import type { LearnerRecord } from './learner-record';

/** What the receiving site already holds for the learner id of the record. */
export interface LocalHistory {
  learnerExists: boolean;
  events: readonly ProgressEvent[];
  assessments: readonly AssessmentDoc[];
  work: readonly TrainerWorkDoc[];
  bilans?: readonly BilanDoc[];
}

export type MergePlan =
  | {
      ok: true;
      newLearner: boolean;
      events: ProgressEvent[];
      assessments: AssessmentDoc[];
      work: TrainerWorkDoc[];
      bilans: BilanDoc[];
    }
  | { ok: false; reason: 'different-history'; detail: string };

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * What an event says, whatever site and terminal hold it: an imported history is re-homed as the
 * receiving terminal's events (new ids, same times), so a learner coming back is recognised by this.
 */
const eventKey = (e: ProgressEvent) => canonicalJson([e.learnerId, e.at, e.name, e.data]);

const SIGNING_FIELDS = new Set(['siteId', 'signedBy', 'version', 'prevHash', 'signature']);
/** A signed document without where and by whom it was signed: what a copy re-signed at another site keeps. */
const substance = (d: object) => Object.fromEntries(Object.entries(d).filter(([k]) => !SIGNING_FIELDS.has(k)));

/**
 * What importing a record adds. A learner id already known here must have a history the record
 * contains (a learner coming back, or the same file twice): every local event is in the file, unchanged,
 * and no signed document disagrees at the same version. Anything else is someone else's history.
 */
export function planRecordMerge(record: LearnerRecord, local: LocalHistory): MergePlan {
  const incoming = new Map<string, number>();
  for (const e of record.events) incoming.set(eventKey(e), (incoming.get(eventKey(e)) ?? 0) + 1);
  for (const e of local.events) {
    const left = incoming.get(eventKey(e)) ?? 0;
    if (left === 0) return { ok: false, reason: 'different-history', detail: `${e._id} absent du fichier ou différent` };
    incoming.set(eventKey(e), left - 1);
  }
  const events = record.events.filter((e) => {
    const left = incoming.get(eventKey(e)) ?? 0;
    if (left > 0) incoming.set(eventKey(e), left - 1);
    return left > 0;
  });
  const signed = <T extends AssessmentDoc | TrainerWorkDoc | BilanDoc>(docs: readonly T[], held: readonly T[]): T[] | string => {
    const byId = new Map(held.map((d) => [d._id, d]));
    const out: T[] = [];
    for (const d of docs) {
      const h = byId.get(d._id);
      if (!h) out.push(d);
      else if (same(h, d)) continue;
      // A copy re-signed at another site (the record went there and came back) agrees in substance.
      else if (h.siteId !== d.siteId && same(substance(h), substance(d))) continue;
      else if ('version' in d && 'version' in h && d.version !== h.version) {
        if (d.version > h.version) out.push(d);
      } else return `${d._id} signé autrement ici`;
    }
    return out;
  };
  const assessments = signed(record.assessments, local.assessments);
  if (typeof assessments === 'string') return { ok: false, reason: 'different-history', detail: assessments };
  const work = signed(record.work, local.work);
  if (typeof work === 'string') return { ok: false, reason: 'different-history', detail: work };
  const bilans = signed(record.bilans ?? [], local.bilans ?? []);
  if (typeof bilans === 'string') return { ok: false, reason: 'different-history', detail: bilans };
  return { ok: true, newLearner: !local.learnerExists, events, assessments, work, bilans };
}

/** Where an imported history is written: this site, this terminal, after the learner's last seq here. */
export interface RehomeTarget {
  siteId: string;
  deviceId: string;
  afterSeq: number;
}

/**
 * The imported events as this terminal's own, so that they go up at its next sync: the server takes
 * events only from the device and site that write them ([W8], [W9]). Each keeps its original time
 * (`at`, [W18]) and what it says; the seqs follow the original order after the learner's last one here.
 */
export function rehomeEvents(events: readonly ProgressEvent[], to: RehomeTarget): ProgressEvent[] {
  const ordered = [...events].sort((a, b) => a.seq - b.seq || a.at.localeCompare(b.at) || a._id.localeCompare(b._id));
  return ordered.map((e, i) => {
    const { receipt: _receipt, ...rest } = e;
    const seq = to.afterSeq + i + 1;
    return {
      ...rest,
      _id: eventDocId(e.learnerId, to.deviceId, seq),
      siteId: to.siteId,
      deviceId: to.deviceId,
      seq,
    } as ProgressEvent;
  });
}

/** A signed document's fields to sign again at the receiving site (its chain there starts anew). */
export function resignFields(doc: AssessmentDoc | TrainerWorkDoc | BilanDoc, siteId: string): Record<string, unknown> {
  return { ...substance(doc), siteId };
}
