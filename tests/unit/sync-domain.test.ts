import { describe, expect, it } from 'vitest';
import { scanJson } from '../../sync-server/src/gateway/json-guard';
import { assemblePack, packToContentDocs } from '../../src/domain/sync/content-docs';
import { parseDbName } from '../../src/domain/sync/db-names';
import { BUNDLE_FORMAT, BUNDLE_KIND, bundleKey, signBundle, verifyBundleMac } from '../../src/domain/sync/event-bundle';
import { extendsKnownLeaf, parseRevisions } from '../../src/domain/sync/revisions';
import { makePack } from '../factories/pack.factory';

const h = (c: string) => c.repeat(32);

describe('revisions', () => {
  it('[W6] parses a consistent history and refuses inconsistent ones', () => {
    expect(parseRevisions({ _rev: `2-${h('b')}`, _revisions: { start: 2, ids: [h('b'), h('a')] } })).toEqual({
      rev: `2-${h('b')}`,
      generation: 2,
      history: [`2-${h('b')}`, `1-${h('a')}`],
    });
    expect(parseRevisions({ _rev: '2-xyz' })).toMatch(/mal formée/);
    expect(parseRevisions({ _rev: `2-${h('b')}`, _revisions: { start: 2, ids: [h('b'), h('a'), h('c')] } })).toMatch(/plus long/);
    expect(parseRevisions({ _rev: `1-${h('b')}`, _revisions: { start: 1, ids: ['nothex'] } })).toMatch(/ids\[0\]/);
  });

  it('[W11] an update extends a known leaf, or is the leaf itself', () => {
    const info = parseRevisions({ _rev: `2-${h('b')}`, _revisions: { start: 2, ids: [h('b'), h('a')] } });
    if (typeof info === 'string') throw new Error(info);
    expect(extendsKnownLeaf(info, [`1-${h('a')}`])).toBe(true);
    expect(extendsKnownLeaf(info, [`2-${h('b')}`])).toBe(true);
    expect(extendsKnownLeaf(info, [`1-${h('c')}`])).toBe(false);
    expect(extendsKnownLeaf(info, [])).toBe(true);
  });
});

describe('JSON scan', () => {
  it('[B2][B3][B4] finds duplicate keys, prototype keys and deep nesting, with the document index', () => {
    const scan = scanJson('{"docs":[{"a":1},{"a":1,"a":2},{"x":{"__proto__":{}}},[[[[1]]]]],"new_edits":false}', 5);
    expect(scan.issues).toEqual([
      { path: ['docs', 1, 'a'], reason: expect.stringContaining('double') },
      { path: ['docs', 2, 'x'], reason: expect.stringContaining('__proto__') },
      { path: ['docs', 3, 0], reason: expect.stringContaining('imbrication') },
    ]);
    expect(scan.elementLengths.get(0)).toBe('{"a":1}'.length);
  });

  it('[B2] keys inside strings and escaped quotes do not confuse it', () => {
    expect(scanJson('{"a":"{\\"a\\":1,\\"a\\":2}","b":"__proto__"}', 10).issues).toEqual([]);
  });
});

describe('database names', () => {
  it('[P1] only site-<slug> and content are databases', () => {
    expect(parseDbName('site-demo')).toEqual({ kind: 'site', siteId: 'demo' });
    expect(parseDbName('content')).toEqual({ kind: 'content' });
    for (const n of ['site-', 'site-DEMO', '_users', 'relais-admin', 'site-a/b']) expect(parseDbName(n)).toBeUndefined();
  });
});

describe('content documents', () => {
  it('[P4] a published pack comes back whole from its documents, in programme order', async () => {
    const pack = await makePack({ modules: 3 });
    const docs = packToContentDocs(pack, '2026-02-01T00:00:00.000Z').reverse();
    const assembled = await assemblePack(docs);
    expect(assembled.ok && assembled.pack.hash).toBe(pack.hash);
    const partial = await assemblePack(docs.filter((d) => d._id !== 'module:m1'));
    expect(partial).toEqual({ ok: false, reason: 'missing-modules', missing: ['m1'] });
  });
});

describe('event bundles', () => {
  it('[X1] a bundle signed with the credential verifies with the bundle key, and not once changed', async () => {
    const credential = 'c'.repeat(43);
    const bundle = await signBundle(
      {
        kind: BUNDLE_KIND,
        format: BUNDLE_FORMAT,
        siteId: 's',
        deviceId: 'd',
        createdAt: '2026-01-01T00:00:00.000Z',
        events: [{ _id: 'x' }],
      },
      credential,
    );
    const key = await bundleKey(credential);
    expect(await verifyBundleMac(bundle, key)).toBe(true);
    expect(await verifyBundleMac({ ...bundle, events: [] }, key)).toBe(false);
    expect(await verifyBundleMac(bundle, await bundleKey('other'))).toBe(false);
  });
});
