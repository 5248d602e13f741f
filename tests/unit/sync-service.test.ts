import { describe, expect, it } from 'vitest';
import { heldNationalOf, type HeldNational } from '../../src/domain/sync/national-content';
import { operatorFactory, signedContentDocs } from '../factories/operator.factory';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { runSync, type SyncDeps, type SyncProgress } from '../../src/sync/sync-run';
import type { ProgressEvent } from '../../src/domain/records/progress-event.schema';
import type { PulledRecords } from '../../src/sync/sync-ports';
import type { LocalReplica } from '../../src/sync/sync-ports';
import type { TrainerKeyDoc } from '../../src/domain/records/assessment.schema';
import { assessmentFactory, eventFactory, learnerFactory, signedFactory, trainerKeyFactory } from '../factories/record.factory';
import { makePack } from '../factories/pack.factory';
import { bilanFactory, trainerFactory, trainerKeyDocFactory, type TestTrainer } from '../support/trainer-factory';
import { roleplayScoreFactory } from '../support/report-factory';
import type { SignedDoc } from '../../src/domain/sync/signed-doc';
import type { RoleplayScoreDoc } from '../../src/domain/records/trainer-work.schema';

const enrolment: EnrolResponse = { deviceId: 't1', siteId: 's', role: 'terminal', credential: 'c'.repeat(43) };

async function fakes(o: {
  pending: ProgressEvent[];
  denied?: string[];
  pulled?: Record<string, unknown>[];
  content?: unknown[];
  pushFails?: boolean;
  serverNow?: number;
  keys?: TrainerKeyDoc[];
  held?: [string, { firstName: string; version?: number }][];
  stored?: Record<string, SignedDoc>;
  heldNational?: HeldNational;
}) {
  const keys = [{ ...(await trainerKeyFactory('s')), _rev: `1-${'f'.repeat(32)}` }];
  const marked: string[] = [];
  const refused: string[] = [];
  const saved: PulledRecords = { learners: [], events: [], assessments: [] };
  const installed: unknown[] = [];
  const savedNational: HeldNational[] = [];
  const replica: LocalReplica = {
    stage: async () => undefined,
    stageSigned: async () => undefined,
    push: async (p) => {
      if (o.pushFails) throw Object.assign(new Error('down'), { status: 503 });
      p(o.pending.length);
      return { written: o.pending.length, denied: (o.denied ?? []).map((id) => ({ id, reason: 'non' })) };
    },
    pull: async () => ({ written: o.pulled?.length ?? 0 }),
    changedSince: async () => ({ docs: o.pulled ?? [], lastSeq: 9 }),
    serverNow: async () => o.serverNow,
    trainerKeys: async () => keys,
    withRevisions: async () => [],
    pushContent: async () => ({ denied: [] }),
    pullContent: async () => ({ written: 0 }),
    contentDocs: async () => o.content ?? [],
    close: async () => undefined,
  };
  const deps: SyncDeps = {
    store: {
      pendingEvents: async () => o.pending,
      markSynced: async (ids) => void marked.push(...ids),
      markRefused: async (ids) => void refused.push(...ids),
      pullSeq: async () => 0,
      savePulled: async (pulled) => void Object.assign(saved, pulled),
      pendingSigned: async () => [],
      markSignedSynced: async () => undefined,
      markSignedRefused: async () => undefined,
      trainerKeys: async () => new Map((o.keys ?? []).map((k) => [k.keyId, k])),
      storedSigned: async (id) => o.stored?.[id],
      heldLearners: async (ids) => new Map((o.held ?? []).filter(([id]) => ids.includes(id))),
      saveSiteModules: async () => undefined,
      heldNational: async () => o.heldNational ?? new Map(),
      saveHeldNational: async (held) => void savedNational.push(held),
    },
    openReplica: async () => replica,
    installPack: async (pack) => {
      installed.push(pack);
      return { ok: true, status: 'imported' };
    },
    activeContentHash: () => undefined,
    baseUrl: 'http://x',
  };
  return { deps, marked, refused, saved, installed, savedNational };
}

describe('a sync run', () => {
  it("marks only accepted events synced, keeps pulled learners and other terminals' events, installs new content", async () => {
    const pending = [1, 2, 3].map((seq) => eventFactory({ siteId: 's', learnerId: 'ana', deviceId: 't1', seq }));
    const learner = { ...(await learnerFactory('s', 'ana')), _rev: `1-${'a'.repeat(32)}` };
    const mine = { ...pending[0]!, _rev: `1-${'b'.repeat(32)}` };
    const theirs = { ...eventFactory({ siteId: 's', learnerId: 'ana', deviceId: 't2', seq: 1 }), _rev: `1-${'c'.repeat(32)}` };
    const pack = await makePack();
    const operator = await operatorFactory();
    const bilan = {
      ...(await assessmentFactory({ siteId: 's', learnerId: 'ana', assessmentId: 'b1', at: '2026-02-01T10:00:00.000Z' })),
      _rev: `1-${'d'.repeat(32)}`,
    };
    const f = await fakes({
      pending,
      denied: [pending[1]!._id],
      pulled: [learner, mine, theirs, bilan, { _id: 'junk', type: 'nope' }],
      content: [operator.keyDoc, ...(await signedContentDocs(pack, operator))],
    });
    const progress: SyncProgress[] = [];
    const summary = await runSync(f.deps, enrolment, (p) => progress.push(p));
    expect(summary).toMatchObject({
      ok: true,
      sent: 2,
      received: 3,
      refused: [{ id: pending[1]!._id, reason: 'non' }],
      contentInstalled: true,
    });
    expect(f.marked).toEqual([pending[0]!._id, pending[2]!._id]);
    expect(f.refused).toEqual([pending[1]!._id]);
    expect(f.saved.learners.map((l) => l.learnerId)).toEqual(['ana']);
    expect(f.saved.learners[0]).not.toHaveProperty('_rev');
    expect(f.saved.events.map((e) => e.deviceId)).toEqual(['t2']);
    expect(f.saved.assessments.map((a) => a.assessmentId)).toEqual(['b1']);
    expect((f.installed[0] as { hash: string }).hash).toBe(pack.hash);
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['push', 'pull', 'content', 'install']));
  });

  it('[W17] keeps only the trainer documents that verify against the site’s trainer keys', async () => {
    const good = await learnerFactory('s', 'ana');
    const tampered = { ...(await learnerFactory('s', 'ben')), firstName: 'Pirate' };
    const stranger = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const unknownKey = await signedFactory(await learnerFactory('s', 'cleo'), undefined, {
      keyId: 'k-inconnu',
      privateKey: stranger.privateKey,
    });
    const forgedKey = await signedFactory(await learnerFactory('s', 'dan'), undefined, {
      keyId: 'k-formateur',
      privateKey: stranger.privateKey,
    });
    const bilan = await assessmentFactory({ siteId: 's', learnerId: 'ana', assessmentId: 'b1', at: '2026-02-01T10:00:00.000Z' });
    const forgedBilan = { ...bilan, assessmentId: 'b2', _id: 'assessment:ana:b2' };
    const f = await fakes({ pending: [], pulled: [good, tampered, unknownKey, forgedKey, bilan, forgedBilan] });
    const summary = await runSync(f.deps, enrolment, () => undefined);
    expect(summary.ok).toBe(true);
    expect(f.saved.learners.map((l) => l.learnerId)).toEqual(['ana']);
    expect(f.saved.assessments.map((a) => a.assessmentId)).toEqual(['b1']);
    expect(Object.fromEntries((summary.ignored ?? []).map((d) => [d.id, d.reason]))).toEqual({
      'learner:ben': 'bad-signature',
      'learner:cleo': 'unknown-key',
      'learner:dan': 'bad-signature',
      'assessment:ana:b2': 'bad-signature',
    });
  });

  it('measures how far this terminal’s clock is from the server’s', async () => {
    const f = await fakes({ pending: [], serverNow: Date.now() - 3 * 3600_000 });
    const summary = await runSync(f.deps, enrolment, () => undefined);
    expect(summary.clockSkewMs).toBeGreaterThan(3 * 3600_000 - 60_000);
  });

  it('keeps a pulled bilan that verifies against a pulled trainer key, and ignores one that does not', async () => {
    const t = await trainerFactory();
    const good = await bilanFactory(t, { siteId: 's', learnerId: 'ana', plan: { exempt: ['m-accueil'] } });
    const forged = { ...(await bilanFactory(t, { siteId: 's', learnerId: 'bob' })), plan: { ...good.plan, exempt: ['m-ecoute'] } };
    const stranger = await bilanFactory(await trainerFactory('k-inconnu'), { siteId: 's', learnerId: 'eve' });
    const f = await fakes({ pending: [], pulled: [trainerKeyDocFactory(t, 's'), good, forged, stranger] });
    await runSync(f.deps, enrolment, () => undefined);
    expect(f.saved.bilans?.map((b) => b.learnerId)).toEqual(['ana']);
    expect(f.saved.trainerKeys?.map((k) => k.keyId)).toEqual([t.keyId]);
  });

  it('[W17] ignores a pulled bilan (its plan) or score that is unsigned, by an unregistered or another site’s key, or older than the one held', async () => {
    const [t, other, stranger] = await Promise.all([trainerFactory(), trainerFactory('k-autre'), trainerFactory('k-inconnu')]);
    const score = (by: TestTrainer, scoreId: string, ratio: number, previous?: RoleplayScoreDoc) => {
      const {
        signedBy: _s,
        version: _v,
        prevHash: _p,
        signature: _g,
        ...doc
      } = roleplayScoreFactory({
        learnerId: 'ana',
        scoreId,
        at: '2026-03-02T10:00:00.000Z',
        source: { kind: 'live', situation: 'Appel entrant' },
        ratio,
      });
      return signedFactory({ ...doc, siteId: 's' }, previous, by) as Promise<RoleplayScoreDoc>;
    };
    const bare = (d: Record<string, unknown>) => {
      const { signedBy: _s, version: _v, prevHash: _p, signature: _g, ...rest } = d;
      return rest;
    };
    const b1 = await bilanFactory(t, { siteId: 's', learnerId: 'ana', bilanId: 'b-roll', plan: { exempt: ['m-accueil'] } });
    const b2 = await bilanFactory(t, { siteId: 's', learnerId: 'ana', bilanId: 'b-roll', plan: { exempt: [] }, previous: b1 });
    const s1 = await score(t, 's-roll', 0.3);
    const s2 = await score(t, 's-roll', 0.9, s1);
    const pulled = [
      trainerKeyDocFactory(t, 's'),
      await bilanFactory(t, { siteId: 's', learnerId: 'ana', bilanId: 'b-ok' }),
      bare(await bilanFactory(t, { siteId: 's', learnerId: 'ana', bilanId: 'b-nu' })),
      await bilanFactory(stranger, { siteId: 's', learnerId: 'ana', bilanId: 'b-inconnu' }),
      await bilanFactory(other, { siteId: 's', learnerId: 'ana', bilanId: 'b-ailleurs' }),
      b1,
      await score(t, 's-ok', 0.8),
      bare(await score(t, 's-nu', 0.8)),
      await score(stranger, 's-inconnu', 0.8),
      await score(other, 's-ailleurs', 0.8),
      s1,
    ];
    const f = await fakes({ pending: [], pulled, keys: [trainerKeyDocFactory(other, 'ailleurs')], stored: { [b1._id]: b2, [s1._id]: s2 } });
    const summary = await runSync(f.deps, enrolment, () => undefined);
    expect(f.saved.bilans?.map((b) => b.bilanId)).toEqual(['b-ok']);
    expect(f.saved.trainerWork?.map((w) => w._id)).toEqual(['roleplay-score:ana:s-ok']);
    // The unsigned ones fail the shared schema (a bilan or a score without its signed fields is no bilan).
    expect(Object.fromEntries((summary.ignored ?? []).map((d) => [d.id, d.reason]))).toEqual({
      'bilan:ana:b-inconnu': 'unknown-key',
      'bilan:ana:b-ailleurs': 'other-site',
      'bilan:ana:b-roll': 'not-successor',
      'roleplay-score:ana:s-inconnu': 'unknown-key',
      'roleplay-score:ana:s-ailleurs': 'other-site',
      'roleplay-score:ana:s-roll': 'not-successor',
    });
  });

  it('a failed push marks nothing and says why', async () => {
    const pending = [eventFactory({ siteId: 's', learnerId: 'ana', deviceId: 't1', seq: 1 })];
    const f = await fakes({ pending, pushFails: true });
    const summary = await runSync(f.deps, enrolment, () => undefined);
    expect(summary).toMatchObject({ ok: false, sent: 0, failure: 'unavailable' });
    expect(f.marked).toEqual([]);
  });
});

describe('national content on the terminal', () => {
  it('[W25] installs the national content only when it verifies; otherwise keeps the installed one and says why in French', async () => {
    const operator = await operatorFactory();
    const forger = await operatorFactory(operator.keyId);
    const pack = await makePack();
    const forged = await signedContentDocs(pack, forger);
    const f = await fakes({ pending: [], content: [operator.keyDoc, ...forged] });
    const summary = await runSync(f.deps, enrolment, () => undefined);
    expect(summary).toMatchObject({ ok: true, contentInstalled: false });
    expect(f.installed).toEqual([]);
    expect(f.savedNational).toEqual([]);
    expect(summary.ignored).toEqual(forged.map((d) => ({ id: d._id, reason: 'contenu national : signature de l’exploitant invalide' })));
    expect(summary.report?.refusals.map((r) => [r.kind, r.what])).toEqual(forged.map(() => ['national-content', 'content']));

    // The valid one installs, and its versions are remembered: the older one is refused on a later run.
    const v1 = await signedContentDocs(pack, operator);
    const ok = await fakes({ pending: [], content: [operator.keyDoc, ...v1] });
    expect(await runSync(ok.deps, enrolment, () => undefined)).toMatchObject({ ok: true, contentInstalled: true });
    expect(ok.savedNational[0]?.get('programme')).toEqual({ version: 1, signature: v1[0]!.signature });
    const v2 = await signedContentDocs(await makePack({ titlePrefix: 'Autre' }), operator, '2026-12-02T09:00:00.000Z', v1);
    const later = new Map([...ok.savedNational[0]!, ...heldNationalOf(v2)]);
    const replay = await fakes({ pending: [], content: [operator.keyDoc, ...v1], heldNational: later });
    const replayed = await runSync(replay.deps, enrolment, () => undefined);
    expect(replay.installed).toEqual([]);
    expect(replayed.ignored?.map((d) => d.reason)).toEqual(
      v2.map(() => 'contenu national : version 1 plus ancienne que la version 2 installée'),
    );
  });
});
