import { describe, expect, it } from 'vitest';
import { highlightInkLine, type InkToken } from '../../src/domain/authoring/ink-highlight';
import { STARTER_INK } from '../../src/domain/authoring/starter-roleplay';

/** The runs of a line as `kind:text` (plain text as `:text`), easy to read in a failure. */
const runs = (line: string) => highlightInkLine(line).map((t) => `${t.kind ?? ''}:${t.text}`);
const joined = (tokens: InkToken[]) => tokens.map((t) => t.text).join('');

/** A script with every kind of line the highlighter knows, and some it must leave alone. */
const SAMPLE = `// The caller's first words.
VAR patience = 3
CONST MAX = 5
INCLUDE autres.ink
EXTERNAL beep()
-> accueil
=== accueil === // start here
= premier_contact
Client : Bonjour, j’appelle pour ma commande. #voix:calme #lieu:guichet
* [Bonjour, je vous écoute. #greeting:2]
    -> besoin
* [Oui, allô ? #greeting:-1] // too short
    ~ patience = patience - 1
    -> besoin.detail
+ {patience > 1} [Encore une question] -> accueil
** [Sous-choix] Texte après.
  - - (retour) On revient.
- Suite de la conversation.
=== besoin ===
Il dit : 3 - 2 = 1, {patience: encore là|parti}.
= detail
Client : Elle n’est pas arrivée. // TODO
->->
=== function note(x) ===
~ return x * 2
-> END
\t
Un { ouvert
`;

describe('ink highlighting, one line at a time', () => {
  it('colours knots and stitches as headers, with a trailing comment apart', () => {
    expect(runs('=== accueil ===')).toEqual(['knot:=== accueil ===']);
    expect(runs('= premier_contact')).toEqual(['knot:= premier_contact']);
    expect(runs('=== function note(x) ===')).toEqual(['knot:=== function note(x) ===']);
    expect(runs('=== accueil === // start here')).toEqual(['knot:=== accueil === ', 'comment:// start here']);
  });

  it('colours the bullets of choices (once and sticky, nested) and of gathers, not a minus in the text', () => {
    expect(runs('* [Bonjour.] Suite')).toEqual(['choice:* ', ':[Bonjour.] Suite']);
    expect(runs('+ [Encore]')).toEqual(['choice:+ ', ':[Encore]']);
    expect(runs('** [Sous-choix]')).toEqual(['choice:** ', ':[Sous-choix]']);
    expect(runs('  - - (retour) On revient.')).toEqual(['gather:  - - ', ':(retour) On revient.']);
    expect(runs('Il dit : 3 - 2 = 1')).toEqual([':Il dit : 3 - 2 = 1']);
  });

  it('colours diverts, to a knot, a stitch, the end and a tunnel’s return, and never takes one for a gather', () => {
    expect(runs('    -> besoin')).toEqual([':    ', 'divert:-> besoin']);
    expect(runs('-> besoin.detail')).toEqual(['divert:-> besoin.detail']);
    expect(runs('-> END')).toEqual(['divert:-> END']);
    expect(runs('->->')).toEqual(['divert:->', 'divert:->']);
    expect(runs('* [Fin] -> fin')).toEqual(['choice:* ', ':[Fin] ', 'divert:-> fin']);
  });

  it('colours each tag up to the next tag, a comment, the line’s end, or the bracket that closes a choice', () => {
    expect(runs('Client : Bonjour. #voix:calme #lieu:guichet')).toEqual([
      ':Client : Bonjour. ',
      'tag:#voix:calme',
      ': ',
      'tag:#lieu:guichet',
    ]);
    expect(runs('* [Bonjour, je vous écoute. #greeting:2]')).toEqual(['choice:* ', ':[Bonjour, je vous écoute. ', 'tag:#greeting:2', ':]']);
    expect(runs('Texte #a // note')).toEqual([':Texte ', 'tag:#a', ': ', 'comment:// note']);
  });

  it('colours comments, whole lines and line ends', () => {
    expect(runs('// tout')).toEqual(['comment:// tout']);
    expect(runs('  // indenté')).toEqual(['comment:  // indenté']);
    expect(runs('Texte // note')).toEqual([':Texte ', 'comment:// note']);
  });

  it('colours logic: declarations, ~ lines, and inline braces (a brace left open too)', () => {
    expect(runs('VAR patience = 3')).toEqual(['logic:VAR patience = 3']);
    expect(runs('CONST MAX = 5')).toEqual(['logic:CONST MAX = 5']);
    expect(runs('INCLUDE autres.ink')).toEqual(['logic:INCLUDE autres.ink']);
    expect(runs('    ~ patience = patience - 1')).toEqual(['logic:    ~ patience = patience - 1']);
    expect(runs('~ x = 1 // one')).toEqual(['logic:~ x = 1 ', 'comment:// one']);
    expect(runs('Il est {patience: encore là|parti}.')).toEqual([':Il est ', 'logic:{patience: encore là|parti}', ':.']);
    expect(runs('+ {patience > 1} [Encore]')).toEqual(['choice:+ ', 'logic:{patience > 1}', ': [Encore]']);
    expect(runs('Un { ouvert')).toEqual([':Un ', 'logic:{ ouvert']);
  });

  it('leaves plain text and empty lines plain', () => {
    expect(runs('Client : Merci, au revoir.')).toEqual([':Client : Merci, au revoir.']);
    expect(highlightInkLine('')).toEqual([]);
  });

  it('puts every line back exactly from its runs, with no empty run: no text lost or doubled', () => {
    for (const script of [SAMPLE, STARTER_INK]) {
      const lines = script.split('\n');
      const tokens = lines.map(highlightInkLine);
      expect(tokens.map(joined)).toEqual(lines);
      expect(tokens.flat().filter((t) => t.text === '')).toEqual([]);
    }
    // Every kind appears in the sample, so the round trip covers each rule.
    const kinds = new Set(SAMPLE.split('\n').flatMap((l) => highlightInkLine(l).map((t) => t.kind)));
    expect([...kinds].sort()).toEqual(['choice', 'comment', 'divert', 'gather', 'knot', 'logic', 'tag', undefined].sort());
  });
});
