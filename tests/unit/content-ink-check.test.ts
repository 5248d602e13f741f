import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/content-build/ink';
import { checkInkStory, exploreInk } from '../../src/content-build/ink-check';

// Two runs that reach the same choice with different variables must both be explored:
// here only the calm run (colere 0) can reach the knot « calme ».
const MOOD_SCRIPT = `VAR colere = 0
-> a
=== a ===
* [Bonjour #greeting:1]
    -> b
* [Allô #greeting:-1]
    ~ colere = colere + 2
    -> b
=== b ===
* [Je vous écoute #listening:1]
    { colere >= 2: -> fache | -> calme }
=== fache ===
Le client raccroche.
-> END
=== calme ===
Le client remercie.
-> END
`;

describe('ink exploration', () => {
  it('keeps runs apart when their variables differ, so no reachable knot is reported unreachable', () => {
    const { json } = compileInk(MOOD_SCRIPT);
    expect(json).toBeDefined();
    const ex = exploreInk(json as string);
    expect([...ex.visitedKnots].sort()).toEqual(['a', 'b', 'calme', 'fache']);
    expect(ex.endings).toBe(2);
    expect(checkInkStory(json as string)).toEqual([]);
  });
});
