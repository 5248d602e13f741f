import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content-build/compile-content';
import { bestIsLongest, formatLint, isAllButOne, lintBreaches, lintModule, longestIsRight } from '../../src/content-build/content-lint';
import { compileInk } from '../../src/content-build/ink';
import { exploreInk } from '../../src/content-build/ink-check';
import { duplicateOptions } from '../../src/content-build/option-duplicates';
import type { QuizItem } from '../../src/domain/content/quiz.schema';
import { quizItems } from '../factories/quiz.factory';

const dirs: string[] = [];
async function copyOfSample(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'relais-lint-'));
  dirs.push(dir);
  await cp('tests/fixtures/content', dir, { recursive: true });
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const single = (choices: string[], answer: number): QuizItem => ({ ...quizItems.single(), type: 'single', choices, answer });
const multiple = (choices: string[], answers: number[]): QuizItem => ({ ...quizItems.multiple(), type: 'multiple', choices, answers });
const FILES = { quiz: 'quiz.yaml', roleplays: 'roleplays' };
const point = (...options: [string, number][]) => ({ options: options.map(([text, points]) => ({ text, points })) });

describe('duplicate options', () => {
  it('finds two options with the same text once case, accents, quotes and end punctuation are ignored', () => {
    expect(duplicateOptions(single(['Vente croisée', 'Montée en gamme', '« vente croisee. »'], 0))).toEqual([
      'q-single : choices 1 et 3 ont le même texte (« « vente croisee. » »)',
    ]);
    expect(duplicateOptions(quizItems.single())).toEqual([]);
  });

  it('checks ordering steps and each side of a matching, but not a left against a right', () => {
    const ordering: QuizItem = { ...quizItems.ordering(), type: 'ordering', steps: ['Saluer', 'Écouter', 'ecouter'] };
    expect(duplicateOptions(ordering)).toHaveLength(1);
    const base = quizItems.matching();
    if (base.type !== 'matching') throw new Error('factory');
    const rightTwice: QuizItem = { ...base, pairs: [...base.pairs, { left: 'CSAT', right: 'durée moyenne' }] };
    expect(duplicateOptions(rightTwice)).toEqual(['q-match : pairs (droite) 2 et 4 ont le même texte (« durée moyenne »)']);
    const leftTwice: QuizItem = { ...base, pairs: [...base.pairs, { left: 'rgpd', right: 'Autre chose' }] };
    expect(duplicateOptions(leftTwice)).toEqual(['q-match : pairs (gauche) 1 et 4 ont le même texte (« rgpd »)']);
    const sameAcross: QuizItem = { ...base, pairs: [{ left: 'Écoute', right: 'Écoute' }, ...base.pairs] };
    expect(duplicateOptions(sameAcross)).toEqual([]);
  });

  it('makes the build fail at the line of the item, in a quiz and in the placement test', async () => {
    const dir = await copyOfSample();
    const quiz = join(dir, 'modules/02-ecoute/quiz.yaml');
    await writeFile(quiz, (await readFile(quiz, 'utf8')).replace('right: « Est-ce allumé ? »', 'right: « que se passe-t-il ? »'));
    const placement = join(dir, 'placement/placement.yaml');
    await writeFile(
      placement,
      `${await readFile(placement, 'utf8')}  - id: pl-002\n    schema: 1\n    type: multiple\n    competency: ccp1.accueil\n    prompt: Lesquels ?\n    choices: [Oui, Non, oui]\n    answers: [0]\n    explanation: x\n`,
    );
    const result = await compileContent(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const dup = result.errors.filter((e) => /ont le même texte/.test(e.message));
    expect(dup.map((e) => [e.file, e.line])).toEqual([
      ['modules/02-ecoute/quiz.yaml', 13],
      ['placement/placement.yaml', 13],
    ]);
  });
});

describe('giveaway patterns', () => {
  it('flags a single-choice item only when its right answer is strictly the longest', () => {
    expect(longestIsRight(single(['Non', 'Oui, bien sûr', 'Peut-être'], 1))).toBe(true);
    expect(longestIsRight(single(['Non', 'Oui, bien sûr', 'Peut-être'], 2))).toBe(false);
    expect(longestIsRight(single(['Oui, bien sûr', 'Non, pas ça !'], 0))).toBe(false);
  });

  it('flags a multiple-choice item of 3 options or more whose right set is every option but one', () => {
    expect(isAllButOne(multiple(['a', 'b', 'c', 'd'], [0, 1, 3]))).toBe(true);
    expect(isAllButOne(multiple(['a', 'b', 'c', 'd'], [0, 2]))).toBe(false);
    expect(isAllButOne(multiple(['a', 'b', 'c', 'd'], [0, 1, 2, 3]))).toBe(false);
    expect(isAllButOne(multiple(['a', 'b'], [0]))).toBe(false);
  });

  it('flags a choice point whose strictly longest option has the top score, and skips points with no best option', () => {
    expect(bestIsLongest(point(['Bonjour, je vous écoute', 2], ['Allô ?', -1]))).toBe(true);
    expect(bestIsLongest(point(['Bonjour', 2], ['Allô, c’est pour quoi ?', -1]))).toBe(false);
    expect(bestIsLongest(point(['Bonjour, je vous écoute', 2], ['Bonjour, Karibéo', 2], ['Allô ?', 0]))).toBe(true);
    expect(bestIsLongest(point(['Bonjour', 1], ['Allô, oui ?', 1]))).toBeUndefined();
    expect(bestIsLongest(point(['Continuer', 1]))).toBeUndefined();
  });

  it('finds the choice points of a compiled script, each once, with the sum of its score tags', () => {
    const { json } = compileInk(
      'VAR n = 0\n-> a\n=== a ===\n* [Bonjour, je vous écoute #greeting:2 #tone:1]\n  ~ n = 1\n  -> b\n* [Allô ? #greeting:-1]\n  -> b\n=== b ===\n* [Votre numéro ? #compliance:2] -> END\n* [Votre facture fait 45 euros. #compliance:-2] -> END\n',
    );
    const points = exploreInk(json as string).choicePoints;
    expect(points).toEqual([
      point(['Bonjour, je vous écoute', 3], ['Allô ?', -1]),
      point(['Votre numéro ?', 2], ['Votre facture fait 45 euros.', -2]),
    ]);
  });

  it('breaks a threshold per module only above it, and names the items to fix', () => {
    const right = single(['Non', 'Oui, bien sûr', 'Oui'], 1);
    const fine = single(['Non, pas ça', 'Oui', 'Peut-être'], 1);
    const at40 = lintModule(
      'm-a',
      FILES,
      [right, right, fine, fine, fine].map((i, n) => ({ ...i, id: `q${n}` })),
      [],
    );
    expect(lintBreaches(at40)).toEqual([]);
    const over = lintModule(
      'm-a',
      FILES,
      [right, right, fine].map((i, n) => ({ ...i, id: `q${n}` })),
      [],
    );
    expect(lintBreaches(over)).toEqual([
      {
        file: 'quiz.yaml',
        message: 'm-a : 2 sur 3 questions à choix unique ont la bonne réponse la plus longue (67 %, maximum 40 %) : q0, q1',
      },
    ]);
    const allButOne = lintModule(
      'm-b',
      FILES,
      [multiple(['a', 'b', 'c'], [0, 1]), multiple(['a', 'b', 'c', 'd'], [0]), multiple(['a', 'b', 'c'], [2])],
      [],
    );
    expect(lintBreaches(allButOne)).toHaveLength(1);
    const roleplay = lintModule(
      'm-c',
      FILES,
      [],
      [point(['Bonjour, je vous écoute', 2], ['Allô ?', -1]), point(['Oui', 1], ['Non merci', 0])],
    );
    expect(lintBreaches(roleplay)).toEqual([]);
    expect(formatLint([over, roleplay])).toMatch(/m-a\s+2\/3\s+67 %\*/);
  });

  it('fails the real build of the fixture when a module gives its answers away, with the figures kept', async () => {
    const dir = await copyOfSample();
    const clean = await compileContent(dir);
    expect(clean.ok).toBe(true);
    expect(clean.lint.map((l) => [l.moduleId, l.longestIsRight.flagged, l.bestIsLongest.flagged, l.bestIsLongest.total])).toEqual([
      ['m-accueil', 0, 1, 2],
      ['m-ecoute', 0, 0, 0],
      ['placement', 0, 0, 0],
    ]);
    const ink = join(dir, 'modules/01-accueil/roleplays/premier-appel.ink');
    await writeFile(
      ink,
      (await readFile(ink, 'utf8')).replace('Je vois votre facture à l’écran : elle fait 45 euros ce mois-ci.', 'Votre facture ?'),
    );
    const result = await compileContent(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        file: 'modules/01-accueil/roleplays',
        message: expect.stringMatching(
          /^lint : m-accueil : 2 sur 2 choix de jeu de rôle ont la meilleure option la plus longue \(100 %.*premier-appel\.ink « Bonjour/,
        ),
      },
    ]);
    expect(result.lint[0]?.bestIsLongest.flagged).toBe(2);
  });
});
