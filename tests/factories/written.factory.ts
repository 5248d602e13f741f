import type { WrittenItem } from '../../src/domain/content/quiz.schema';

/** A written-reply item as quiz.yaml holds it: a late delivery e-mail from a customer in Le Lamentin. */
export function writtenItem(overrides: Partial<WrittenItem> = {}): WrittenItem {
  return {
    id: 'q-written',
    schema: 1,
    competency: 'c-a',
    type: 'written',
    prompt: 'Répondez à l’e-mail de Mme Joseph.',
    explanation: 'On salue, on répond aux deux demandes, on donne une date et on termine poliment.',
    channel: 'mail',
    customer: {
      name: 'Mme Joseph',
      subject: 'Colis en retard',
      message: 'Bonjour, mon colis devait arriver lundi au Lamentin. Où est-il ? Et qui paie les frais de port ?',
    },
    points: [
      { label: 'Où est le colis', words: ['livré', 'livraison', 'arrivera'] },
      { label: 'Les frais de port', words: ['frais de port', 'remboursé', 'rembourser'] },
    ],
    greeting: ['bonjour', 'madame'],
    closing: ['cordialement', 'bonne journée'],
    length: { unit: 'words', min: 20, max: 120 },
    model:
      'Bonjour Madame Joseph, je suis désolée pour ce retard. Votre colis arrivera jeudi au Lamentin. Les frais de port vous seront remboursés sur votre carte. Cordialement, Lina, service client.',
    grid: [
      { criterion: 'greeting', label: 'Salue la cliente par son nom' },
      { criterion: 'solution', label: 'Donne une date et règle les frais de port' },
      { criterion: 'tone', label: 'Ton poli, phrases courtes, sans faute gênante' },
    ],
    ...overrides,
  };
}
