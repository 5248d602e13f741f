import type { QuizItem } from '../domain/content/quiz.schema';
import { writtenHints } from '../domain/quiz/written-reply-hints';

/**
 * A written item's model answer must pass the hints the learner gets: within the length, with a greeting
 * and a closing, answering every customer point. Otherwise the hints would fault the model itself.
 */
export function writtenItemProblems(item: QuizItem): string[] {
  if (item.type !== 'written') return [];
  const h = writtenHints(item, item.model);
  const problems: string[] = [];
  if (h.length.verdict !== 'ok') {
    const unit = h.length.unit === 'words' ? 'mots' : 'caractères';
    problems.push(`${item.id} : la réponse modèle fait ${h.length.value} ${unit}, hors de ${h.length.min}–${h.length.max}`);
  }
  if (!h.greeting) problems.push(`${item.id} : la réponse modèle ne commence par aucune des salutations (greeting)`);
  if (!h.closing) problems.push(`${item.id} : la réponse modèle ne finit par aucune des formules de fin (closing)`);
  for (const p of h.points)
    if (!p.answered) problems.push(`${item.id} : la réponse modèle ne traite pas « ${p.label} » (aucun de ses mots)`);
  return problems;
}
