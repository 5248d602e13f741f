/**
 * A short fingerprint of a compiled script (FNV-1a, 32 bits). A saved run remembers the script it was
 * played on: an ink state only makes sense in the story that wrote it.
 */
export function scriptVersion(inkJson: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < inkJson.length; i++) {
    h ^= inkJson.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${inkJson.length.toString(36)}-${h.toString(16).padStart(8, '0')}`;
}

/**
 * Whether a learner's saved run goes on or starts again: a run saved on another version of the script
 * restarts cleanly (the learner is told why); a run saved before versions were recorded goes on.
 */
export function resumeOrRestart(saved: { script?: string } | undefined, inkJson: string): 'new' | 'resume' | 'restart' {
  if (!saved) return 'new';
  if (saved.script === undefined || saved.script === scriptVersion(inkJson)) return 'resume';
  return 'restart';
}
