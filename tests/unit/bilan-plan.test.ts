import { describe, expect, it } from 'vitest';
import { nextStep, moduleStatuses } from '../../src/domain/path/path-derive';
import { replayLog, stageOf } from '../../src/domain/path/path-replay';
import { bilanAssessments, currentPlan, planSummary } from '../../src/domain/trainer/bilan-plan';
import { pathCurriculum, pathModule } from '../factories/path.factory';
import { bilanFactory, trainerFactory } from '../support/trainer-factory';

describe('bilans fold into the learner path', () => {
  it('an initial bilan exempts a module and adds an extra one; a later bilan lifts the exemption', async () => {
    const t = await trainerFactory();
    const first = await bilanFactory(t, { siteId: 's', learnerId: 'ana', plan: { exempt: ['m-a'], extra: ['m-b'] } });
    const later = await bilanFactory(t, {
      siteId: 's',
      learnerId: 'ana',
      bilanId: 'suivi-1',
      kind: 'followup',
      at: '2026-03-01T10:00:00.000Z',
      plan: { exempt: [] },
      ratings: { 'c-1': 0.8 },
    });
    const [a, b] = bilanAssessments([later, first]);
    expect(a?.decisions).toEqual([
      { moduleId: 'm-a', decision: 'exempt' },
      { moduleId: 'm-b', decision: 'require' },
    ]);
    expect(b?.decisions).toEqual([{ moduleId: 'm-a', decision: 'require' }]);
    expect(b?.competencies).toEqual({ 'c-1': 0.8 });
    expect(currentPlan([first, later])?.at).toBe(later.at);
  });

  it('the path shows the exempted module as such, and the next step follows the plan’s order', async () => {
    const curriculum = pathCurriculum({ modules: [pathModule('m1'), pathModule('m2'), pathModule('m3')] });
    const t = await trainerFactory();
    const bilan = await bilanFactory(t, { siteId: 's', learnerId: 'ana', plan: { exempt: ['m1'], order: ['m3', 'm2'] } });
    const actor = replayLog(curriculum, [], undefined, bilanAssessments([bilan]));
    const ctx = actor.getSnapshot().context;
    expect(moduleStatuses(ctx).m1).toBe('exempted');
    expect(nextStep(ctx, stageOf(actor.getSnapshot()), currentPlan([bilan])?.order)).toMatchObject({ moduleId: 'm3' });
    // Without a plan order, the programme's order.
    expect(nextStep(ctx, stageOf(actor.getSnapshot()))).toMatchObject({ moduleId: 'm2' });
  });

  it('the plan in plain words lists known modules only, first ones without the exempted', async () => {
    const summary = planSummary(
      { exempt: ['m-a', 'm-x'], extra: ['m-b'], order: ['m-a', 'm-c'], targetDate: '2026-06-30', decisions: 'Stage en juin.' },
      ['m-a', 'm-b', 'm-c'],
    );
    expect(summary).toEqual({ first: ['m-c'], extra: ['m-b'], exempt: ['m-a'], targetDate: '2026-06-30', decisions: 'Stage en juin.' });
    expect(planSummary(undefined, [])).toBeUndefined();
  });
});
