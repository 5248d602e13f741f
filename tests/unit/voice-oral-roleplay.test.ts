import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/content-build/ink';
import { reviewRun } from '../../src/domain/trainer/roleplay-transcript';
import { bestOption, customerWindows, linesToAnswer, listeningPlaylist, oralDebriefSteps } from '../../src/domain/voice/oral-roleplay';
import { inkScripts } from '../support/ink-factory';

const scoredInk = () => {
  const { json, errors } = compileInk(inkScripts.scored());
  if (!json) throw new Error(errors.map((e) => e.message).join('\n'));
  return json;
};
const choice = (step: number, choiceIndex: number, text: string) => ({ roleplayId: 'rp', run: 1, step, choiceIndex, text });

describe('the customer window of an oral take', () => {
  it('runs from the start of the take to the end of the customer line', () => {
    expect(customerWindows(2.5, 6)).toEqual([{ start: 0, end: 2.5 }]);
  });

  it('covers the whole take when the customer was still talking when the learner stopped', () => {
    expect(customerWindows(undefined, 3)).toEqual([{ start: 0, end: 3 }]);
    expect(customerWindows(4, 3)).toEqual([{ start: 0, end: 3 }]);
  });

  it('is empty when the customer said nothing', () => {
    expect(customerWindows(0, 3)).toEqual([]);
    expect(customerWindows(-1, 3)).toEqual([]);
  });
});

describe('what the learner answers aloud', () => {
  it('is the customer lines since the advisor last spoke, narrator left out', () => {
    expect(
      linesToAnswer([
        { speaker: 'customer', text: 'Bonjour.' },
        { speaker: 'advisor', text: 'Bonjour, je vous écoute.' },
        { speaker: 'narrator', text: 'Il soupire.' },
        { speaker: 'customer', text: 'Ma commande.' },
        { speaker: 'customer', text: 'Elle est en retard.' },
      ]),
    ).toEqual(['Ma commande.', 'Elle est en retard.']);
    expect(linesToAnswer([{ speaker: 'advisor', text: 'Au revoir.' }])).toEqual([]);
  });

  it('the model answer is the option with the most points, the first on a tie', () => {
    const options = [
      { text: 'a', scores: { tone: 1 } },
      { text: 'b', scores: { tone: 1, greeting: 2 } },
      { text: 'c', scores: { solution: 3 } },
    ];
    expect(bestOption({ options })?.text).toBe('b');
    expect(bestOption({ options: [] })).toBeUndefined();
  });
});

describe('the oral steps of the debrief', () => {
  it('pairs each recorded step with the option picked and the best one; steps answered in text are left out', () => {
    const points = [
      {
        step: 0,
        chosen: 1,
        options: [
          { text: 'Bonjour', scores: { greeting: 2 } },
          { text: 'Allô ?', scores: { greeting: -1 } },
        ],
      },
      {
        step: 1,
        chosen: 0,
        options: [
          { text: 'Je regarde', scores: { solution: 2 } },
          { text: 'Non', scores: {} },
        ],
      },
      { step: 2, chosen: 0, options: [{ text: 'Au revoir', scores: { tone: 1 } }] },
    ];
    const steps = oralDebriefSteps(points, [
      { id: 'r2', step: 2 },
      { id: 'r0', step: 0 },
    ]);
    expect(steps).toEqual([
      { step: 0, chosen: 'Allô ?', model: 'Bonjour', recording: { id: 'r0', step: 0 } },
      { step: 2, chosen: 'Au revoir', model: 'Au revoir', recording: { id: 'r2', step: 2 } },
    ]);
  });
});

describe('the playlist the trainer listens to', () => {
  it('gives each step the customer lines before it, then the learner’s take, then the customer’s last words', () => {
    const ink = scoredInk();
    const review = reviewRun(ink, [choice(1, 0, 'Je regarde votre commande tout de suite'), choice(0, 1, 'Allô ?')], 0.6);
    const playlist = listeningPlaylist(review.lines, [{ id: 'take-1', step: 1 }]);
    expect(playlist).toEqual([
      { step: 0, customer: ['Le client : Bonjour.'], answer: 'Allô ?', recording: null },
      {
        step: 1,
        customer: ['Le client : Ma commande n’est pas arrivée.'],
        answer: 'Je regarde votre commande tout de suite',
        recording: { id: 'take-1', step: 1 },
      },
      { step: null, customer: ['Le client : Merci.'], answer: null, recording: null },
    ]);
  });

  it('an advisor line that is not a choice (a scripted one, or a choice the script no longer has) is not a step', () => {
    const playlist = listeningPlaylist(
      [
        { speaker: 'customer', text: 'Allô ?' },
        { speaker: 'advisor', text: 'Service client.' },
        { speaker: 'advisor', text: 'Bonjour', choice: { options: [], chosen: 0 } },
        { speaker: 'narrator', text: 'Un silence.' },
      ],
      [{ step: 0 }],
    );
    expect(playlist).toEqual([{ step: 0, customer: ['Allô ?'], answer: 'Bonjour', recording: { step: 0 } }]);
  });
});
