import { describe, expect, it } from 'vitest';
import { itemSimilarity, NEAR_COPY_SIMILARITY, placementOverlaps } from '../../src/content-build/placement-overlap';
import type { QuizItem } from '../../src/domain/content/quiz.schema';
import { makeItem } from '../factories/pack.factory';

const moduleItem = makeItem('q01-001');

function reworded(id: string, prompt: string, choices: string[]): QuizItem {
  return { ...makeItem(id), type: 'single', prompt, choices, answer: 0 };
}

describe('placement items measured against module items', () => {
  it('flags a placement item that rewords a module item', () => {
    const copy = reworded('pl-001', 'Au téléphone, quelle est la bonne formule d’accueil ?', [
      'Oui ?',
      'Allô ?',
      'Bonjour, service client, Julie à votre écoute.',
    ]);
    const [overlap] = placementOverlaps([copy], [moduleItem]);
    expect(overlap).toMatchObject({ placementId: 'pl-001', moduleItemId: 'q01-001' });
    expect(overlap!.similarity).toBeGreaterThanOrEqual(NEAR_COPY_SIMILARITY);
  });

  it('flags an item that reuses a module item’s id, whatever its text', () => {
    const sameId = reworded('q01-001', 'Combien font 20 % de 30 € ?', ['6 €', '10 €', '24 €']);
    expect(placementOverlaps([sameId], [moduleItem])).toEqual([{ placementId: 'q01-001', moduleItemId: 'q01-001', similarity: 1 }]);
  });

  it('leaves apart an item on another question, even about the same call', () => {
    const other = reworded('pl-002', 'Le client dicte son numéro de téléphone. Quelle saisie est juste ?', [
      '0696 47 31 08',
      '0696 47 13 08',
    ]);
    expect(itemSimilarity(other, moduleItem)).toBeLessThan(NEAR_COPY_SIMILARITY);
    expect(placementOverlaps([other], [moduleItem])).toEqual([]);
  });
});
