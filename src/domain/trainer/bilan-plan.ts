import type { PlanDecision } from '../path/path-context';
import type { BilanDoc, PlanFields } from './bilan.schema';

/** What the path folds from a trainer's document: the shape assessments already have. */
interface PathAssessment {
  _id: string;
  at: string;
  kind: 'initial' | 'followup';
  competencies: Record<string, number>;
  decisions: { moduleId: string; decision: PlanDecision }[];
}

const byTime = <T extends { at: string; _id: string }>(a: T, b: T) => a.at.localeCompare(b.at) || a._id.localeCompare(b._id);

/**
 * The learner's bilans as path assessments, oldest first. Each bilan's plan replaces the one before:
 * a module exempted earlier and no longer exempt becomes required again; extras are required.
 */
export function bilanAssessments(bilans: readonly BilanDoc[]): PathAssessment[] {
  let exempted = new Set<string>();
  return [...bilans].sort(byTime).map((b) => {
    const now = new Set(b.plan.exempt.filter((id) => !b.plan.extra.includes(id)));
    const decisions: PathAssessment['decisions'] = [
      ...[...now].map((moduleId) => ({ moduleId, decision: 'exempt' as const })),
      ...[...exempted]
        .filter((id) => !now.has(id) && !b.plan.extra.includes(id))
        .map((moduleId) => ({ moduleId, decision: 'require' as const })),
      ...b.plan.extra.map((moduleId) => ({ moduleId, decision: 'require' as const })),
    ];
    exempted = now;
    return { _id: `${b._id}@${b.version}`, at: b.at, kind: b.kind, competencies: b.ratings, decisions };
  });
}

/** The plan in force: the latest bilan's (by time). */
export function currentPlan(bilans: readonly BilanDoc[]): (PlanFields & { at: string }) | undefined {
  const last = [...bilans].sort(byTime).at(-1);
  return last && { ...last.plan, at: last.at };
}

/** A plan's lines in plain words, as module ids grouped by what the learner does with them. */
export interface PlanSummary {
  first: string[];
  extra: string[];
  exempt: string[];
  targetDate: string | null;
  decisions: string;
}

export function planSummary(plan: PlanFields | undefined, moduleIds: readonly string[]): PlanSummary | undefined {
  if (!plan) return undefined;
  const known = (id: string) => moduleIds.includes(id);
  return {
    first: plan.order.filter((id) => known(id) && !plan.exempt.includes(id)),
    extra: plan.extra.filter(known),
    exempt: plan.exempt.filter((id) => known(id) && !plan.extra.includes(id)),
    targetDate: plan.targetDate,
    decisions: plan.decisions,
  };
}

/** An empty plan, to start a bilan's form from. */
export const emptyPlan = (): PlanFields => ({ exempt: [], extra: [], order: [], targetDate: null, decisions: '' });
