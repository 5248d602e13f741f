import { describe, expect, it } from 'vitest';
import { placementStage, placementSummary } from '../../src/domain/path/placement-summary';
import { replayPath } from '../../src/domain/path/path-replay';
import { ev, pathCurriculum } from '../factories/path.factory';

const contextOf = (events: Parameters<typeof replayPath>[1], placement = true) =>
  replayPath(pathCurriculum({ placement }), events).getSnapshot().context;

describe('placement summary (the bilan is not an exam)', () => {
  it('goes from its questions to its call to done', () => {
    expect(placementStage(contextOf([]))).toBe('questions');
    const placed = ev.placement({ 'c-a': { correct: 4, total: 4 }, 'c-b': { correct: 1, total: 4 } });
    expect(placementStage(contextOf([placed]))).toBe('call');
    expect(placementStage(contextOf([placed, ev.roleplay('placement', 'rp-placement', 0.2, 1)]))).toBe('done');
    expect(placementStage(contextOf([], false))).toBe('done');
  });

  it('names what the learner is at ease with and what will be worked on, from each competency threshold', () => {
    expect(placementSummary(contextOf([]))).toBeNull();
    const ctx = contextOf([ev.placement({ 'c-a': { correct: 3, total: 4 }, 'c-b': { correct: 1, total: 4 } })]);
    expect(placementSummary(ctx)).toEqual({ atEase: ['c-a'], toWork: ['c-b'] });
  });

  it('orders the points to work on from the weakest, and leaves out competencies the bilan did not measure', () => {
    const ctx = contextOf([ev.placement({ 'c-a': { correct: 2, total: 4 }, 'c-b': { correct: 0, total: 4 } })]);
    expect(placementSummary(ctx)).toEqual({ atEase: [], toWork: ['c-b', 'c-a'] });
    expect(placementSummary(contextOf([ev.placement({ 'c-b': { correct: 4, total: 4 } })]))).toEqual({ atEase: ['c-b'], toWork: [] });
  });
});
