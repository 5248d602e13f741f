import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/content-build/ink';
import { scoresFromTags } from '../../src/domain/roleplay/choice-tags';
import { RoleplayRun, RoleplayScriptError, speakerOf } from '../../src/domain/roleplay/roleplay-run';
import { scoreRun } from '../../src/domain/roleplay/roleplay-scoring';

const inkJson = () => {
  const { json, errors } = compileInk(readFileSync('tests/fixtures/content/modules/01-accueil/roleplays/premier-appel.ink', 'utf8'));
  if (!json) throw new Error(errors.map((e) => e.message).join('\n'));
  return json;
};

describe('role-play scoring', () => {
  it('reads #criterion:points tags, summing repeats and ignoring others', () => {
    expect(scoresFromTags(['greeting:2', 'tone: 1', 'feedback: bien', 'unknown:3', 'tone:-2'])).toEqual({ greeting: 2, tone: -1 });
    expect(scoresFromTags(null)).toEqual({});
  });

  it('scores each criterion against the best option at each choice point reached', () => {
    const debrief = scoreRun(
      [
        {
          step: 0,
          chosen: 1,
          options: [
            { text: 'Bonjour', scores: { greeting: 2, tone: 1 } },
            { text: 'Allô ?', scores: { greeting: -1 } },
          ],
        },
        {
          step: 1,
          chosen: 0,
          options: [
            { text: 'Votre numéro ?', scores: { compliance: 2 } },
            { text: '45 euros', scores: { compliance: -2 } },
          ],
        },
      ],
      0.6,
    );
    expect(debrief.scores).toEqual({ greeting: { got: -1, max: 2 }, tone: { got: 0, max: 1 }, compliance: { got: 2, max: 2 } });
    expect(debrief.ratio).toBeCloseTo(1 / 5);
    expect(debrief.passed).toBe(false);
    expect(debrief.weakChoices).toEqual([{ step: 0, chosen: 'Allô ?', better: 'Bonjour', lost: 4 }]);
  });

  it('clamps the ratio between 0 and 1, and a run without scored choices counts as full', () => {
    expect(
      scoreRun(
        [
          {
            step: 0,
            chosen: 0,
            options: [
              { text: 'a', scores: { tone: -3 } },
              { text: 'b', scores: { tone: 1 } },
            ],
          },
        ],
        0.6,
      ).ratio,
    ).toBe(0);
    expect(scoreRun([], 0.6)).toMatchObject({ ratio: 1, passed: true });
  });
});

describe('role-play run (inkjs)', () => {
  it('tells the narrator and the advisor from the customer by the line’s speaker tag', () => {
    expect(speakerOf(['speaker: narrateur'])).toBe('narrator');
    expect(speakerOf(['tone:1', 'speaker:conseiller'])).toBe('advisor');
    expect(speakerOf(['speaker: client'])).toBe('customer');
    expect(speakerOf(['speaker: inconnu'])).toBe('customer');
    expect(speakerOf(null)).toBe('customer');
    const { json } = compileInk('Lundi, 9 h. # speaker: narrateur\nAllô ? # speaker: client\n* [Bonjour #greeting:1] Merci.\n-> END\n');
    const run = new RoleplayRun(json as string);
    expect(run.transcript).toEqual([
      { speaker: 'narrator', text: 'Lundi, 9 h.' },
      { speaker: 'customer', text: 'Allô ?' },
    ]);
  });

  it('plays customer lines and advisor choices to the end, and scores the path', () => {
    const run = new RoleplayRun(inkJson());
    expect(run.transcript).toEqual([{ speaker: 'customer', text: 'Driiing… La cliente attend.' }]);
    expect(run.options.map((o) => o.text)).toEqual(['Bonjour, service client Karibéo, Julie à votre écoute.', 'Allô ?']);
    const said = run.choose(0);
    expect(said[0]?.text).toContain('J’ai une question sur ma facture');
    run.choose(1);
    expect(run.finished).toBe(true);
    const debrief = scoreRun(run.points, 0.6);
    expect(debrief.scores.compliance).toEqual({ got: -2, max: 2 });
    expect(debrief.weakChoices.map((w) => w.better)).toEqual(['Pouvez-vous me donner votre numéro client, s’il vous plaît ?']);
  });

  it('resumes from a saved state after JSON', () => {
    const run = new RoleplayRun(inkJson());
    run.choose(0);
    const saved = JSON.parse(JSON.stringify(run.save()));
    const resumed = new RoleplayRun(inkJson(), saved);
    expect(resumed.transcript).toEqual(run.transcript);
    expect(resumed.options.map((o) => o.text)).toEqual(run.options.map((o) => o.text));
    resumed.choose(0);
    expect(resumed.finished).toBe(true);
    expect(scoreRun(resumed.points, 0.6).ratio).toBe(1);
  });

  it('turns a broken script into a RoleplayScriptError', () => {
    expect(() => new RoleplayRun('{"inkVersion": 21, "root": 42}')).toThrow(RoleplayScriptError);
    expect(() => new RoleplayRun('not json')).toThrow(RoleplayScriptError);
    const run = new RoleplayRun(inkJson());
    expect(() => run.choose(7)).toThrow(RoleplayScriptError);
  });
});
