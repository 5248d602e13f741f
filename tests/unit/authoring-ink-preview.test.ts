import { describe, expect, it } from 'vitest';
import { InkPreview } from '../../src/app/trainer/authoring/ink-preview.svelte';
import { analyseInk } from '../../src/domain/authoring/ink-checks';
import { STARTER_INK } from '../../src/domain/authoring/starter-roleplay';

const compiled = (source: string) => analyseInk(source).json as string;

describe('the role-play preview', () => {
  it('replays the choices already made on each new compile of the script', () => {
    const preview = new InkPreview();
    preview.load(compiled(STARTER_INK));
    expect(preview.choices.map((c) => c.text)).toEqual(['Bonjour, je vous écoute.', 'Oui, allô, c’est pour quoi exactement ?']);
    preview.choose(0);
    expect(preview.lines.at(-1)?.text).toBe('Client : Elle n’est pas arrivée.');
    preview.load(compiled(STARTER_INK.replace('Elle n’est pas arrivée.', 'Elle n’est toujours pas arrivée.')));
    expect(preview.replayed).toBe(1);
    expect(preview.lines.map((l) => l.text)).toContain('Client : Elle n’est toujours pas arrivée.');
    expect(preview.choices).toHaveLength(2);
  });

  it('stops the replay where a choice no longer exists', () => {
    const preview = new InkPreview();
    preview.load(compiled(STARTER_INK));
    preview.choose(1);
    preview.choose(1);
    expect(preview.ended).toBe(true);
    const oneChoice = STARTER_INK.replace('* [Oui, allô, c’est pour quoi exactement ? #greeting:-1]\n    -> besoin\n', '');
    preview.load(compiled(oneChoice));
    expect(preview.replayed).toBe(0);
    expect(preview.choices).toHaveLength(1);
  });
});
