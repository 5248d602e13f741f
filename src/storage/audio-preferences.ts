const PREFIX = 'relais.audio.autoplay.';

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
