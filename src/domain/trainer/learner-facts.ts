import type { ProgressEvent } from '../records/progress-event.schema';

/** One finished scripted run, with its automatic result. */
export interface RunFact {
  roleplayId: string;
  moduleId: string;
  run: number;
  at: string;
  ratio: number;
  passed: boolean;
  scores: Record<string, { got: number; max: number }>;
}

interface ItemFact {
  answers: number;
  wrong: number;
  /** Wrong answers in a row up to the latest one (quiz answers and « again » in reviews). */
  wrongStreak: number;
  /** Times the spaced review was sent back to the item: missed in a quiz, or « again » in a review. */
  returns: number;
}

/** What the reports read from a learner's log, gathered in one pass (the class report reads 150k events). */
export interface LearnerFacts {
  activeSeconds: number;
  sessions: number;
  /** Sessions started since the last progress (a new lesson, a passed quiz or role-play, the placement). */
  sessionsSinceProgress: number;
  lastEventAt: string | null;
  items: Map<string, ItemFact>;
  runs: RunFact[];
}

export function learnerFacts(events: Iterable<ProgressEvent>): LearnerFacts {
  const facts: LearnerFacts = { activeSeconds: 0, sessions: 0, sessionsSinceProgress: 0, lastEventAt: null, items: new Map(), runs: [] };
  const lessonsSeen = new Set<string>();
  const item = (id: string) => {
    let f = facts.items.get(id);
    if (!f) facts.items.set(id, (f = { answers: 0, wrong: 0, wrongStreak: 0, returns: 0 }));
    return f;
  };
  for (const e of events) {
    facts.lastEventAt = e.at;
    switch (e.name) {
      case 'session.started':
        facts.sessions++;
        facts.sessionsSinceProgress++;
        break;
      case 'session.ended':
        facts.activeSeconds += e.data.activeSeconds;
        break;
      case 'lesson.completed':
        if (!lessonsSeen.has(e.data.lessonId)) {
          lessonsSeen.add(e.data.lessonId);
          facts.sessionsSinceProgress = 0;
        }
        break;
      case 'quiz.answered': {
        const f = item(e.data.itemId);
        f.answers++;
        if (e.data.correct) f.wrongStreak = 0;
        else {
          f.wrong++;
          f.wrongStreak++;
        }
        break;
      }
      case 'review.rated': {
        const f = item(e.data.itemId);
        f.answers++;
        if (e.data.rating === 1) {
          f.wrong++;
          f.returns++;
          f.wrongStreak++;
        } else f.wrongStreak = 0;
        break;
      }
      case 'quiz.submitted':
        for (const id of e.data.missedItemIds) item(id).returns++;
        if (e.data.passed) facts.sessionsSinceProgress = 0;
        break;
      case 'roleplay.finished':
        facts.runs.push({ ...e.data, at: e.at });
        if (e.data.passed) facts.sessionsSinceProgress = 0;
        break;
      case 'placement.submitted':
        facts.sessionsSinceProgress = 0;
        break;
      case 'roleplay.choice':
        break;
    }
  }
  return facts;
}
