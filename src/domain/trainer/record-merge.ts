import type { AssessmentDoc } from '../records/assessment.schema';
import type { ProgressEvent } from '../records/progress-event.schema';
import type { TrainerWorkDoc } from '../records/trainer-work.schema';
import { canonicalJson } from '../shared/canonical-json';
import type { LearnerRecord } from './learner-record';

/** What the receiving site already holds for the learner id of the record. */
interface LocalHistory {
  learnerExists: boolean;
  events: readonly ProgressEvent[];
  assessments: readonly AssessmentDoc[];
  work: readonly TrainerWorkDoc[];
}

type MergePlan =
  | { ok: true; newLearner: boolean; events: ProgressEvent[]; assessments: AssessmentDoc[]; work: TrainerWorkDoc[] }
  | { ok: false; reason: 'different-history'; detail: string };

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * What importing a record adds. A learner id already known here must have a history the record
 * contains (a learner coming back, or the same file twice): every local event is in the file, unchanged,
 * and no signed document disagrees at the same version. Anything else is someone else's history.
 */
export function planRecordMerge(record: LearnerRecord, local: LocalHistory): MergePlan {
  const incoming = new Map(record.events.map((e) => [e._id, e]));
  for (const e of local.events) {
    const there = incoming.get(e._id);
    if (!there) return { ok: false, reason: 'different-history', detail: `${e._id} absent du fichier` };
    if (!same(there, e)) return { ok: false, reason: 'different-history', detail: `${e._id} différent` };
  }
  const localIds = new Set(local.events.map((e) => e._id));
  const signed = <T extends AssessmentDoc | TrainerWorkDoc>(docs: readonly T[], held: readonly T[]): T[] | string => {
    const byId = new Map(held.map((d) => [d._id, d]));
    const out: T[] = [];
    for (const d of docs) {
      const h = byId.get(d._id);
      if (!h) out.push(d);
      else if (same(h, d)) continue;
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
  return {
    ok: true,
    newLearner: !local.learnerExists,
    events: record.events.filter((e) => !localIds.has(e._id)),
    assessments,
    work,
  };
}
