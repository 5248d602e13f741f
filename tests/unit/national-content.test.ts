import { describe, expect, it } from 'vitest';
import { checkContentDoc, packToContentDocs, type ContentModuleDoc, type NationalDoc } from '../../src/domain/sync/content-docs';
import {
  checkNationalWrite,
  heldNationalOf,
  keepNationalContent,
  operatorKeysOf,
  signNationalDocs,
} from '../../src/domain/sync/national-content';
import { signDoc } from '../../src/domain/sync/signed-doc';
import { testTrainerKeys, TEST_TRAINER } from '../factories/record.factory';
import { makePack } from '../factories/pack.factory';
import { operatorFactory, signedContentDocs } from '../factories/operator.factory';

const byId = (docs: readonly NationalDoc[]) => new Map(docs.map((d) => [d._id, d]));
const reasons = (dropped: { id: string; reason: string }[]) => Object.fromEntries(dropped.map((d) => [d.id, d.reason]));

describe('national content signed by an operator key', () => {
  it('[W24] each document is signed under the national scope; a new pack moves only the changed documents to the next version', async () => {
    const operator = await operatorFactory();
    const pack = await makePack({ modules: 2 });
    const v1 = await signedContentDocs(pack, operator);
    expect(v1.map((d) => [d._id, d.scope, d.version, d.prevHash, d.signedBy])).toEqual([
      ['programme', 'national', 1, null, operator.keyId],
      [`module:${pack.modules[0]!.id}`, 'national', 1, null, operator.keyId],
      [`module:${pack.modules[1]!.id}`, 'national', 1, null, operator.keyId],
    ]);
    const edited = await makePack({ modules: 2, titlePrefix: 'Autre' });
    const v2 = await signedContentDocs(edited, operator, '2026-12-02T09:00:00.000Z', v1);
    // Every module changed title; the programme (same order, same placement) did not.
    expect(v2.map((d) => [d._id, d.version])).toEqual(edited.modules.map((m) => [`module:${m.id}`, 2]));
    const keys = operatorKeysOf([operator.keyDoc]);
    for (const d of v2) {
      const stored = byId(v1).get(d._id);
      expect(await checkNationalWrite(d, keys, stored)).toMatchObject({ ok: true, same: false });
    }
    // Publishing the same pack again signs nothing.
    expect(await signNationalDocs(packToContentDocs(edited, '2026-12-03T09:00:00.000Z'), byId([...v1, ...v2]), operator)).toEqual([]);
  });

  it('[W24] the server refuses an unsigned document, a trainer key’s, a forged signature and a replayed older version', async () => {
    const operator = await operatorFactory();
    const stranger = await operatorFactory('exploitant-pirate');
    const keys = operatorKeysOf([operator.keyDoc]);
    const pack = await makePack({ modules: 1 });
    const [programme1, signedModule] = await signedContentDocs(pack, operator);
    const module1 = signedModule as ContentModuleDoc;
    const edited = await makePack({ modules: 1, titlePrefix: 'Autre' });
    const [module2] = await signedContentDocs(edited, operator, '2026-12-02T09:00:00.000Z', [programme1!, module1!]);
    const [unsigned] = packToContentDocs(pack, '2026-12-01T09:00:00.000Z').filter((d) => d.type === 'content-module');
    const trainer = await signDoc({ ...module1!, signedBy: TEST_TRAINER.keyId }, (await testTrainerKeys()).privateKey);
    const [byStranger] = (await signedContentDocs(pack, stranger)).filter((d) => d.type === 'content-module');
    const altered = { ...module1!, module: { ...module1!.module, title: 'Changé après signature' } };

    expect(checkContentDoc(unsigned as unknown as Record<string, unknown>)).toContain('non signé');
    expect(await checkNationalWrite(unsigned as unknown as Record<string, unknown>, keys, undefined)).toEqual({
      ok: false,
      reason: expect.stringContaining('non signé'),
    });
    expect(await checkNationalWrite(trainer, keys, undefined)).toEqual({
      ok: false,
      reason: expect.stringContaining('clé d’exploitant inconnue'),
    });
    expect(await checkNationalWrite(byStranger!, keys, undefined)).toEqual({ ok: false, reason: expect.stringContaining('inconnue') });
    expect(await checkNationalWrite(altered, keys, undefined)).toEqual({ ok: false, reason: expect.stringContaining('signature') });
    // A valid signature does not make an old version current again.
    expect(await checkNationalWrite(module1!, keys, module2)).toEqual({ ok: false, reason: expect.stringContaining('plus ancienne') });
    expect(await checkNationalWrite(module1!, keys, module1)).toMatchObject({ ok: true, same: true });
  });

  it('[W25] the terminal keeps only what verifies against the operator keys and does not go back from what it installed', async () => {
    const operator = await operatorFactory();
    const pack = await makePack({ modules: 1 });
    const v1 = await signedContentDocs(pack, operator);
    const edited = await makePack({ modules: 1, titlePrefix: 'Autre' });
    const v2 = await signedContentDocs(edited, operator, '2026-12-02T09:00:00.000Z', v1);
    const keys = operatorKeysOf([operator.keyDoc, { ...operator.keyDoc, _id: 'operator-key:faux', keyId: 'autre' }]);
    expect([...keys.keys()]).toEqual([operator.keyId]);

    const fresh = await keepNationalContent([...v1, { type: 'learner' }], keys, new Map());
    expect(fresh).toEqual({ kept: v1, dropped: [] });

    const moduleId = `module:${pack.modules[0]!.id}`;
    const installed = heldNationalOf([v1[0]!, v2[0]!]);
    const rolledBack = await keepNationalContent(v1, keys, installed);
    expect(reasons(rolledBack.dropped)).toEqual({
      [moduleId]: expect.stringContaining('version 1 plus ancienne que la version 2 installée'),
    });

    const changed = v2[0] as ContentModuleDoc;
    const forged = { ...changed, module: { ...changed.module, title: 'Pirate' } };
    const noKey = await keepNationalContent([v1[0]!, forged], new Map(), new Map());
    expect(reasons(noKey.dropped)).toEqual({
      programme: expect.stringContaining('clé d’exploitant inconnue'),
      [moduleId]: expect.stringContaining('inconnue'),
    });
    const bad = await keepNationalContent([forged], keys, new Map());
    expect(reasons(bad.dropped)).toEqual({ [moduleId]: 'contenu national : signature de l’exploitant invalide' });
  });
});
