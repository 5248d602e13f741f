import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatGiftRefusals, importGift } from '../../src/domain/authoring/gift-import';

const fixture = (name: string) => readFile(`tests/fixtures/gift/${name}.gift`, 'utf8');
const options = { competency: 'ccp1.accueil', idPrefix: 'm-accueil.gift' };

describe('GIFT import', () => {
  it('maps every closed question type of a Moodle bank to quiz items', async () => {
    const report = importGift(await fixture('banque-accueil'), options);
    const byTitle = Object.fromEntries(report.imported.map((q) => [q.title ?? q.item.prompt, q]));
    expect(report.imported.map((q) => q.item.type)).toEqual([
      'single',
      'multiple',
      'truefalse',
      'truefalse',
      'short',
      'matching',
      'single',
      'short',
    ]);

    const first = byTitle['Première phrase'];
    expect(first?.item).toMatchObject({ id: 'm-accueil.gift-premiere-phrase', competency: 'ccp1.accueil', type: 'single', answer: 0 });
    expect(first?.category).toBe('Accueil téléphonique');
    expect(first?.comment).toBe('Choix unique, avec un retour par réponse et un retour général.');
    // Right feedback, each wrong option's feedback, then the general one: nothing written in Moodle is lost.
    expect(first?.item.explanation).toBe(
      'C’est complet : salutation, service, prénom. « Allô ? » : Trop court : le client ne sait pas où il est. « Oui, c’est pour quoi ? » : Ce ton met le client mal à l’aise. Une bonne annonce dit bonjour, le service et le prénom.'.replace(
        /’/g,
        "'",
      ),
    );

    expect(byTitle['Écoute active']?.item).toMatchObject({ type: 'multiple', answers: [0, 1] });
    expect(byTitle['Écoute active']?.notes[0]).toMatch(/points partiels/);
    expect(byTitle.Sourire?.item).toMatchObject({
      type: 'truefalse',
      answer: true,
      explanation: 'Oui : la voix change quand on sourit. « Faux » : Si : la voix change quand on sourit.',
    });
    expect(byTitle.Silence?.item).toMatchObject({ type: 'truefalse', answer: false, explanation: 'C’est faux.' });
    expect(byTitle.Silence?.notes[0]).toMatch(/aucun retour/);
    expect(byTitle['Sigle RGPD']?.item).toMatchObject({ type: 'short', accepted: ['données', 'donnees'] });
    expect(byTitle.Sigles?.item).toMatchObject({
      type: 'matching',
      pairs: [
        { left: 'DMT', right: 'Durée moyenne de traitement' },
        { left: 'FCR', right: 'Résolu au premier appel' },
        { left: 'CSAT', right: 'Satisfaction du client' },
      ],
    });
    const missing = report.imported.find((q) => q.item.prompt.startsWith('Au téléphone'));
    expect(missing?.item).toMatchObject({
      type: 'single',
      prompt: "Au téléphone, on se présente _____ au début de l'appel.",
      choices: ['toujours', 'jamais', 'parfois'],
      answer: 0,
    });
    expect(missing?.item.id).toBe('m-accueil.gift-question');
    expect(byTitle['Délai de rétractation']?.item).toMatchObject({ type: 'short', accepted: ['14'] });
  });

  it('reports, in French and at their line, the questions it cannot import', async () => {
    const report = importGift(await fixture('banque-accueil'), options);
    expect(report.refused.map((r) => [r.line, r.title])).toEqual([
      [42, "Durée d'appel"],
      [45, 'Rédaction'],
      [48, 'Consignes'],
    ]);
    expect(formatGiftRefusals(report)).toEqual([
      "ligne 42 (« Durée d'appel ») : réponse numérique avec une marge (ex. 4:1 ou 3..5) : Relais ne compare que des réponses exactes",
      'ligne 45 (« Rédaction ») : question ouverte (essai) : Relais ne corrige que des réponses fermées',
      'ligne 48 (« Consignes ») : texte sans question (description) : à mettre dans une leçon',
    ]);
  });

  it('removes HTML markup and keeps escaped special characters', async () => {
    const report = importGift(await fixture('questions-en-html'), options);
    expect(report.refused).toEqual([]);
    expect(report.imported[0]?.item.prompt).toBe('Que signifie FCR : ?');
    expect(report.imported[0]?.notes).toContain('mise en forme HTML retirée (Relais n’affiche pas de HTML)');
    expect(report.imported[1]?.item).toMatchObject({ choices: ['Deux fois deux-points ::', 'Un signe égal ='] });
  });

  it('reports a broken question at its line and still imports the others', async () => {
    const report = importGift(await fixture('erreur-syntaxe'), options);
    expect(report.imported.map((q) => q.title)).toEqual(['Bonne', 'Après']);
    expect(report.refused).toHaveLength(1);
    expect(report.refused[0]).toMatchObject({ title: 'Cassée' });
    expect(report.refused[0]?.line).toBeGreaterThanOrEqual(3);
    expect(report.refused[0]?.reason).toMatch(/^GIFT illisible/);
  });

  it('never reuses an id already in the module, and refuses items the schema refuses', () => {
    const src = '::Seul::Une seule paire ? {=DMT -> Durée}\n\n::Q::Deux ? {T}\n\n::Q::Encore ? {F}\n';
    const report = importGift(src, { ...options, takenIds: ['m-accueil.gift-q'] });
    expect(report.imported.map((q) => q.item.id)).toEqual(['m-accueil.gift-q-2', 'm-accueil.gift-q-3']);
    expect(report.refused[0]?.reason).toMatch(/il faut au moins 2 paires/);
  });
});
