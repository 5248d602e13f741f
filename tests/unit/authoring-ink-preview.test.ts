import { describe, expect, it } from 'vitest';
import { analyseInk } from '../../src/domain/authoring/ink-checks';
import { playPath } from '../../src/domain/authoring/ink-preview';
import { STARTER_INK } from '../../src/domain/authoring/starter-roleplay';

const compiled = (source: string) => analyseInk(source).json as string;

describe('the role-play preview', () => {
  it('replays the choices already made on each new compile of the script', () => {
    const start = playPath(compiled(STARTER_INK), []);
    expect(start.choices.map((c) => c.text)).toEqual(['Bonjour, je vous écoute.', 'Oui, allô, c’est pour quoi exactement ?']);
    expect(playPath(compiled(STARTER_INK), [0]).lines.at(-1)?.text).toBe('Client : Elle n’est pas arrivée.');
    const edited = playPath(compiled(STARTER_INK.replace('Elle n’est pas arrivée.', 'Elle n’est toujours pas arrivée.')), [0]);
    expect(edited.replayed).toBe(1);
    expect(edited.lines.map((l) => l.text)).toContain('Client : Elle n’est toujours pas arrivée.');
    expect(edited.choices).toHaveLength(2);
  });

  it('stops the replay where a choice no longer exists', () => {
    expect(playPath(compiled(STARTER_INK), [1, 1]).ended).toBe(true);
    const oneChoice = STARTER_INK.replace('* [Oui, allô, c’est pour quoi exactement ? #greeting:-1]\n    -> besoin\n', '');
    const replay = playPath(compiled(oneChoice), [1, 1]);
    expect(replay.replayed).toBe(0);
    expect(replay.choices).toHaveLength(1);
  });
});
