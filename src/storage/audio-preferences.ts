const PREFIX = 'relais.audio.autoplay.';
const ORAL_PREFIX = 'relais.voice.oral.';

/**
 * Whether role-play customer lines play by themselves, per learner on this terminal (a setting of the
 * screen, not of the learner's record: it is not synced). On unless the learner turned it off.
 */
export function readAutoplay(learnerId: string): boolean {
  return localStorage.getItem(PREFIX + learnerId) !== 'off';
}

export function writeAutoplay(learnerId: string, on: boolean): void {
  if (on) localStorage.removeItem(PREFIX + learnerId);
  else localStorage.setItem(PREFIX + learnerId, 'off');
}

/**
 * Whether this learner answers role-plays aloud on this terminal: off unless he turned the oral mode on,
 * and on again in his next call or after a reload until he turns it off.
 */
export function readOralMode(learnerId: string): boolean {
  try {
    return localStorage.getItem(ORAL_PREFIX + learnerId) === 'on';
  } catch {
    return false;
  }
}

export function writeOralMode(learnerId: string, on: boolean): void {
  try {
    if (on) localStorage.setItem(ORAL_PREFIX + learnerId, 'on');
    else localStorage.removeItem(ORAL_PREFIX + learnerId);
  } catch {
    // Blocked storage: the mode holds for this call only.
  }
}
