import { newModuleDraft, type ModuleDraft } from '../../src/domain/authoring/module-draft';
import { STARTER_INK, starterSheet } from '../../src/domain/authoring/starter-roleplay';
import { signDoc } from '../../src/domain/sync/signed-doc';
import type { TrainerIdentity } from '../../src/app/trainer/trainer-identity';
import type { TestTrainer } from './trainer-factory';

/** A module as a trainer writes it in the app: one lesson, a one-item quiz, the starter role-play. */
export function moduleDraftFactory(siteId = 'demo', competency = 'ccp1.accueil'): ModuleDraft {
  const draft = newModuleDraft(siteId, 'Accueil au guichet', competency, '2026-12-02T10:00:00.000Z');
  const id = draft.moduleId;
  draft.module.ref.hours = 0;
  draft.module.lessons.push({
    id: `${id}.l1`,
    title: 'Saluer en premier',
    competency,
    minutes: 5,
    body: 'On salue **avant** tout.\n\n::: retenir\nBonjour, prénom, service.\n:::\n',
  });
  draft.module.quiz = {
    id: `${id}.quiz`,
    schema: 1,
    title: 'Quiz',
    passMark: 0.7,
    retry: { maxAttempts: 0, cooldownMinutes: 0 },
    items: [
      {
        id: `${id}.q1`,
        schema: 1,
        competency,
        type: 'single',
        prompt: 'Que dit-on en premier ?',
        explanation: 'On salue.',
        choices: ['Bonjour', 'Votre numéro ?'],
        answer: 0,
      },
    ],
  };
  draft.module.roleplays.push({ name: 'jeu-1', ink: STARTER_INK, sheet: starterSheet(`${id}.jeu-1`, competency) });
  return draft;
}

/** A signed-in trainer of a site, as the trainer session gives it to the screens. */
export function identityOf(t: TestTrainer, siteId = 'demo'): TrainerIdentity {
  return { keyId: t.keyId, name: 'Formatrice', siteId, sign: (doc) => signDoc(doc, t.privateKey) };
}
