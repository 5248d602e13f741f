import type { Programme } from '../content/programme.schema';
import type { PathCurriculum } from '../path/path-curriculum';
import { moduleStatuses, nextStep } from '../path/path-derive';
import { learnerState, type LearnerReportInput, type ReportLearner } from './learner-report';

interface StuckOptions {
  /** Sessions without progress before a learner is shown as stuck. */
  sessions: number;
  /** Wrong answers in a row on one item before it is shown. */
  failures: number;
}
const DEFAULT_STUCK: StuckOptions = { sessions: 3, failures: 3 };

type StuckReason =
  | { kind: 'no-progress'; sessions: number; moduleId: string | null }
  | { kind: 'repeated-failure'; itemId: string; failures: number };

interface ClassRow {
  learner: ReportLearner;
  /** Mastery per competency id, 0–1. */
  mastery: Record<string, number>;
  modulesDone: number;
  activeHours: number;
  stuck: StuckReason[];
}

interface FailedItem {
  itemId: string;
  wrong: number;
  answers: number;
  learners: number;
}

export interface ClassReport {
  competencies: { id: string; title: string; threshold: number; blockId: string }[];
  rows: ClassRow[];
  mostFailed: FailedItem[];
}

const MOST_FAILED = 10;

/** The class (or group) report: a competency × learner grid, who is stuck and where, the items most often failed. */
export function classReport(
  programme: Programme,
  curriculum: PathCurriculum,
  learners: readonly LearnerReportInput[],
  options: StuckOptions = DEFAULT_STUCK,
): ClassReport {
  const failed = new Map<string, FailedItem>();
  const rows = learners.map((input): ClassRow => {
    const { ctx, stage, facts, mastery } = learnerState(curriculum, input);
    const statuses = moduleStatuses(ctx);
    const stuck: StuckReason[] = [];
    if (facts.sessionsSinceProgress >= options.sessions) {
      const step = nextStep(ctx, stage);
      stuck.push({ kind: 'no-progress', sessions: facts.sessionsSinceProgress, moduleId: 'moduleId' in step ? step.moduleId : null });
    }
    for (const [itemId, f] of facts.items) {
      if (f.wrongStreak >= options.failures) stuck.push({ kind: 'repeated-failure', itemId, failures: f.wrongStreak });
      if (f.wrong === 0) continue;
      const acc = failed.get(itemId) ?? { itemId, wrong: 0, answers: 0, learners: 0 };
      acc.wrong += f.wrong;
      acc.answers += f.answers;
      acc.learners++;
      failed.set(itemId, acc);
    }
    return {
      learner: input.learner,
      mastery,
      modulesDone: curriculum.modules.filter((m) => statuses[m.id] === 'passed' || statuses[m.id] === 'exempted').length,
      activeHours: facts.activeSeconds / 3600,
      stuck,
    };
  });
  return {
    competencies: programme.blocks.flatMap((b) =>
      b.competencies.map((c) => ({ id: c.id, title: c.title, threshold: c.threshold, blockId: b.id })),
    ),
    rows,
    mostFailed: [...failed.values()]
      .sort((a, b) => b.wrong - a.wrong || b.learners - a.learners || a.itemId.localeCompare(b.itemId))
      .slice(0, MOST_FAILED),
  };
}
