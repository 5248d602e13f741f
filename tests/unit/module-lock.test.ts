import { describe, expect, it } from 'vitest';
import { isAllowedInModule } from '../../src/domain/path/module-lock';
import { moduleStatuses } from '../../src/domain/path/path-derive';
import { replayPath } from '../../src/domain/path/path-replay';
import { ev, pathCurriculum } from '../factories/path.factory';

const statusesAfter = (events: Parameters<typeof replayPath>[1]) =>
  moduleStatuses(replayPath(pathCurriculum(), events).getSnapshot().context);

describe('what a locked module allows', () => {
  it('lets a locked module be read ahead, but nothing in it counts as done', () => {
    const status = statusesAfter([]).m2;
    expect(status).toBe('locked');
    expect(isAllowedInModule(status, 'read')).toBe(true);
    expect(isAllowedInModule(status, 'complete-lesson')).toBe(false);
    expect(isAllowedInModule(status, 'take-quiz')).toBe(false);
    expect(isAllowedInModule(status, 'play-roleplay')).toBe(false);
  });

  it('opens everything once the prerequisites are passed', () => {
    const status = statusesAfter([ev.lesson('m1', 'm1-l1', 0), ev.lesson('m1', 'm1-l2', 1), ev.quiz('m1', true, {}, 2)]).m2;
    expect(status).toBe('available');
    for (const act of ['read', 'complete-lesson', 'take-quiz', 'play-roleplay'] as const) expect(isAllowedInModule(status, act)).toBe(true);
  });

  it('leaves modules outside the path open', () => {
    expect(isAllowedInModule(undefined, 'complete-lesson')).toBe(true);
    // The bilan's call belongs to no module: it always counts.
    expect(isAllowedInModule(undefined, 'play-roleplay')).toBe(true);
  });
});
