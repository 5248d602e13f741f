import type { ProgressEvent } from '../records/progress-event.schema';
import type { RoleplayScoreDoc } from '../records/trainer-work.schema';
import { latestScores, replyKey } from '../trainer/trainer-score';

/** One written reply a learner sent, with the trainer's latest score of it if any. */
export interface WrittenReplyRow {
  itemId: string;
  moduleId: string;
  attempt: number;
  at: string;
  text: string;
  hintsSeen: boolean;
  score: { ratio: number; passed: boolean; scoreId: string } | null;
}

/** The learner's written replies, those still to score first, then newest first. */
export function writtenReplyRows(events: readonly ProgressEvent[], scores: readonly RoleplayScoreDoc[]): WrittenReplyRow[] {
  const { written } = latestScores(scores);
  const rows: WrittenReplyRow[] = [];
  for (const e of events) {
    if (e.name !== 'written.submitted') continue;
    const s = written.get(replyKey(e.data.itemId, e.data.attempt));
    rows.push({
      itemId: e.data.itemId,
      moduleId: e.data.moduleId,
      attempt: e.data.attempt,
      at: e.at,
      text: e.data.text,
      hintsSeen: e.data.hintsSeen,
      score: s ? { ratio: s.ratio, passed: s.passed, scoreId: s.scoreId } : null,
    });
  }
  return rows.sort((a, b) => Number(a.score !== null) - Number(b.score !== null) || b.at.localeCompare(a.at));
}

/** The score document's id part for one reply: a slug, the same on every terminal (a re-score is a new version). */
export const writtenScoreId = (itemId: string, attempt: number) => `w-${itemId.replace(/[^a-z0-9-]/g, '-').slice(0, 30)}-${attempt}`;
