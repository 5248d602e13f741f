import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../src/domain/records/progress-event.schema';
import { packToContentDocs } from '../../src/domain/sync/content-docs';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { refusalKind } from '../../src/sync/refusal-kind';
import type { LocalReplica, PulledRecords } from '../../src/sync/sync-ports';
import { buildSyncReport, publishedAtOf } from '../../src/sync/sync-report';
import { runSync, type SyncDeps } from '../../src/sync/sync-run';
import { progressEvent } from '../factories/event.factory';
import { makePack } from '../factories/pack.factory';
import { assessmentFactory, learnerFactory, signedFactory, trainerKeyFactory } from '../factories/record.factory';

const empty = (): Required<PulledRecords> => ({
  learners: [],
  events: [],
  assessments: [],
  bilans: [],
  groups: [],
  trainerWork: [],
  trainerKeys: [],
});

/** Marius's morning on this terminal: a session, a lesson, a quiz (its answers, then its submission), a call, a review. */
function mariusMorning(deviceId = 't1'): ProgressEvent[] {
  const e = (name: Parameters<typeof progressEvent>[0], data: unknown, seq: number) =>
    progressEvent(name, data as never, seq, 'marius', deviceId);
  return [
    e('session.started', { sessionId: 's1' }, 1),
    e('lesson.completed', { moduleId: 'm1', lessonId: 'l1' }, 2),
    e('lesson.completed', { moduleId: 'm1', lessonId: 'l2' }, 3),
    e('quiz.answered', { quizId: 'q1', attempt: 1, itemId: 'i1', answer: 0, correct: true }, 4),
    e('quiz.submitted', { quizId: 'q1', moduleId: 'm1', attempt: 1, score: 1, passed: true, byCompetency: {}, missedItemIds: [] }, 5),
    e('roleplay.choice', { roleplayId: 'rp1', run: 1, step: 0, choiceIndex: 0, text: 'Bonjour' }, 6),
    e('roleplay.finished', { roleplayId: 'rp1', moduleId: 'm1', run: 1, ratio: 0.8, passed: true, scores: {} }, 7),
    e('review.rated', { itemId: 'i1', rating: 3 }, 8),
  ];
}

describe('the sync report: what and whose', () => {
  it('counts the work sent by learner and by kind, refused events left out', () => {
    const sent = mariusMorning();
    const josephine = progressEvent('lesson.completed', { moduleId: 'm1', lessonId: 'l1' }, 1, 'josephine', 't1');
    const report = buildSyncReport({
      pushedEvents: [...sent, josephine],
      pushedSigned: [],
      denied: [{ id: sent[2]!._id, reason: 'apprenant inconnu sur ce site' }],
      pulled: empty(),
      ignored: [],
      heldLearners: new Map([
        ['marius', { firstName: 'Marius', version: 1 }],
        ['josephine', { firstName: 'Joséphine', version: 1 }],
      ]),
    });
    expect(report.sent).toEqual([
      { learnerId: 'josephine', firstName: 'Joséphine', work: { lessons: 1 }, events: 1 },
      { learnerId: 'marius', firstName: 'Marius', work: { sessions: 1, lessons: 1, quizzes: 1, roleplays: 1, reviews: 1 }, events: 7 },
    ]);
    expect(report.refusals).toEqual([
      {
        id: sent[2]!._id,
        reason: 'apprenant inconnu sur ce site',
        kind: 'unknown-learner',
        learnerId: 'marius',
        firstName: 'Marius',
        what: 'lessons',
      },
    ]);
  });

  it('says which learners are new or changed, whose work from other terminals came down and why, and the trainer documents', async () => {
    const marius = await learnerFactory('s', 'marius', { firstName: 'Marius' });
    const kevin = await learnerFactory('s', 'kevin', { firstName: 'Kévin' });
    const kevin2 = await signedFactory({ ...kevin, firstName: 'Kevin' }, kevin);
    const josephine = await learnerFactory('s', 'josephine', { firstName: 'Joséphine' });
    const pulled = empty();
    pulled.learners = [marius, kevin2, josephine];
    pulled.events = mariusMorning('t2');
    pulled.assessments = [await assessmentFactory({ siteId: 's', learnerId: 'kevin', assessmentId: 'a1', at: '2026-02-01T10:00:00.000Z' })];
    const report = buildSyncReport({
      pushedEvents: [],
      pushedSigned: [],
      denied: [],
      pulled,
      ignored: [{ id: 'learner:zoe', reason: 'bad-signature' }],
      // Joséphine is held at the same version: nothing new about her.
      heldLearners: new Map([
        ['kevin', { firstName: 'Kévin', version: 1 }],
        ['josephine', { firstName: 'Joséphine', version: 1 }],
      ]),
    });
    expect(report.learners).toEqual([
      { learnerId: 'marius', firstName: 'Marius', change: 'new' },
      { learnerId: 'kevin', firstName: 'Kevin', change: 'changed' },
    ]);
    expect(report.othersWork).toEqual([
      {
        learnerId: 'marius',
        firstName: 'Marius',
        work: { sessions: 1, lessons: 2, quizzes: 1, roleplays: 1, reviews: 1 },
        events: 8,
        reason: 'continue-here',
      },
    ]);
    expect(report.trainerDocs).toEqual([{ learnerId: 'kevin', firstName: 'Kevin', docs: { assessment: 1 } }]);
    expect(report.refusals).toEqual([{ id: 'learner:zoe', reason: 'bad-signature', kind: 'bad-signature', what: 'learner' }]);
  });

  it('names a new content version and its new and updated modules, with their publication dates', async () => {
    const pack = await makePack({ modules: 3, titlePrefix: 'Module' });
    const [m1, m2, m3] = pack.programme.moduleOrder;
    const published = publishedAtOf([
      ...packToContentDocs(pack, '2026-03-01T00:00:00.000Z').map((d) =>
        (d as { module?: { id: string } }).module?.id === m1 ? { ...d, publishedAt: '2026-01-01T00:00:00.000Z' } : d,
      ),
      { type: 'content-module', module: null },
    ]);
    expect(published.get(m1!)).toBe('2026-01-01T00:00:00.000Z');
    const report = buildSyncReport({
      pushedEvents: [],
      pushedSigned: [],
      denied: [],
      pulled: empty(),
      ignored: [],
      heldLearners: new Map(),
      content: {
        hash: pack.hash,
        builtAt: pack.builtAt,
        modules: pack.programme.moduleOrder.map((id) => ({
          id,
          title: pack.modules.find((m) => m.id === id)!.title,
          publishedAt: published.get(id),
        })),
        previousModuleIds: [m1!, m2!],
        since: '2026-02-01T00:00:00.000Z',
      },
    });
    const titleOf = (id: string | undefined) => pack.modules.find((m) => m.id === id)!.title;
    expect(report.content).toEqual({
      version: pack.hash.slice(0, 12),
      builtAt: pack.builtAt,
      modules: [
        { id: m2, title: titleOf(m2), publishedAt: '2026-03-01T00:00:00.000Z', change: 'updated' },
        { id: m3, title: titleOf(m3), publishedAt: '2026-03-01T00:00:00.000Z', change: 'new' },
      ],
    });
  });

  it('reads each refusal reason the server and the terminal give as a kind staff can act on', () => {
    expect(
      [
        'apprenant inconnu sur ce site',
        'clé de formateur non enregistrée pour ce site',
        'unknown-key',
        'signature invalide',
        'document non signé : il doit être signé par un formateur du site',
        'version 3 plus ancienne que la version 4 en place',
        'not-successor',
        'événement d’un autre poste',
        'document d’un autre site',
        'un événement ne se modifie pas',
        'historique de révisions inconnu (révision forgée ?)',
        'document trop gros (70000 octets > 65536)',
        'écriture refusée par la base : conflict',
        '_id manquant ou trop long',
        'data.score: Invalid type: Expected number',
        'quelque chose de nouveau',
      ].map(refusalKind),
    ).toEqual([
      'unknown-learner',
      'unknown-trainer-key',
      'unknown-trainer-key',
      'bad-signature',
      'unsigned',
      'version-conflict',
      'version-conflict',
      'other-device',
      'other-device',
      'altered',
      'altered',
      'too-large',
      'server-storage',
      'invalid',
      'invalid',
      'other',
    ]);
  });

  it('is kept in the summary of a real run, from the documents pushed and pulled', async () => {
    const enrolment: EnrolResponse = { deviceId: 't1', siteId: 's', role: 'terminal', credential: 'c'.repeat(43) };
    const pending = mariusMorning();
    const josephine = await learnerFactory('s', 'josephine', { firstName: 'Joséphine' });
    const theirs = progressEvent('lesson.completed', { moduleId: 'm1', lessonId: 'l1' }, 1, 'josephine', 't2');
    const rev = (c: string) => `1-${c.repeat(32)}`;
    const pulled = [
      { ...josephine, _rev: rev('a') },
      { ...theirs, siteId: 's', _rev: rev('b') },
    ];
    const keys = [{ ...(await trainerKeyFactory('s')), _rev: rev('f') }];
    const replica: LocalReplica = {
      stage: async () => undefined,
      stageSigned: async () => undefined,
      push: async () => ({ written: pending.length - 1, denied: [{ id: pending[1]!._id, reason: 'apprenant inconnu sur ce site' }] }),
      pull: async () => ({ written: pulled.length }),
      changedSince: async () => ({ docs: pulled, lastSeq: 2 }),
      serverNow: async () => undefined,
      trainerKeys: async () => keys,
      withRevisions: async () => [],
      pullContent: async () => ({ written: 0 }),
      pushContent: async () => ({ denied: [] }),
      contentDocs: async () => [],
      close: async () => undefined,
    };
    const deps: SyncDeps = {
      store: {
        pendingEvents: async () => pending.map((e) => ({ ...e, siteId: 's' })),
        markSynced: async () => undefined,
        markRefused: async () => undefined,
        pullSeq: async () => 0,
        savePulled: async () => undefined,
        pendingSigned: async () => [],
        markSignedSynced: async () => undefined,
        markSignedRefused: async () => undefined,
        trainerKeys: async () => new Map(),
        storedSigned: async () => undefined,
        saveSiteModules: async () => undefined,
        heldNational: async () => new Map(),
        saveHeldNational: async () => undefined,
        heldLearners: async (ids) => new Map(ids.includes('marius') ? [['marius', { firstName: 'Marius', version: 1 }]] : []),
      },
      openReplica: async () => replica,
      installPack: async () => ({ ok: true, status: 'unchanged' }),
      activeContentHash: () => undefined,
      baseUrl: 'http://x',
    };
    const summary = await runSync(deps, enrolment, () => undefined);
    expect(summary.ok).toBe(true);
    expect(summary.report?.sent).toEqual([
      { learnerId: 'marius', firstName: 'Marius', work: { sessions: 1, lessons: 1, quizzes: 1, roleplays: 1, reviews: 1 }, events: 7 },
    ]);
    expect(summary.report?.learners).toEqual([{ learnerId: 'josephine', firstName: 'Joséphine', change: 'new' }]);
    expect(summary.report?.othersWork.map((w) => [w.firstName, w.work, w.reason])).toEqual([
      ['Joséphine', { lessons: 1 }, 'continue-here'],
    ]);
    expect(summary.report?.refusals.map((r) => [r.firstName, r.what, r.kind])).toEqual([['Marius', 'lessons', 'unknown-learner']]);
    // It survives the history's storage as JSON.
    expect(JSON.parse(JSON.stringify(summary.report))).toEqual(summary.report);
  });
});
