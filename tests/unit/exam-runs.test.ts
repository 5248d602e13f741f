import { describe, expect, it } from 'vitest';
import { examClock } from '../../src/domain/exam/exam-clock';
import { examCallRuns, examResults } from '../../src/domain/exam/exam-runs';
import type { ExamSection } from '../../src/domain/exam/exam.schema';
import { progressEvent } from '../factories/event.factory';
import { ecfFactory, roleplayScoreFactory } from '../support/report-factory';

const section: Pick<ExamSection, 'parts' | 'ccpId' | 'title'> = {
  ccpId: 'ccp1',
  title: 'Examen blanc du CCP 1',
  parts: [
    { kind: 'reading', lessonId: 'eb-consignes' },
    { kind: 'call', roleplayId: 'rp-eb-1', minutes: 15 },
    { kind: 'call', roleplayId: 'rp-eb-2', minutes: 10 },
    { kind: 'written', lessonId: 'eb-ecrit', minutes: 30 },
  ],
};
const finished = (roleplayId: string, run: number, ratio: number, seq: number) =>
  progressEvent('roleplay.finished', { roleplayId, moduleId: 'eb-ccp1', run, ratio, passed: ratio >= 0.6, scores: {} }, seq);

describe('an exam section’s calls and results, for the trainer', () => {
  it('lists each call’s finished runs in order, with the trainer’s score of the run that has one', () => {
    const events = [finished('rp-eb-1', 2, 0.8, 5), finished('rp-eb-1', 1, 0.5, 3), finished('rp-autre', 1, 1, 4)];
    const scores = [
      roleplayScoreFactory({
        learnerId: 'demo-marius',
        scoreId: 's1',
        at: '2026-01-06T00:00:00.000Z',
        source: { kind: 'run', roleplayId: 'rp-eb-1', run: 2 },
        ratio: 0.67,
      }),
      roleplayScoreFactory({
        learnerId: 'demo-marius',
        scoreId: 's2',
        at: '2026-01-06T00:00:00.000Z',
        source: { kind: 'live', situation: 'rp-eb-1' },
        ratio: 0.1,
      }),
    ];
    expect(examCallRuns(section, events, scores)).toEqual([
      {
        roleplayId: 'rp-eb-1',
        runs: [
          { run: 1, at: events[1]?.at, ratio: 0.5 },
          { run: 2, at: events[0]?.at, ratio: 0.8, trainerRatio: 0.67 },
        ],
      },
      { roleplayId: 'rp-eb-2', runs: [] },
    ]);
  });

  it('finds the results recorded for the section: same CCP and the section’s title as the exercise', () => {
    const mine = { ...ecfFactory({ learnerId: 'demo-marius', ecfId: 'e1' }), basis: { kind: 'exercise' as const, title: section.title } };
    const otherCcp = { ...mine, _id: 'ecf:demo-marius:e2', ccpId: 'ccp2' };
    const otherExercise = ecfFactory({ learnerId: 'demo-marius', ecfId: 'e3' });
    expect(examResults(section, [otherCcp, mine, otherExercise]).map((d) => d._id)).toEqual([mine._id]);
  });
});

describe('the exam stopwatch', () => {
  const start = '2026-03-01T09:00:00.000Z';
  it('counts whole minutes spent and left against the planned time', () => {
    expect(examClock(start, new Date('2026-03-01T09:12:59.000Z'), 45)).toEqual({
      elapsedMinutes: 12,
      plannedMinutes: 45,
      remainingMinutes: 33,
      overtime: false,
    });
  });
  it('says the planned time is spent and keeps counting, never below zero before the start', () => {
    expect(examClock(start, new Date('2026-03-01T10:00:00.000Z'), 45)).toMatchObject({
      elapsedMinutes: 60,
      remainingMinutes: 0,
      overtime: true,
    });
    expect(examClock(start, new Date('2026-03-01T08:59:00.000Z'), 45)).toMatchObject({ elapsedMinutes: 0, overtime: false });
  });
});
