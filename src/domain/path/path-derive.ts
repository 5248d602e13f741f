import type { ModuleProgress, PathContext } from './path-context';
import type { PathModule } from './path-curriculum';

/** `exemption-proposed`: the placement suggests it; the module stays required until a trainer decides. */
export type PlanEntry = 'required' | 'exemption-proposed' | 'exempted';
export type ModuleStatus = 'locked' | 'available' | 'in-progress' | 'passed' | 'needs-review' | 'exempted';

/**
 * The individual plan. Only a trainer's decision exempts a module: a short placement test is evidence
 * for the positioning interview, not a verdict (Qualiopi asks for a plan the trainer validates). The
 * placement proposes an exemption when it measured every competency of the module at its threshold.
 */
export function planOf(ctx: PathContext): Record<string, PlanEntry> {
  const plan: Record<string, PlanEntry> = {};
  for (const m of ctx.curriculum.modules) plan[m.id] = planEntry(ctx, m);
  return plan;
}

function planEntry(ctx: PathContext, m: PathModule): PlanEntry {
  const decision = ctx.decisions[m.id];
  if (decision) return decision === 'exempt' ? 'exempted' : 'required';
  const placement = ctx.placement;
  if (placement === null || m.competencies.length === 0) return 'required';
  const mastered = m.competencies.every((c) => {
    const score = placement[c];
    return score !== undefined && score >= (ctx.curriculum.competencies.find((x) => x.id === c)?.threshold ?? 0.7);
  });
  return mastered ? 'exemption-proposed' : 'required';
}

/** Lessons read, quiz at its pass mark, every role-play at the module's threshold. */
function isModuleComplete(m: PathModule, p: ModuleProgress): boolean {
  return (
    m.lessonIds.every((id) => p.lessonsRead.includes(id)) &&
    (m.quizId === null || p.quizPassed) &&
    m.roleplayIds.every((id) => (p.roleplayBest[id] ?? 0) >= m.roleplayThreshold)
  );
}

export function moduleStatuses(ctx: PathContext): Record<string, ModuleStatus> {
  const plan = planOf(ctx);
  const statuses: Record<string, ModuleStatus> = {};
  const done = (id: string) => statuses[id] === 'passed' || statuses[id] === 'exempted';
  // Prerequisites come first in teaching order (the content build refuses cycles), so one pass is enough;
  // a prerequisite listed later is looked up after the loop.
  const pending: PathModule[] = [];
  const statusOf = (m: PathModule): ModuleStatus => {
    const p = ctx.progress[m.id];
    if (!p) return 'available';
    if (p.reviewPending) return 'needs-review';
    if (plan[m.id] === 'exempted') return 'exempted';
    if (isModuleComplete(m, p)) return 'passed';
    if (!m.prerequisites.every(done)) return 'locked';
    return p.touched ? 'in-progress' : 'available';
  };
  for (const m of ctx.curriculum.modules) {
    if (m.prerequisites.some((id) => !(id in statuses))) pending.push(m);
    statuses[m.id] = statusOf(m);
  }
  for (const m of pending) statuses[m.id] = statusOf(m);
  return statuses;
}

/** Called after every event during replay: allocates nothing. */
export function isEveryRequiredModulePassed(ctx: PathContext): boolean {
  for (const m of ctx.curriculum.modules) {
    const p = ctx.progress[m.id];
    if (p?.reviewPending) return false;
    if (p !== undefined && isModuleComplete(m, p)) continue;
    if (planEntry(ctx, m) !== 'exempted') return false;
  }
  return true;
}

/**
 * Mastery of a competency, 0–1: the best of the trainer's assessment and the training evidence
 * (latest quiz results pooled, averaged with the best role-play ratios). The placement alone never
 * makes a learner ready for certification.
 */
export function competencyMastery(ctx: PathContext): Record<string, number> {
  const quiz: Record<string, { correct: number; total: number }> = {};
  for (const byComp of Object.values(ctx.quizEvidence)) {
    for (const [c, t] of Object.entries(byComp)) {
      const acc = (quiz[c] ??= { correct: 0, total: 0 });
      acc.correct += t.correct;
      acc.total += t.total;
    }
  }
  const roleplay: Record<string, number[]> = {};
  const rpCompetencies = roleplayCompetencies(ctx);
  for (const [rp, ratio] of Object.entries(ctx.roleplayEvidence)) {
    for (const c of rpCompetencies[rp] ?? []) (roleplay[c] ??= []).push(ratio);
  }
  const mastery: Record<string, number> = {};
  for (const { id } of ctx.curriculum.competencies) {
    const parts: number[] = [];
    const q = quiz[id];
    if (q && q.total > 0) parts.push(q.correct / q.total);
    const r = roleplay[id];
    if (r?.length) parts.push(r.reduce((a, b) => a + b, 0) / r.length);
    const training = parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 0;
    mastery[id] = Math.max(training, ctx.assessed[id] ?? 0);
  }
  return mastery;
}

/** Role-plays count for the competencies of their module. */
function roleplayCompetencies(ctx: PathContext): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of ctx.curriculum.modules) for (const rp of m.roleplayIds) out[rp] = m.competencies;
  return out;
}

export interface CcpReadiness {
  id: string;
  title: string;
  ready: boolean;
  met: number;
  total: number;
}

/** A CCP is ready for certification when every one of its competencies meets its threshold. */
export function ccpReadiness(ctx: PathContext): CcpReadiness[] {
  const mastery = competencyMastery(ctx);
  const thresholds = new Map(ctx.curriculum.competencies.map((c) => [c.id, c.threshold]));
  return ctx.curriculum.ccps.map((ccp) => {
    const met = ccp.competencyIds.filter((c) => (mastery[c] ?? 0) >= (thresholds.get(c) ?? 0.7)).length;
    return { id: ccp.id, title: ccp.title, ready: met === ccp.competencyIds.length, met, total: ccp.competencyIds.length };
  });
}

export type NextStep =
  | { kind: 'placement'; placementId: string }
  | { kind: 'lesson'; moduleId: string; lessonId: string }
  | { kind: 'quiz'; moduleId: string; quizId: string }
  | { kind: 'roleplay'; moduleId: string; roleplayId: string }
  | { kind: 'done' };

/**
 * What to do next: the placement first (its questions, then its short role-play), then modules
 * needing review, then the first open module in order: the plan's order first when a trainer set one.
 */
export function nextStep(ctx: PathContext, stage: 'placement' | 'training' | 'completed', planOrder: readonly string[] = []): NextStep {
  if (stage === 'placement' && ctx.curriculum.placementId) return { kind: 'placement', placementId: ctx.curriculum.placementId };
  // Missing from snapshots taken before placement role-plays were part of the curriculum.
  const placementRoleplay = (ctx.curriculum.placementRoleplayIds ?? []).find((id) => ctx.roleplayEvidence[id] === undefined);
  if (ctx.placement !== null && placementRoleplay) return { kind: 'roleplay', moduleId: 'placement', roleplayId: placementRoleplay };
  const statuses = moduleStatuses(ctx);
  const open = (s: ModuleStatus | undefined) => s === 'in-progress' || s === 'available';
  const rank = (id: string) => (planOrder.includes(id) ? planOrder.indexOf(id) : planOrder.length);
  const modules = planOrder.length ? [...ctx.curriculum.modules].sort((a, b) => rank(a.id) - rank(b.id)) : ctx.curriculum.modules;
  const candidates = [...modules.filter((m) => statuses[m.id] === 'needs-review'), ...modules.filter((m) => open(statuses[m.id]))];
  for (const m of candidates) {
    const step = stepIn(m, ctx.progress[m.id], statuses[m.id] === 'needs-review');
    if (step) return step;
  }
  return { kind: 'done' };
}

function stepIn(m: PathModule, p: ModuleProgress | undefined, reviewing: boolean): NextStep | undefined {
  if (reviewing) {
    if (m.quizId) return { kind: 'quiz', moduleId: m.id, quizId: m.quizId };
    if (m.roleplayIds[0]) return { kind: 'roleplay', moduleId: m.id, roleplayId: m.roleplayIds[0] };
    if (m.lessonIds[0]) return { kind: 'lesson', moduleId: m.id, lessonId: m.lessonIds[0] };
    return undefined;
  }
  const lessonId = m.lessonIds.find((id) => !p?.lessonsRead.includes(id));
  if (lessonId) return { kind: 'lesson', moduleId: m.id, lessonId };
  if (m.quizId && !p?.quizPassed) return { kind: 'quiz', moduleId: m.id, quizId: m.quizId };
  const roleplayId = m.roleplayIds.find((id) => (p?.roleplayBest[id] ?? 0) < m.roleplayThreshold);
  if (roleplayId) return { kind: 'roleplay', moduleId: m.id, roleplayId };
  return undefined;
}
