import type { PathCurriculum, PathModule } from '../../src/domain/path/path-curriculum';
import type { PathEvent } from '../../src/domain/path/path-events';

/** A module of the test curriculum: two lessons, a quiz, optionally a role-play. */
export function pathModule(id: string, opts: Partial<PathModule> = {}): PathModule {
  return {
    id,
    title: `Module ${id}`,
    prerequisites: [],
    competencies: ['c-a'],
    lessonIds: [`${id}-l1`, `${id}-l2`],
    quizId: `${id}-quiz`,
    roleplayIds: [],
    roleplayThreshold: 0.6,
    ...opts,
  };
}

/** Three modules in a chain (m1 → m2 → m3), m2 with a role-play; one CCP over c-a and c-b. The placement has one role-play. */
export function pathCurriculum(opts: { placement?: boolean; modules?: PathModule[] } = {}): PathCurriculum {
  return {
    packHash: 'a'.repeat(64),
    placementId: opts.placement ? 'placement' : null,
    placementRoleplayIds: opts.placement ? ['rp-placement'] : [],
    modules: opts.modules ?? [
      pathModule('m1', { competencies: ['c-a'] }),
      pathModule('m2', { prerequisites: ['m1'], competencies: ['c-b'], roleplayIds: ['rp-2'] }),
      pathModule('m3', { prerequisites: ['m2'], competencies: ['c-a', 'c-b'] }),
    ],
    competencies: [
      { id: 'c-a', threshold: 0.7 },
      { id: 'c-b', threshold: 0.7 },
    ],
    ccps: [{ id: 'ccp1', title: 'CCP 1', competencyIds: ['c-a', 'c-b'] }],
  };
}

const at = (i: number) => new Date(Date.UTC(2026, 0, 5, 8, 0, i)).toISOString();

export const ev = {
  lesson: (moduleId: string, lessonId: string, i = 0): PathEvent => ({ type: 'lesson.completed', at: at(i), moduleId, lessonId }),
  quiz: (moduleId: string, passed: boolean, byCompetency: Record<string, { correct: number; total: number }> = {}, i = 0): PathEvent => ({
    type: 'quiz.submitted',
    at: at(i),
    quizId: `${moduleId}-quiz`,
    moduleId,
    passed,
    byCompetency,
  }),
  roleplay: (moduleId: string, roleplayId: string, ratio: number, i = 0): PathEvent => ({
    type: 'roleplay.finished',
    at: at(i),
    roleplayId,
    moduleId,
    ratio,
  }),
  placement: (byCompetency: Record<string, { correct: number; total: number }>, i = 0): PathEvent => ({
    type: 'placement.submitted',
    at: at(i),
    byCompetency,
  }),
  assessment: (
    kind: 'initial' | 'followup',
    decisions: { moduleId: string; decision: 'exempt' | 'require' | 'review' }[],
    competencies: Record<string, number> = {},
    i = 0,
  ): PathEvent => ({
    type: 'assessment.recorded',
    at: at(i),
    kind,
    competencies,
    decisions,
  }),
};

/** Everything needed to pass module `id` of the test curriculum. */
export function passModule(c: PathCurriculum, id: string, i = 0): PathEvent[] {
  const m = c.modules.find((x) => x.id === id);
  if (!m) throw new Error(`no module ${id}`);
  const comp = Object.fromEntries(m.competencies.map((k) => [k, { correct: 9, total: 10 }]));
  return [
    ...m.lessonIds.map((l) => ev.lesson(id, l, i)),
    ...(m.quizId ? [ev.quiz(id, true, comp, i)] : []),
    ...m.roleplayIds.map((r) => ev.roleplay(id, r, 0.9, i)),
  ];
}

/** A long, realistic log: lessons, failed and passed quizzes, role-plays, cycling over the modules. */
export function longLog(c: PathCurriculum, count: number): PathEvent[] {
  const out: PathEvent[] = [];
  for (let i = 0; out.length < count; i++) {
    const m = c.modules[i % c.modules.length] as PathModule;
    const k = i % 4;
    if (k === 0) out.push(ev.lesson(m.id, m.lessonIds[i % m.lessonIds.length] as string, i));
    else if (k === 1) out.push(ev.quiz(m.id, i % 3 === 0, { [m.competencies[0] as string]: { correct: i % 10, total: 10 } }, i));
    else if (k === 2 && m.roleplayIds[0]) out.push(ev.roleplay(m.id, m.roleplayIds[0], (i % 10) / 10, i));
    else out.push(ev.lesson(m.id, m.lessonIds[0] as string, i));
  }
  return out;
}

/** A curriculum the size of the real programme: 12 modules in a chain of five lessons each, some role-plays. */
export function programmeSizedCurriculum(): PathCurriculum {
  const modules = Array.from({ length: 12 }, (_, i) =>
    pathModule(`m${i}`, {
      prerequisites: i ? [`m${i - 1}`] : [],
      competencies: [`c-${i % 4}`],
      lessonIds: Array.from({ length: 5 }, (_, l) => `m${i}-l${l}`),
      roleplayIds: i % 3 === 2 ? [`rp-${i}`] : [],
    }),
  );
  return { ...pathCurriculum({ modules }), competencies: [0, 1, 2, 3].map((i) => ({ id: `c-${i}`, threshold: 0.7 })) };
}
