import type { ModuleBundle } from '../../src/domain/content/module.schema';
import { PACK_FORMAT, type ContentPack, type PackBody } from '../../src/domain/content/pack.schema';
import { packHash } from '../../src/domain/content/pack-hash';
import type { QuizItem } from '../../src/domain/content/quiz.schema';

/** A synthetic single-choice item. */
export function makeItem(id: string, competency = 'c-one'): QuizItem {
  return {
    id,
    schema: 1,
    type: 'single',
    competency,
    prompt: `Question ${id} : quelle est la bonne formule d’accueil au téléphone ?`,
    explanation: 'On salue, on nomme le service et on se présente.',
    choices: ['Allô ?', 'Bonjour, service client, Julie à votre écoute.', 'Oui ?'],
    answer: 1,
  };
}

export function makeModule(id: string, order: number, itemCount: number, title = `Module ${id}`): ModuleBundle {
  const items = Array.from({ length: itemCount }, (_, i) => makeItem(`${id}-i${i}`));
  return {
    id,
    schema: 1,
    title,
    summary: `Résumé du ${title}`,
    competencies: ['c-one'],
    hours: 10,
    prerequisites: [],
    order,
    sourcesHtml: '',
    lessons: [
      {
        id: `${id}-l1`,
        schema: 1,
        moduleId: id,
        title: `Leçon de ${title}`,
        competency: 'c-one',
        minutes: 5,
        order: 0,
        html: `<p>Texte de ${title}</p>`,
      },
    ],
    quiz: {
      id: `${id}-q`,
      schema: 1,
      moduleId: id,
      title: 'Quiz',
      passMark: 0.7,
      retry: { maxAttempts: 0, cooldownMinutes: 0 },
      itemIds: items.map((i) => i.id),
    },
    items,
    roleplays: [],
    roleplayThreshold: 0.6,
  };
}

/** A valid pack with `moduleCount` modules sharing `itemCount` items. */
export async function makePack(opts: { modules?: number; items?: number; titlePrefix?: string } = {}): Promise<ContentPack> {
  const moduleCount = opts.modules ?? 2;
  const perModule = Math.ceil((opts.items ?? 4) / moduleCount);
  const modules = Array.from({ length: moduleCount }, (_, i) =>
    makeModule(`m${i}`, i, perModule, `${opts.titlePrefix ?? 'Module'} ${i + 1}`),
  );
  const body: PackBody = {
    programme: {
      id: 'prog',
      schema: 1,
      title: 'Programme de test',
      identifiers: {},
      totalHours: moduleCount * 10,
      hoursNote: '',
      blocks: [
        { id: 'b-one', kind: 'ccp', title: 'Bloc', competencies: [{ id: 'c-one', title: 'Compétence', threshold: 0.7, skills: [] }] },
      ],
      moduleOrder: modules.map((m) => m.id),
    },
    modules,
    placement: null,
  };
  return { kind: 'relais.content-pack', format: PACK_FORMAT, hash: await packHash(body), builtAt: new Date(0).toISOString(), ...body };
}
