import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content-build/compile-content';
import { analyseInk } from '../../src/domain/authoring/ink-checks';
import { inkScripts } from '../support/ink-factory';

describe('ink authoring checks', () => {
  it('lists scoring tags per criterion with the best and worst totals of the script', () => {
    const report = analyseInk(inkScripts.scored());
    expect(report.ok).toBe(true);
    expect(report.total).toEqual({ best: 5, worst: -1 });
    const byName = Object.fromEntries(report.criteria.map((c) => [c.criterion, c]));
    expect(Object.keys(byName)).toEqual(['greeting', 'solution', 'tone']);
    expect(byName.tone).toMatchObject({ best: 2, worst: -1 });
    expect(byName.greeting).toMatchObject({ best: 1, worst: 0 });
    expect(byName.tone?.tags.map((t) => [t.line, t.points])).toEqual([
      [4, 1],
      [6, -1],
      [10, 1],
    ]);
    expect(byName.solution?.tags[0]?.text).toBe('Je regarde votre commande tout de suite');
    expect(report.knots).toEqual([
      { name: 'accueil', line: 2 },
      { name: 'besoin', line: 8 },
      { name: 'fin', line: 14 },
    ]);
  });

  it('flags a knot that can never be reached, at its line', () => {
    const report = analyseInk(inkScripts.unreachable());
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ message: 'le nœud « oubli » n’est jamais atteint', line: 8 }]);
  });

  it('flags a dead end (a path that stops without -> END), in its knot, at the compiler’s loose end', () => {
    const report = analyseInk(inkScripts.deadEnd());
    expect(report.problems).toContainEqual({
      message: 'impasse dans le nœud « perdu » : le dialogue s’arrête sans choix ni fin (-> END)',
      line: 8,
    });
    // The compiler's own loose-end warning is kept, at its line.
    expect(report.warnings.some((w) => /loose end/.test(w.message) && w.line === 8)).toBe(true);
  });

  it('flags a script that ends before offering any choice', () => {
    const report = analyseInk(inkScripts.noChoice());
    expect(report.problems.map((p) => p.message)).toContain('impasse : le script se termine sans proposer un seul choix');
  });

  it('returns compile errors at their line, with no story', () => {
    const report = analyseInk(inkScripts.broken());
    expect(report.ok).toBe(false);
    expect(report.json).toBeUndefined();
    expect(report.errors[0]?.line).toBe(3);
  });
});

describe('content build uses the same ink checks', () => {
  it('reports an unreachable knot of a content/ script at its line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'relais-ink-'));
    try {
      await cp('tests/fixtures/content', dir, { recursive: true });
      await writeFile(join(dir, 'modules/01-accueil/roleplays/premier-appel.ink'), inkScripts.unreachable());
      const result = await compileContent(dir);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toContainEqual({
        file: 'modules/01-accueil/roleplays/premier-appel.ink',
        line: 8,
        message: 'le nœud « oubli » n’est jamais atteint',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
