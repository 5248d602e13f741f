import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { learnerPathMachine } from '../../src/domain/path/learner-path.machine';
import { ccpReadiness, competencyMastery, moduleStatuses, nextStep, planOf } from '../../src/domain/path/path-derive';
import { replayLog, replayPath, stageOf } from '../../src/domain/path/path-replay';
import { realisticLog } from '../factories/event.factory';
import { ev, longLog, passModule, pathCurriculum, pathModule } from '../factories/path.factory';

const stateOf = (c = pathCurriculum(), events = [] as Parameters<typeof replayPath>[1]) => {
  const actor = replayPath(c, events);
  const snap = actor.getSnapshot();
  return { stage: stageOf(snap), ctx: snap.context, statuses: moduleStatuses(snap.context), actor };
};

describe('learner path machine', () => {
  it('starts in placement when the pack has one, and goes to training once it is submitted', () => {
    const c = pathCurriculum({ placement: true });
    expect(stateOf(c).stage).toBe('placement');
    expect(nextStep(stateOf(c).ctx, 'placement')).toEqual({ kind: 'placement', placementId: 'placement' });
    expect(stateOf(c, [ev.placement({ 'c-a': { correct: 1, total: 4 } })]).stage).toBe('training');
  });

  it('offers the placement role-play right after the placement questions, then the first lesson', () => {
    const c = pathCurriculum({ placement: true });
    const placed = stateOf(c, [ev.placement({ 'c-a': { correct: 1, total: 4 } })]);
    expect(nextStep(placed.ctx, placed.stage)).toEqual({ kind: 'roleplay', moduleId: 'placement', roleplayId: 'rp-placement' });
    const played = stateOf(c, [ev.placement({ 'c-a': { correct: 1, total: 4 } }), ev.roleplay('placement', 'rp-placement', 0.4)]);
    expect(played.statuses.m1).toBe('available');
    expect(nextStep(played.ctx, played.stage)).toEqual({ kind: 'lesson', moduleId: 'm1', lessonId: 'm1-l1' });
  });

  it('skips placement when the pack has none, and an initial assessment also ends it', () => {
    expect(stateOf().stage).toBe('training');
    expect(stateOf(pathCurriculum({ placement: true }), [ev.assessment('initial', [])]).stage).toBe('training');
  });

  it('locks modules until their prerequisites are passed (available → in progress → passed)', () => {
    const c = pathCurriculum();
    expect(stateOf(c).statuses).toEqual({ m1: 'available', m2: 'locked', m3: 'locked' });
    expect(stateOf(c, [ev.lesson('m1', 'm1-l1')]).statuses.m1).toBe('in-progress');
    const afterM1 = stateOf(c, passModule(c, 'm1')).statuses;
    expect(afterM1).toEqual({ m1: 'passed', m2: 'available', m3: 'locked' });
  });

  it('passes a module only with every lesson read, the quiz passed and the role-play at its threshold', () => {
    const c = pathCurriculum();
    const base = [...passModule(c, 'm1'), ev.lesson('m2', 'm2-l1'), ev.lesson('m2', 'm2-l2')];
    expect(stateOf(c, [...base, ev.quiz('m2', false)]).statuses.m2).toBe('in-progress');
    expect(stateOf(c, [...base, ev.quiz('m2', true)]).statuses.m2).toBe('in-progress');
    expect(stateOf(c, [...base, ev.quiz('m2', true), ev.roleplay('m2', 'rp-2', 0.5)]).statuses.m2).toBe('in-progress');
    expect(stateOf(c, [...base, ev.quiz('m2', true), ev.roleplay('m2', 'rp-2', 0.6)]).statuses.m2).toBe('passed');
    // A later, worse run does not take a pass away.
    expect(
      stateOf(c, [...base, ev.quiz('m2', true), ev.roleplay('m2', 'rp-2', 0.9), ev.roleplay('m2', 'rp-2', 0.1), ev.quiz('m2', false)])
        .statuses.m2,
    ).toBe('passed');
  });

  it('reaches completed when every required module is passed', () => {
    const c = pathCurriculum();
    const all = [...passModule(c, 'm1'), ...passModule(c, 'm2'), ...passModule(c, 'm3')];
    expect(stateOf(c, all.slice(0, -1)).stage).toBe('training');
    expect(stateOf(c, all).stage).toBe('completed');
    expect(nextStep(stateOf(c, all).ctx, 'completed')).toEqual({ kind: 'done' });
  });

  it('proposes exemptions from placement scores, but only a trainer decision exempts', () => {
    const c = pathCurriculum({ placement: true });
    const placed = stateOf(c, [ev.placement({ 'c-a': { correct: 4, total: 4 }, 'c-b': { correct: 1, total: 4 } })]);
    expect(planOf(placed.ctx)).toEqual({ m1: 'exemption-proposed', m2: 'required', m3: 'required' });
    expect(placed.statuses).toEqual({ m1: 'available', m2: 'locked', m3: 'locked' });
    expect(competencyMastery(placed.ctx)['c-a']).toBe(0);
    const confirmed = stateOf(c, [
      ev.placement({ 'c-a': { correct: 4, total: 4 } }),
      ev.assessment('initial', [{ moduleId: 'm1', decision: 'exempt' }]),
    ]);
    expect(confirmed.statuses).toEqual({ m1: 'exempted', m2: 'available', m3: 'locked' });
    const overridden = stateOf(c, [
      ev.placement({ 'c-a': { correct: 4, total: 4 } }),
      ev.assessment('initial', [
        { moduleId: 'm1', decision: 'require' },
        { moduleId: 'm3', decision: 'exempt' },
      ]),
    ]);
    expect(planOf(overridden.ctx)).toEqual({ m1: 'required', m2: 'required', m3: 'exempted' });
    expect(overridden.statuses.m2).toBe('locked');
  });

  it('a follow-up review decision puts a passed module in "needs review" until its quiz is passed again', () => {
    const c = pathCurriculum();
    const all = [...passModule(c, 'm1'), ...passModule(c, 'm2'), ...passModule(c, 'm3')];
    const reviewed = stateOf(c, [...all, ev.assessment('followup', [{ moduleId: 'm1', decision: 'review' }])]);
    expect(reviewed.stage).toBe('training');
    expect(reviewed.statuses.m1).toBe('needs-review');
    expect(nextStep(reviewed.ctx, reviewed.stage)).toEqual({ kind: 'quiz', moduleId: 'm1', quizId: 'm1-quiz' });
    const again = stateOf(c, [...all, ev.assessment('followup', [{ moduleId: 'm1', decision: 'review' }]), ev.quiz('m1', true)]);
    expect(again.statuses.m1).toBe('passed');
    expect(again.stage).toBe('completed');
  });

  it('derives "what to do next" in order: lessons, quiz, role-play, then the next module', () => {
    const c = pathCurriculum();
    expect(nextStep(stateOf(c).ctx, 'training')).toEqual({ kind: 'lesson', moduleId: 'm1', lessonId: 'm1-l1' });
    expect(nextStep(stateOf(c, [ev.lesson('m1', 'm1-l1'), ev.lesson('m1', 'm1-l2')]).ctx, 'training')).toEqual({
      kind: 'quiz',
      moduleId: 'm1',
      quizId: 'm1-quiz',
    });
    const m2Read = [...passModule(c, 'm1'), ev.lesson('m2', 'm2-l1'), ev.lesson('m2', 'm2-l2'), ev.quiz('m2', true)];
    expect(nextStep(stateOf(c, m2Read).ctx, 'training')).toEqual({ kind: 'roleplay', moduleId: 'm2', roleplayId: 'rp-2' });
  });

  it('marks a CCP ready for certification only when all its competencies meet their threshold', () => {
    const c = pathCurriculum();
    const half = stateOf(c, [ev.quiz('m1', true, { 'c-a': { correct: 8, total: 10 } })]);
    expect(ccpReadiness(half.ctx)).toEqual([{ id: 'ccp1', title: 'CCP 1', ready: false, met: 1, total: 2 }]);
    const both = stateOf(c, [
      ev.quiz('m1', true, { 'c-a': { correct: 8, total: 10 } }),
      ev.quiz('m2', true, { 'c-b': { correct: 9, total: 10 } }),
      ev.roleplay('m2', 'rp-2', 0.8),
    ]);
    expect(competencyMastery(both.ctx)['c-b']).toBeCloseTo(0.85);
    expect(ccpReadiness(both.ctx)[0]?.ready).toBe(true);
  });

  it('ignores events about modules that are not in the programme', () => {
    const { ctx } = stateOf(pathCurriculum(), [ev.lesson('gone', 'x'), ev.quiz('gone', true)]);
    expect(Object.keys(ctx.progress)).toEqual(['m1', 'm2', 'm3']);
  });

  it('replaying the log gives the same state as living it event by event', () => {
    const c = pathCurriculum();
    const events = longLog(c, 400);
    const live = createActor(learnerPathMachine, { input: { curriculum: c } }).start();
    const seen: string[] = [];
    for (const e of events) {
      live.send(e);
      seen.push(JSON.stringify(live.getSnapshot().value));
    }
    const replayed = replayPath(c, events).getSnapshot();
    expect(replayed.context).toEqual(live.getSnapshot().context);
    expect(replayed.value).toEqual(live.getSnapshot().value);
    expect(new Set(seen).size).toBeGreaterThan(0);
  });

  it('a persisted snapshot survives JSON and goes on as if never stopped', () => {
    const c = pathCurriculum();
    const events = longLog(c, 300);
    const first = replayPath(c, events.slice(0, 150));
    const stored = JSON.parse(JSON.stringify(first.getPersistedSnapshot()));
    const resumed = replayPath(c, events.slice(150), stored);
    const straight = replayPath(c, events);
    expect(resumed.getSnapshot().context).toEqual(straight.getSnapshot().context);
    expect(resumed.getSnapshot().value).toEqual(straight.getSnapshot().value);
    expect(resumed.getSnapshot().status).toBe('active');
  });

  it('replays stored progress events, skipping those that do not move the path', () => {
    const c = pathCurriculum({ modules: [pathModule('m1'), pathModule('m2', { prerequisites: ['m1'] })] });
    const log = realisticLog(c, 200);
    const actor = replayLog(c, log);
    const moving = log.filter((e) =>
      ['lesson.completed', 'quiz.submitted', 'roleplay.finished', 'placement.submitted'].includes(e.name),
    ).length;
    expect(actor.getSnapshot().context.eventCount).toBe(moving);
    expect(actor.getSnapshot().context.quizzes['m1-quiz']?.count).toBeGreaterThan(1);
  });
});
