import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content-build/compile-content';
import { exploreInk } from '../../src/domain/authoring/ink-explore';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import type { Roleplay } from '../../src/domain/content/roleplay.schema';
import { declaredLookups } from '../../src/domain/roleplay/roleplay-lookup';
import { RoleplayRun } from '../../src/domain/roleplay/roleplay-run';

// Reads the real programme in content/: these fail when the role-plays of issue 14 regress.
let pack: ContentPack;
beforeAll(async () => {
  const result = await compileContent('content');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.message}`).join('\n'));
  pack = result.pack;
}, 120_000);

const roleplays = (): Roleplay[] => pack.modules.flatMap((m) => m.roleplays);
const withLookups = () => roleplays().filter((r) => r.customerFile || r.knowledge);

/** Plays the first option at each point, after opening every resource the script offers (or none). */
function playFirst(r: Roleplay, open: boolean): string {
  const run = new RoleplayRun(r.ink);
  for (let guard = 0; !run.finished && guard < 50; guard++) {
    if (open) for (const { resource } of declaredLookups(r.ink)) run.consult(resource);
    run.choose(0);
  }
  return run.transcript.map((l) => l.text).join('\n');
}

describe('the role-plays of the real programme', () => {
  it('has at least 24 with the exam pack’s calls, one at least in every module but the first', () => {
    const examCalls = (pack.exam ?? []).flatMap((s) => s.roleplays ?? []);
    expect(roleplays().length + examCalls.length).toBeGreaterThanOrEqual(24);
    // Module 1 (14 h: the trade, the title, the CV) gave its final-interview call to the exam pack.
    expect(pack.modules.filter((m) => !m.roleplays.length).map((m) => m.id)).toEqual(['m01-metier']);
  });

  it('has at least four calls where the learner looks things up, and each script reads what he opened', () => {
    expect(withLookups().length).toBeGreaterThanOrEqual(4);
    for (const r of withLookups()) {
      const lookups = declaredLookups(r.ink);
      expect(lookups.length, r.id).toBeGreaterThan(0);
      // Declared is not enough: each variable must be read by a condition somewhere in the script.
      for (const { variable } of lookups)
        expect(r.ink.match(new RegExp(`"VAR\\?":"${variable}"`, 'g'))?.length ?? 0, `${r.id} ${variable}`).toBeGreaterThan(0);
      expect(exploreInk(r.ink).truncated, r.id).toBe(false);
    }
  });

  it('ends differently when the learner opened the file and the articles', () => {
    for (const r of withLookups()) expect(playFirst(r, true), r.id).not.toEqual(playFirst(r, false));
  });
});
