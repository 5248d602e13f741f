import { beforeAll, describe, expect, it } from 'vitest';
import { roleplayLines } from '../../src/content-build/audio/speech-lines';
import { compileContent } from '../../src/content-build/compile-content';
import { normalizeSpeech } from '../../src/domain/audio/speech-text';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { MICRO_SENTENCES } from '../../src/domain/voice/micro-sentences';

// Reads the real curriculum: a role-play rewritten so a drill sentence is no longer its model answer fails here.
let pack: ContentPack;
beforeAll(async () => {
  const result = await compileContent('content');
  if (!result.ok) throw new Error('content/ ne compile pas');
  pack = result.pack;
}, 120_000);

describe('the micro drill’s sentences', () => {
  it('are 10 to 20, with distinct ids, each a model advisor line of its role-play (so the audio build renders it)', () => {
    expect(MICRO_SENTENCES.length).toBeGreaterThanOrEqual(10);
    expect(MICRO_SENTENCES.length).toBeLessThanOrEqual(20);
    expect(new Set(MICRO_SENTENCES.map((s) => s.id)).size).toBe(MICRO_SENTENCES.length);
    const roleplays = new Map(pack.modules.flatMap((m) => m.roleplays).map((r) => [r.id, r]));
    for (const s of MICRO_SENTENCES) {
      expect(s.id.length).toBeLessThanOrEqual(80);
      const rp = roleplays.get(s.roleplayId);
      expect(rp, s.roleplayId).toBeDefined();
      const advisor = roleplayLines(rp!.ink)
        .filter((l) => l.role === 'advisor')
        .map((l) => normalizeSpeech(l.text));
      expect(advisor, s.id).toContain(normalizeSpeech(s.text));
    }
  });
});
