import { describe, expect, it } from 'vitest';
import { idlePhase, MAX_ACTIVE_GAP_SECONDS, recordActivity, startClock, warningSeconds } from '../../src/domain/session/active-time';

describe('session active time and idle sign-out', () => {
  it('counts the time between actions, but never more than a minute for one pause', () => {
    let clock = startClock(0);
    clock = recordActivity(clock, 20_000);
    clock = recordActivity(clock, 50_000);
    expect(clock.activeSeconds).toBe(50);
    clock = recordActivity(clock, 50_000 + 15 * 60_000);
    expect(clock.activeSeconds).toBe(50 + MAX_ACTIVE_GAP_SECONDS);
  });

  it('warns during the last minute of a 10-minute timeout, then expires', () => {
    const clock = startClock(0);
    expect(idlePhase(clock, 539_000, 600)).toBe('active');
    expect(idlePhase(clock, 540_000, 600)).toBe('warning');
    expect(idlePhase(clock, 600_000, 600)).toBe('expired');
  });

  it('warns for half of a very short timeout (used by the browser tests)', () => {
    expect(warningSeconds(6)).toBe(3);
    expect(idlePhase(startClock(0), 3000, 6)).toBe('warning');
    expect(idlePhase(recordActivity(startClock(0), 5000), 7000, 6)).toBe('active');
  });
});
