import { describe, expect, it } from 'vitest';
import { classReport } from '../../src/domain/trainer/class-report';
import { learnerReport } from '../../src/domain/trainer/learner-report';
import { gradeRatio } from '../../src/domain/trainer/trainer-score';
import { replayLog } from '../../src/domain/path/path-replay';
import { progressEvent, realisticLog } from '../factories/event.factory';
import { pathCurriculum } from '../factories/path.factory';
import { ecfFactory, reportProgramme, roleplayScoreFactory } from '../support/report-factory';
import type { ProgressEvent } from '../../src/domain/records/progress-event.schema';

const c = pathCurriculum();
const programme = reportProgramme(c);
const learner = { learnerId: 'demo-marius', firstName: 'Marius' };
const input = (events: ProgressEvent[], extra: Partial<Parameters<typeof learnerReport>[2]> = {}) => ({
  learner,
  events,
  assessments: [],
  scores: [],
  ecfs: [],
  ...extra,
});

/** Sessions, each with the given events inside. */
function sessions(count: number, inside: (i: number, seq: () => number) => ProgressEvent[] = () => []): ProgressEvent[] {
  const out: ProgressEvent[] = [];
  let seq = 0;
  const next = () => ++seq;
  for (let i = 0; i < count; i++) {
    out.push(progressEvent('session.started', { sessionId: `s-${i}` }, next()));
    out.push(...inside(i, next));
    out.push(progressEvent('session.ended', { sessionId: `s-${i}`, activeSeconds: 1800, reason: 'signout' }, next()));
  }
  return out;
}

describe('learner report', () => {
  it('sums active hours against the programme hours and places the learner on the path', () => {
    const events = sessions(4, (i, seq) =>
      i === 0 ? [progressEvent('lesson.completed', { moduleId: 'm1', lessonId: 'm1-l1' }, seq())] : [],
    );
    const r = learnerReport(programme, c, input(events));
    expect(r.activeHours).toBe(2);
    expect(r.totalHours).toBe(455);
    expect(r.next).toEqual({ kind: 'lesson', moduleId: 'm1', lessonId: 'm1-l2' });
    expect(r.modules.map((m) => m.status)).toEqual(['in-progress', 'locked', 'locked']);
    expect(r.blocks[0]?.competencies.map((x) => x.id)).toEqual(['c-a', 'c-b']);
  });

  it('puts the trainer score beside the automatic one, and it counts toward the competency', () => {
    const events = sessions(1, (_i, seq) => [
      progressEvent(
        'roleplay.finished',
        { roleplayId: 'rp-2', moduleId: 'm2', run: 1, ratio: 0.4, passed: false, scores: { greeting: { got: 1, max: 3 } } },
        seq(),
      ),
    ]);
    const before = learnerReport(programme, c, input(events));
    expect(before.blocks[0]?.competencies.find((x) => x.id === 'c-b')?.mastery).toBeCloseTo(0.4);
    const score = roleplayScoreFactory({
      learnerId: 'demo-marius',
      scoreId: 's1',
      at: '2026-01-06T10:00:00.000Z',
      source: { kind: 'run', roleplayId: 'rp-2', run: 1 },
      ratio: 0.9,
    });
    const after = learnerReport(programme, c, input(events, { scores: [score] }));
    expect(after.roleplays).toEqual([
      expect.objectContaining({
        roleplayId: 'rp-2',
        run: 1,
        automatic: { ratio: 0.4, passed: false },
        trainer: { ratio: 0.9, passed: true, scoreId: 's1' },
      }),
    ]);
    expect(after.blocks[0]?.competencies.find((x) => x.id === 'c-b')?.mastery).toBeCloseTo(0.9);
  });

  it('counts a live classroom role-play toward the competencies the trainer chose', () => {
    const live = roleplayScoreFactory({
      learnerId: 'demo-marius',
      scoreId: 'live-1',
      at: '2026-01-06T10:00:00.000Z',
      source: { kind: 'live', situation: 'Client mécontent' },
      ratio: 2 / 3,
      competencies: ['c-a'],
    });
    const r = learnerReport(programme, c, input([], { scores: [live] }));
    expect(r.roleplays[0]).toMatchObject({ roleplayId: null, situation: 'Client mécontent', automatic: null });
    expect(r.blocks[0]?.competencies.find((x) => x.id === 'c-a')?.mastery).toBeCloseTo(2 / 3);
  });

  it('lists each written reply sent, with the trainer score of that reply once there is one', () => {
    const reply = (attempt: number, seq: () => number) =>
      progressEvent(
        'written.submitted',
        { quizId: 'm1-quiz', moduleId: 'm1', itemId: 'q-mail', attempt, text: 'Bonjour Madame, …', hintsSeen: true },
        seq(),
      );
    const events = sessions(1, (_i, seq) => [reply(1, seq), reply(2, seq)]);
    const score = roleplayScoreFactory({
      learnerId: 'demo-marius',
      scoreId: 'w2',
      at: '2026-01-06T10:00:00.000Z',
      source: { kind: 'written', itemId: 'q-mail', attempt: 2 },
      ratio: 0.75,
      competencies: ['c-a'],
    });
    const r = learnerReport(programme, c, input(events, { scores: [score] }));
    expect(r.written).toEqual([
      expect.objectContaining({ itemId: 'q-mail', moduleId: 'm1', attempt: 1, trainer: null }),
      expect.objectContaining({ itemId: 'q-mail', attempt: 2, trainer: { ratio: 0.75, passed: true, scoreId: 'w2' } }),
    ]);
    // A score of another reply (or of a run) is not put against this one.
    expect(learnerReport(programme, c, input(events)).written.every((w) => w.trainer === null)).toBe(true);
  });

  it('lists the items the spaced review keeps bringing back, most lapses first, and the ECFs', () => {
    let seq = 0;
    const miss = (itemIds: string[]) =>
      progressEvent(
        'quiz.submitted',
        { quizId: 'm1-quiz', moduleId: 'm1', attempt: 1, score: 0.5, passed: false, byCompetency: {}, missedItemIds: itemIds },
        ++seq,
      );
    const events = [miss(['q-1', 'q-2']), progressEvent('review.rated', { itemId: 'q-1', rating: 3 }, ++seq), miss(['q-1']), miss(['q-1'])];
    const r = learnerReport(programme, c, input(events, { ecfs: [ecfFactory({ learnerId: 'demo-marius', ecfId: 'ecf-1' })] }));
    expect(r.weakPoints.map((w) => w.itemId)).toEqual(['q-1']);
    expect(r.weakPoints[0]?.returns).toBe(3);
    expect(r.ecfs).toEqual([{ ecfId: 'ecf-1', date: '2026-02-10', ccpId: 'ccp1', acquired: 1, total: 2 }]);
  });

  it('gives the same report from a path checkpoint as from the whole log', () => {
    const events = realisticLog(c, 600);
    const actor = replayLog(c, events.slice(0, 400));
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const fromCheckpoint = learnerReport(programme, c, input(events, { checkpoint: { persisted, throughSeq: 400 } }));
    expect(fromCheckpoint).toEqual(learnerReport(programme, c, input(events)));
  });
});

describe('class report', () => {
  it('shows a learner with no progress for N sessions as stuck, with where', () => {
    const stuck = sessions(4, (i, seq) =>
      i === 0 ? [progressEvent('lesson.completed', { moduleId: 'm1', lessonId: 'm1-l1' }, seq())] : [],
    );
    const moving = sessions(4, (i, seq) => [progressEvent('lesson.completed', { moduleId: 'm1', lessonId: `m1-l${(i % 2) + 1}` }, seq())]);
    const r = classReport(programme, c, [
      { ...input(stuck), learner: { learnerId: 'ana', firstName: 'Ana' } },
      { ...input(moving.slice(0, 6)), learner: { learnerId: 'ben', firstName: 'Ben' } },
    ]);
    expect(r.rows[0]?.stuck).toEqual([{ kind: 'no-progress', sessions: 3, moduleId: 'm1' }]);
    expect(r.rows[1]?.stuck).toEqual([]);
  });

  it('shows repeated failures on one item, and the items most often failed across the class', () => {
    const answers = (learnerId: string, correct: boolean[]) =>
      correct.map((ok, i) =>
        progressEvent('quiz.answered', { quizId: 'm1-quiz', attempt: i + 1, itemId: 'q-7', answer: 0, correct: ok }, i + 1, learnerId),
      );
    const r = classReport(programme, c, [
      { ...input(answers('ana', [false, false, false])), learner: { learnerId: 'ana', firstName: 'Ana' } },
      { ...input(answers('ben', [false, false, true])), learner: { learnerId: 'ben', firstName: 'Ben' } },
    ]);
    expect(r.rows[0]?.stuck).toEqual([{ kind: 'repeated-failure', itemId: 'q-7', failures: 3 }]);
    expect(r.rows[1]?.stuck).toEqual([]);
    expect(r.mostFailed).toEqual([{ itemId: 'q-7', wrong: 5, answers: 6, learners: 2 }]);
    expect(r.competencies.map((x) => x.id)).toEqual(['c-a', 'c-b']);
  });
});

describe('trainer grid', () => {
  it('scores the mean level over the graded criteria', () => {
    expect(gradeRatio({ greeting: { level: 3, comment: '' }, closing: { level: 0, comment: '' } })).toBe(0.5);
    expect(gradeRatio({})).toBe(0);
  });
});

describe('Dossier Professionnel', () => {
  it('offers runs, trainer scores and ECFs under the CCPs they cover, and prints in the title’s order', async () => {
    const { dpCandidates, dpInOrder } = await import('../../src/domain/trainer/dp-candidates');
    const twoCcps = {
      ...programme,
      blocks: [
        ...programme.blocks,
        { id: 'ccp2', kind: 'ccp' as const, title: 'CCP 2', competencies: [{ id: 'c-z', title: 'Z', threshold: 0.7, skills: [] }] },
      ],
    };
    const run = progressEvent('roleplay.finished', { roleplayId: 'rp-2', moduleId: 'm2', run: 1, ratio: 0.7, passed: true, scores: {} }, 1);
    const live = roleplayScoreFactory({
      learnerId: 'demo-marius',
      scoreId: 'live-1',
      at: '2026-01-08T10:00:00.000Z',
      source: { kind: 'live', situation: 'Relance' },
      ratio: 1,
      competencies: ['c-z'],
    });
    const candidates = dpCandidates(
      twoCcps,
      [run],
      [live],
      [ecfFactory({ learnerId: 'demo-marius', ecfId: 'ecf-1' })],
      new Map([['rp-2', ['c-b']]]),
    );
    expect(candidates.map((x) => [x.source.kind, x.ccpIds])).toEqual([
      ['ecf', ['ccp1']],
      ['roleplay-score', ['ccp2']],
      ['roleplay-run', ['ccp1']],
    ]);
    const ex = (kind: 'ecf') => ({ source: { kind, ecfId: 'ecf-1' }, annotation: '' });
    expect(
      dpInOrder(twoCcps, {
        activities: [
          { ccpId: 'ccp2', examples: [ex('ecf')] },
          { ccpId: 'ccp1', examples: [ex('ecf')] },
        ],
      }).map((a) => a.ccpId),
    ).toEqual(['ccp1', 'ccp2']);
  });
});

describe('trainer scores in the learner path', () => {
  it('counts a scored run where the path reads role-play results (best evidence), and ignores live ones there', async () => {
    const { roleplayScoreEvent } = await import('../../src/domain/path/path-events');
    const run = progressEvent(
      'roleplay.finished',
      { roleplayId: 'rp-2', moduleId: 'm2', run: 1, ratio: 0.4, passed: false, scores: {} },
      1,
    );
    const scored = roleplayScoreFactory({
      learnerId: 'demo-marius',
      scoreId: 's1',
      at: '2026-01-06T10:00:00.000Z',
      source: { kind: 'run', roleplayId: 'rp-2', run: 1 },
      ratio: 0.9,
    });
    const live = roleplayScoreFactory({
      learnerId: 'demo-marius',
      scoreId: 'l1',
      at: '2026-01-06T10:00:00.000Z',
      source: { kind: 'live', situation: 'Relance' },
      ratio: 1,
    });
    expect(roleplayScoreEvent(live)).toBeUndefined();
    const ctx = replayLog(c, [run], undefined, [], [roleplayScoreEvent(scored)!]).getSnapshot().context;
    expect(ctx.roleplayEvidence['rp-2']).toBe(0.9);
    expect(ctx.progress.m2?.roleplayBest['rp-2']).toBe(0.9);
    expect(replayLog(c, [run]).getSnapshot().context.roleplayEvidence['rp-2']).toBe(0.4);
  });
});
