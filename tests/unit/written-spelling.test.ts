import { readdirSync, readFileSync } from 'node:fs';
import dictionary from 'dictionary-fr';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { unknownWords, wordsOf } from '../../src/domain/quiz/written-reply-spelling';

// The real French hunspell dictionary the learner's worker loads, through the same nspell.
let known: (word: string) => boolean;
beforeAll(() => {
  const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  known = (w) => spell.correct(w);
}, 120_000);

describe('spelling hints with the French dictionary', () => {
  it('knows correct French, elisions and accented forms', () => {
    const text = "Bonjour Madame, je suis désolée : votre commande arrivera aujourd'hui. Qu'il soit rassuré, l'avance sera remboursée.";
    expect(unknownWords(text, known)).toEqual([]);
  });

  it('lists misspelt words once each, in order', () => {
    const text = 'Bonjoure Madame, votre comande est partie. La comande arrivera demin.';
    expect(unknownWords(text, known)).toEqual(['Bonjoure', 'comande', 'demin']);
  });

  it('leaves names and the customer’s own words alone, and checks a capital at a sentence start', () => {
    const text = 'Bonjour Mme Zébulonne, votre colis part de Kourouzou. Mersi.';
    expect(unknownWords(text, known, ['Mme Zébulonne'])).toEqual(['Mersi']);
  });

  it('ignores numbers, e-mail addresses and links', () => {
    expect(wordsOf('Appelez le 0596 12 34 56 ou écrivez à sav@relais.example, voir https://x.example/a')).toEqual([
      'Appelez',
      'le',
      'ou',
      'écrivez',
      'à',
      'voir',
    ]);
  });

  it('every model answer in the curriculum is spelt as the dictionary knows it', () => {
    const models = readdirSync('content/modules').flatMap((dir) => {
      const quiz = parse(readFileSync(`content/modules/${dir}/quiz.yaml`, 'utf8')) as { items: Record<string, unknown>[] };
      return quiz.items.filter((i) => i.type === 'written');
    });
    expect(models.length).toBeGreaterThanOrEqual(9);
    for (const item of models) {
      const customer = item.customer as { name: string };
      expect([item.id, unknownWords(item.model as string, known, [customer.name])]).toEqual([item.id, []]);
    }
  });
});
