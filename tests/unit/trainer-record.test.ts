import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url, utf8 } from '../../src/domain/trainer/base64url';
import { signLearnerRecord, verifyLearnerRecord, type KeyResolver } from '../../src/domain/trainer/learner-record';
import { planRecordMerge, rehomeEvents, resignFields } from '../../src/domain/trainer/record-merge';
import { checkSiteRecord } from '../../src/domain/records/record-validate';
import { progressEvent } from '../factories/event.factory';
import { demoSigning, otherSigning, recordFactory } from '../support/record-factory';

const programme = { id: 'crcd', title: 'Conseiller relation client à distance' };
const resolverFor =
  (keys: { siteId: string; keyId: string; publicKey: string }[]): KeyResolver =>
  async (siteId, keyId) =>
    keys.find((k) => k.siteId === siteId && k.keyId === keyId)?.publicKey;

describe('learner record file', () => {
  it('round-trips the full record through a signed Open Badges 3.0 credential (VC-JWT, EdDSA)', async () => {
    const signer = await demoSigning();
    const record = recordFactory();
    const file = await signLearnerRecord(record, signer, programme);
    const [h, p] = file.split('.');
    expect(JSON.parse(new TextDecoder().decode(fromBase64Url(h ?? '')))).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: 'demo-formateur' });
    const payload = JSON.parse(new TextDecoder().decode(fromBase64Url(p ?? '')));
    expect(payload.iss).toBe('urn:relais:site:demo');
    expect(payload.vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(payload.vc.credentialSubject.type).toEqual(['AchievementSubject']);
    const verified = await verifyLearnerRecord(file, resolverFor([signer]));
    expect(verified).toEqual({ ok: true, record, signedBy: { siteId: 'demo', keyId: 'demo-formateur' } });
  });

  it('carries no more personal data than the first name and the pseudonymous id', async () => {
    const file = await signLearnerRecord(recordFactory(), await demoSigning(), programme);
    const payload = new TextDecoder().decode(fromBase64Url(file.split('.')[1] ?? ''));
    expect(payload).not.toMatch(/"pin"|"hash"|"salt"|surname|email/i);
  });

  it('refuses a tampered file', async () => {
    const signer = await demoSigning();
    const file = await signLearnerRecord(recordFactory(), signer, programme);
    const [h, p, s] = file.split('.') as [string, string, string];
    const changed = new TextDecoder().decode(fromBase64Url(p)).replace('"activeSeconds":600', '"activeSeconds":60000');
    const forged = `${h}.${toBase64Url(utf8(changed))}.${s}`;
    expect(await verifyLearnerRecord(forged, resolverFor([signer]))).toEqual({ ok: false, reason: 'tampered' });
    expect((await verifyLearnerRecord('pas un dossier', resolverFor([signer]))).ok).toBe(false);
    expect(await verifyLearnerRecord(`${h}.${p}`, resolverFor([signer]))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('refuses a file signed by a key this site does not know, or claiming another site for a known key', async () => {
    const known = await demoSigning();
    const stranger = await otherSigning('guyane', 'formateur-inconnu');
    const file = await signLearnerRecord(recordFactory(), stranger, programme);
    expect(await verifyLearnerRecord(file, resolverFor([known]))).toMatchObject({ ok: false, reason: 'unknown-key' });
    const lying = await signLearnerRecord(recordFactory(), { ...stranger, keyId: known.keyId, siteId: 'demo' }, programme);
    expect(await verifyLearnerRecord(lying, resolverFor([known]))).toEqual({ ok: false, reason: 'tampered' });
  });

  it('refuses a signed file whose documents are invalid or about another learner', async () => {
    const signer = await demoSigning();
    const record = recordFactory();
    record.events.push(progressEvent('lesson.completed', { moduleId: 'm1', lessonId: 'm1-l2' }, 4, 'autre-stagiaire'));
    const file = await signLearnerRecord(record, signer, programme);
    expect(await verifyLearnerRecord(file, resolverFor([signer]))).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('merging a record at the receiving site', () => {
  const empty = { learnerExists: false, events: [], assessments: [], work: [] };

  it('adds everything for a learner new to the site, with the original times', () => {
    const record = recordFactory();
    const plan = planRecordMerge(record, empty);
    expect(plan).toEqual({ ok: true, newLearner: true, events: record.events, assessments: [], work: record.work, bilans: [] });
    if (plan.ok) expect(plan.events.map((e) => e.at)).toEqual(record.events.map((e) => e.at));
  });

  it('adds only what is missing when the learner comes back with a longer history (or the same file twice)', () => {
    const record = recordFactory();
    const plan = planRecordMerge(record, { learnerExists: true, events: record.events.slice(0, 2), assessments: [], work: record.work });
    expect(plan).toEqual({ ok: true, newLearner: false, events: record.events.slice(2), assessments: [], work: [], bilans: [] });
    expect(planRecordMerge(record, { learnerExists: true, events: record.events, assessments: [], work: record.work })).toMatchObject({
      ok: true,
      events: [],
      work: [],
    });
  });

  it('refuses a learner id that already exists here with a different history', () => {
    const record = recordFactory();
    const other = progressEvent('lesson.completed', { moduleId: 'm2', lessonId: 'm2-l1' }, 9);
    expect(planRecordMerge(record, { ...empty, learnerExists: true, events: [other] })).toMatchObject({
      ok: false,
      reason: 'different-history',
    });
    const changed = { ...record.events[1]!, at: '2026-02-02T08:00:00.000Z' } as (typeof record.events)[number];
    expect(planRecordMerge(record, { ...empty, learnerExists: true, events: [changed] })).toMatchObject({
      ok: false,
      reason: 'different-history',
    });
    const resigned = { ...record.work[0]!, signature: 'YXV0cmU=' } as (typeof record.work)[number];
    expect(planRecordMerge(record, { ...empty, learnerExists: true, work: [resigned] })).toMatchObject({
      ok: false,
      reason: 'different-history',
    });
  });

  it("re-homes imported events as this terminal's own (valid, in order, original times) and still knows them when the learner comes back", () => {
    const record = recordFactory();
    const mine = rehomeEvents(record.events, { siteId: 'kourou', deviceId: 'poste-b1', afterSeq: 4 });
    expect(mine.map((e) => [e.siteId, e.deviceId, e.seq])).toEqual([
      ['kourou', 'poste-b1', 5],
      ['kourou', 'poste-b1', 6],
      ['kourou', 'poste-b1', 7],
    ]);
    expect(mine.map((e) => e.at)).toEqual(record.events.map((e) => e.at));
    for (const e of mine) expect(checkSiteRecord(e)).toMatchObject({ ok: true });
    // The file comes back to a terminal that holds the re-homed copies: nothing new, no refusal.
    expect(planRecordMerge(record, { ...empty, learnerExists: true, events: mine })).toMatchObject({ ok: true, events: [] });
  });

  it('takes a copy re-signed at another site as the same document, and signing fields apart, nothing else', () => {
    const record = recordFactory();
    const doc = record.work[0]!;
    const there = {
      ...resignFields(doc, 'kourou'),
      signedBy: 'noe',
      version: 1,
      prevHash: null,
      signature: 'YXV0cmU=',
    } as unknown as typeof doc;
    expect(planRecordMerge(record, { ...empty, learnerExists: true, work: [there] })).toMatchObject({ ok: true, work: [record.work[1]] });
    const changed = { ...there, at: '2026-02-09T10:00:00.000Z' } as typeof doc;
    expect(planRecordMerge(record, { ...empty, learnerExists: true, work: [changed] })).toMatchObject({
      ok: false,
      reason: 'different-history',
    });
  });
});
