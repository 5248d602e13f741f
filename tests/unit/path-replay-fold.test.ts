import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { learnerPathMachine } from '../../src/domain/path/learner-path.machine';
import type { PathCurriculum } from '../../src/domain/path/path-curriculum';
import { assessmentEvent, toPathEvent, type PathEvent } from '../../src/domain/path/path-events';
import { replayLog, replayPath, type PathActor } from '../../src/domain/path/path-replay';
import type { ProgressEvent } from '../../src/domain/records/progress-event.schema';
import { realisticLog } from '../factories/event.factory';
import { ev, longLog, passModule, programmeSizedCurriculum } from '../factories/path.factory';

/** The machine as it lives: one event at a time through the actor, its actions and eventless transitions. */
function live(c: PathCurriculum, events: readonly PathEvent[]): { actor: PathActor; stages: Set<string> } {
  const actor = createActor(learnerPathMachine, { input: { curriculum: c } }).start();
  const stages = new Set([String(actor.getSnapshot().value)]);
  for (const e of events) {
    actor.send(e);
    stages.add(String(actor.getSnapshot().value));
  }
  return { actor, stages };
}

/** What a page reload stores and reads back. */
const persisted = (actor: PathActor) => JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));

function expectSameState(replayed: PathActor, lived: PathActor): void {
  expect(replayed.getSnapshot().value).toEqual(lived.getSnapshot().value);
  expect(replayed.getSnapshot().status).toBe('active');
  expect(replayed.getSnapshot().context).toEqual(lived.getSnapshot().context);
  expect(persisted(replayed)).toEqual(persisted(lived));
}

const withPlacement = (): PathCurriculum => ({
  ...programmeSizedCurriculum(),
  placementId: 'placement',
  placementRoleplayIds: ['rp-placement'],
});

/** Every event moves the path, and the learner goes through every stage, back to training and on again. */
function worstCase(c: PathCurriculum): PathEvent[] {
  const passAll = c.modules.flatMap((m) => passModule(c, m.id, 50));
  return [
    ev.placement({ 'c-0': { correct: 2, total: 4 } }, 1),
    ...longLog(c, 4000),
    ...passAll,
    ev.assessment('followup', [{ moduleId: 'm3', decision: 'review' }], { 'c-1': 0.8 }, 60),
    ...longLog(c, 4000),
    ...passAll,
    ev.assessment('followup', [{ moduleId: 'm0', decision: 'exempt' }], {}, 70),
  ];
}

describe('replaying the path by folding its reducer, without an actor per event', () => {
  it('a worst-case log (every event moves the path, every stage reached) gives the state the machine lives', () => {
    const c = withPlacement();
    const events = worstCase(c);
    const lived = live(c, events);
    expect([...lived.stages].sort()).toEqual(['completed', 'placement', 'training']);
    expect(lived.actor.getSnapshot().value).toBe('completed');
    expectSameState(replayPath(c, events), lived.actor);
  });

  it('a realistic stored log, with a trainer’s assessments and role-play score among it, gives the same state', () => {
    const c = programmeSizedCurriculum();
    const log = realisticLog(c, 10_000);
    const review = {
      at: '',
      kind: 'followup' as const,
      competencies: { 'c-2': 0.9 },
      decisions: [{ moduleId: 'm1', decision: 'review' as const }],
    };
    const initial = {
      at: '',
      kind: 'initial' as const,
      competencies: { 'c-0': 0.8 },
      decisions: [{ moduleId: 'm2', decision: 'exempt' as const }],
    };
    // Half a second after a stored event, so the order is known: right after it.
    const halfSecondAfter = (e: ProgressEvent | undefined) => new Date(Date.parse(e?.at ?? '') + 500).toISOString();
    const assessments = [
      { ...initial, at: halfSecondAfter(log[10]) },
      { ...review, at: halfSecondAfter(log[6000]) },
    ];
    const score: PathEvent = { type: 'roleplay.finished', at: halfSecondAfter(log[3000]), roleplayId: 'rp-5', moduleId: '', ratio: 0.95 };
    const sideAfter = new Map<number, PathEvent>([
      [10, assessmentEvent(assessments[0]!)],
      [3000, score],
      [6000, assessmentEvent(assessments[1]!)],
    ]);
    const inOrder = log.flatMap((e, i) => [...(toPathEvent(e) ? [toPathEvent(e)!] : []), ...(sideAfter.has(i) ? [sideAfter.get(i)!] : [])]);
    const lived = live(c, inOrder);
    expect(lived.actor.getSnapshot().context.decisions).toEqual({ m1: 'review', m2: 'exempt' });
    expectSameState(replayLog(c, log, undefined, assessments, [score]), lived.actor);
  });

  it('a fold resumed from a persisted snapshot gives the same state, and the actor it hands back lives on', () => {
    const c = withPlacement();
    const events = worstCase(c);
    const half = Math.floor(events.length / 2);
    const resumed = replayPath(c, events.slice(half), persisted(replayPath(c, events.slice(0, half))));
    const lived = live(c, events);
    expectSameState(resumed, lived.actor);
    const more = [ev.assessment('followup', [{ moduleId: 'm4', decision: 'review' }], {}, 80), ...passModule(c, 'm4', 81)];
    const stagesAfter = (actor: PathActor) =>
      more.map((e) => {
        actor.send(e);
        return actor.getSnapshot().value;
      });
    expect(stagesAfter(resumed)).toEqual(stagesAfter(lived.actor));
    expect(resumed.getSnapshot().context).toEqual(lived.actor.getSnapshot().context);
  });

  it('an empty log settles the first stage as the machine does at start', () => {
    expect(replayPath(withPlacement(), []).getSnapshot().value).toBe('placement');
    expect(replayPath(programmeSizedCurriculum(), []).getSnapshot().value).toBe('training');
    expectSameState(replayLog(programmeSizedCurriculum(), []), live(programmeSizedCurriculum(), []).actor);
  });
});
