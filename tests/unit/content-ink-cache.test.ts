import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInk, checkInkCached } from '../../src/content-build/ink-cache';

const SCRIPT = `-> accueil
=== accueil ===
Client : Bonjour.
* [Bonjour, je vous écoute. #listening:1]
    -> fin
* [Oui ? #listening:0]
    -> perdu
=== perdu ===
Client : Allô ?
=== fin ===
-> END
=== jamais ===
Client : Personne ne vient ici.
-> END
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relais-ink-cache-'));
  process.env.RELAIS_INK_CACHE = dir;
});
afterAll(async () => {
  delete process.env.RELAIS_INK_CACHE;
  await rm(dir, { recursive: true, force: true });
});

describe('the content build’s cache of ink checks', () => {
  it('gives what the checks give, then reads it back from the cache', async () => {
    const fresh = checkInk(SCRIPT);
    // The checks found the dead end and the knot no path reaches: the cache must keep them.
    expect(fresh.problems.map((p) => p.message).join('\n')).toMatch(/impasse[\s\S]*jamais|jamais[\s\S]*impasse/);
    expect(await checkInkCached(SCRIPT)).toEqual(fresh);
    expect(await readdir(dir)).toHaveLength(1);
    const entry = (await readdir(dir))[0] as string;
    // A second build reads the entry: change it on disk and the change shows.
    await writeFile(join(dir, entry), JSON.stringify({ ...fresh, problems: [{ message: 'lu depuis le cache' }] }));
    expect((await checkInkCached(SCRIPT)).problems).toEqual([{ message: 'lu depuis le cache' }]);
  });

  it('checks a changed script again', async () => {
    const edited = SCRIPT.replace('-> perdu', '-> fin');
    const result = await checkInkCached(edited);
    expect(result).toEqual(checkInk(edited));
    expect(result.problems.some((p) => /impasse/.test(p.message))).toBe(false);
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('keeps a script that does not compile out of the pack with its errors', async () => {
    const broken = SCRIPT.replace('-> fin\n*', '-> nulle_part\n*');
    const result = await checkInkCached(broken);
    expect(result.json).toBeUndefined();
    expect(result.errors.length).toBeGreaterThan(0);
  });
});
