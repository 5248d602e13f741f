import { describe, expect, it } from 'vitest';
import { analyseInk } from '../../src/domain/authoring/ink-checks';
import { STARTER_INK } from '../../src/domain/authoring/starter-roleplay';
import { resumeOrRestart, scriptVersion } from '../../src/domain/roleplay/script-version';

const compiled = (source: string) => analyseInk(source).json as string;

describe('learners in the middle of a changed module', () => {
  it('a role-play saved on an earlier version of its script restarts cleanly; the same script resumes', () => {
    const v1 = compiled(STARTER_INK);
    const v2 = compiled(STARTER_INK.replace('Elle n’est pas arrivée.', 'Elle n’est toujours pas arrivée.'));
    const saved = { script: scriptVersion(v1) };
    expect(resumeOrRestart(saved, v1)).toBe('resume');
    expect(resumeOrRestart(saved, v2)).toBe('restart');
    expect(resumeOrRestart(undefined, v2)).toBe('new');
    // A run saved before runs recorded their script goes on as it always did.
    expect(resumeOrRestart({}, v2)).toBe('resume');
  });
});
