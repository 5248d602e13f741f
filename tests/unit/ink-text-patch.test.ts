import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/domain/authoring/ink-compile';
import { patchInkText } from '../../src/domain/authoring/ink-text-patch';

const compiled = (source: string) => {
  const { json, errors } = compileInk(source);
  if (!json) throw new Error(errors.map((e) => e.message).join('; '));
  return json;
};

const SCRIPT = `-> accueil
=== accueil ===
Client : Bonjour, j’appelle pour ma facture.
    Conseiller : Je vous écoute.
* [Je regarde votre dossier. #listening:1]
    Vous ouvrez le dossier.
    -> fin
* [Un instant. #listening:0]
    -> fin
=== fin ===
Client : Merci, au revoir.
-> END
`;

describe('patching the preview’s JSON for a reworded line', () => {
  it('gives exactly the compiler’s JSON when one plain line is reworded', () => {
    const prev = compiled(SCRIPT);
    for (const [from, to] of [
      ['Client : Bonjour, j’appelle pour ma facture.', 'Client : Bonjour, j’appelle pour ma facture de mai.'],
      ['    Conseiller : Je vous écoute.', '      Conseiller : Je vous écoute, madame.'],
      ['    Vous ouvrez le dossier.', '    Vous ouvrez « le » dossier : 12 € (50 %) ?'],
      ['Client : Merci, au revoir.', 'Client : "Merci", au revoir.'],
    ] as const) {
      const next = SCRIPT.replace(from, to);
      expect(patchInkText(SCRIPT, prev, next), to).toBe(compiled(next));
    }
  });

  it('compiles again for anything but new wording of one plain line', () => {
    const prev = compiled(SCRIPT);
    for (const next of [
      SCRIPT.replace('Je regarde votre dossier.', 'Je regarde votre dossier tout de suite.'),
      SCRIPT.replace('-> fin\n* [Un', '-> accueil\n* [Un'),
      SCRIPT.replace('Client : Merci, au revoir.', 'Client : Merci, au revoir. #ton:1'),
      SCRIPT.replace('Client : Merci, au revoir.', 'Client : Merci {nom}, au revoir.'),
      SCRIPT.replace('Client : Merci, au revoir.', 'Client : Merci <> au revoir.'),
      SCRIPT.replace('Client : Merci, au revoir.', 'Client : Merci // au revoir.'),
      SCRIPT.replace('Client : Merci, au revoir.', '* Merci, au revoir.'),
      SCRIPT.replace('Client : Merci, au revoir.', ''),
      SCRIPT.replace('Client : Merci, au revoir.', 'Client : Merci,  au revoir.'),
      SCRIPT.replace('Client : Merci, au revoir.', 'Client : Merci.\nAu revoir.'),
      SCRIPT.replace('Client : Bonjour', 'Client : Bonsoir').replace('Client : Merci', 'Client : Mercii'),
    ]) {
      expect(patchInkText(SCRIPT, prev, next)).toBeUndefined();
    }
  });

  it('compiles again when the line’s text appears twice in the story', () => {
    const twice = SCRIPT.replace('Client : Merci, au revoir.', 'Client : Bonjour, j’appelle pour ma facture.');
    const next = twice.replace(/Client : Bonjour, j’appelle pour ma facture\.\n-> END/, 'Client : Au revoir.\n-> END');
    expect(patchInkText(twice, compiled(twice), next)).toBeUndefined();
  });

  it('matches the compiler on the lines of every role-play of the curriculum', () => {
    const root = join(__dirname, '../../content/modules');
    const scripts = readdirSync(root).flatMap((m) => {
      const dir = join(root, m, 'roleplays');
      try {
        return readdirSync(dir)
          .filter((f) => f.endsWith('.ink'))
          .map((f) => join(dir, f));
      } catch {
        return [];
      }
    });
    expect(scripts.length).toBeGreaterThan(20);
    let patched = 0;
    for (const file of scripts) {
      const source = readFileSync(file, 'utf8');
      const json = compiled(source);
      const lines = source.split('\n');
      // Two lines per script: the first and the last that the patch takes.
      const candidates = lines
        .map((line, i) => ({ line, i }))
        .filter(({ line, i }) => {
          const next = [...lines];
          next[i] = `${line} Modifié.`;
          return line.trim() && patchInkText(source, json, next.join('\n')) !== undefined;
        });
      for (const { line, i } of [candidates[0], candidates.at(-1)].filter((c) => c !== undefined)) {
        const next = [...lines];
        next[i] = `${line} Modifié.`;
        const source2 = next.join('\n');
        expect(patchInkText(source, json, source2), `${file}:${i + 1}`).toBe(compiled(source2));
        patched++;
      }
    }
    expect(patched).toBeGreaterThan(30);
  });
});
