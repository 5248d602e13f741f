import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../src/domain/content/quiz.schema';
import { analyseInk } from '../../src/domain/authoring/ink-checks';
import { STARTER_INK } from '../../src/domain/authoring/starter-roleplay';
import { moduleStatuses } from '../../src/domain/path/path-derive';
import { replayPath } from '../../src/domain/path/path-replay';
import { attemptOn, versionOf } from '../../src/domain/quiz/attempt-version';
import { attemptSeed, layoutAttempt, type QuizDefinition } from '../../src/domain/quiz/quiz-attempt';
import { resumeOrRestart, scriptVersion } from '../../src/domain/roleplay/script-version';
import { authoring } from '../../src/i18n/fr/authoring';
import { makeItem } from '../factories/pack.factory';
import { ev, pathCurriculum, pathModule } from '../factories/path.factory';

const compiled = (source: string) => analyseInk(source).json as string;
const base = (id: string) => ({ id, schema: 1 as const, competency: 'c-one', explanation: '' });

/** The rules as the trainer reads them in the publish screen, and what each test below checks. */
describe('learners in the middle of a changed module', () => {
  it('the publish screen states the three rules in French', () => {
    expect(authoring.learnerRules.items).toHaveLength(3);
    expect(authoring.learnerRules.items.join(' ')).toMatch(/leçon.*quiz.*jeu de rôle/s);
  });

  it('a finished lesson stays finished while the lesson is still in the module; a removed one no longer counts, a new one is to do', () => {
    const v1 = pathCurriculum({ modules: [pathModule('m1', { lessonIds: ['m1-l1', 'm1-l2'], quizId: null })] });
    const v2 = pathCurriculum({ modules: [pathModule('m1', { lessonIds: ['m1-l1', 'm1-l3'], quizId: null })] });
    const read = [ev.lesson('m1', 'm1-l1', 1), ev.lesson('m1', 'm1-l2', 2)];
    expect(moduleStatuses(replayPath(v1, read).getSnapshot().context).m1).toBe('passed');
    const after = replayPath(v2, read).getSnapshot().context;
    expect(after.progress.m1?.lessonsRead).toContain('m1-l1');
    expect(moduleStatuses(after).m1).toBe('in-progress');
    expect(moduleStatuses(replayPath(v2, [...read, ev.lesson('m1', 'm1-l3', 3)]).getSnapshot().context).m1).toBe('passed');
  });

  it('a quiz passed on the old version stays passed', () => {
    const v2 = pathCurriculum({ modules: [pathModule('m1', { lessonIds: [], quizId: 'm1-quiz' })] });
    const ctx = replayPath(v2, [ev.quiz('m1', true, {}, 1)]).getSnapshot().context;
    expect(ctx.progress.m1?.quizPassed).toBe(true);
    expect(moduleStatuses(ctx).m1).toBe('passed');
  });

  it('a quiz attempt in progress finishes on the questions it started with; the next attempt takes the new version', () => {
    const quiz: QuizDefinition = { id: 'm1-quiz', passMark: 0.7, retry: { maxAttempts: 0 } };
    const v1 = [makeItem('q1'), makeItem('q2')];
    const layout = layoutAttempt(quiz, v1, attemptSeed('ana', quiz.id, 1));
    const saved = { layout, ...versionOf(layout, v1, quiz) };
    // Saved as JSON, as the learner's draft is.
    const reloaded = JSON.parse(JSON.stringify(saved)) as typeof saved;
    // The trainer fixes q1 (new wording, the answer moved), drops q2 and raises the pass mark.
    const fixed: QuizItem = { ...base('q1'), type: 'single', prompt: 'Question corrigée', choices: ['Z', 'A', 'B'], answer: 1 };
    const v2 = { items: [fixed, makeItem('q3')], definition: { ...quiz, passMark: 0.9 } };
    const resumed = attemptOn(reloaded, v2);
    expect(resumed).toEqual({ kind: 'resume', items: v1, definition: quiz });
    expect(attemptOn(undefined, v2)).toEqual({ kind: 'new' });
    // A new attempt is laid out on what is installed now.
    const next = layoutAttempt(v2.definition, v2.items, attemptSeed('ana', quiz.id, 2));
    expect(
      versionOf(next, v2.items, v2.definition)
        .items.map((i) => i.prompt)
        .sort(),
    ).toEqual(v2.items.map((i) => i.prompt).sort());
  });

  it('a quiz attempt saved before attempts kept their questions goes on with today’s if they are all there, else starts again', () => {
    const quiz: QuizDefinition = { id: 'm1-quiz', passMark: 0.7, retry: { maxAttempts: 0 } };
    const items = [makeItem('q1'), makeItem('q2')];
    const legacy = { layout: { seed: 1, itemIds: ['q1', 'q2'], optionOrder: {} } };
    expect(attemptOn(legacy, { items, definition: quiz })).toEqual({ kind: 'resume', items, definition: quiz });
    expect(attemptOn(legacy, { items: [items[0]!], definition: quiz })).toEqual({ kind: 'new' });
  });

  it('a role-play saved on an earlier version of its script restarts cleanly; the same script resumes', () => {
    const v1 = compiled(STARTER_INK);
    const v2 = compiled(STARTER_INK.replace('Elle n’est pas arrivée.', 'Elle n’est toujours pas arrivée.'));
    const saved = { script: scriptVersion(v1) };
    expect(resumeOrRestart(saved, v1)).toBe('resume');
    expect(resumeOrRestart(saved, v2)).toBe('restart');
    expect(resumeOrRestart(undefined, v2)).toBe('new');
    // A run saved before runs recorded their script goes on as it always did.
    expect(resumeOrRestart({}, v2)).toBe('resume');
  });
});
