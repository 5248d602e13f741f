import { mkdir, mkdtemp, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signModuleVersion } from '../../src/app/trainer/authoring/module-publish';
import { importModuleExport } from '../../src/content-build/module-import';
import { analyseInk } from '../../src/domain/authoring/ink-checks';
import { draftProblems, lessonProblems } from '../../src/domain/authoring/module-draft';
import { unzipExport, zipModule } from '../../src/domain/authoring/module-zip';
import { assemblePack, checkContentDoc, packToContentDocs } from '../../src/domain/sync/content-docs';
import { keepSiteModules } from '../../src/domain/sync/site-content';
import { duplicateOptions } from '../../src/content-build/option-duplicates';
import { makePack } from '../factories/pack.factory';
import { identityOf, moduleDraftFactory } from '../support/authoring-factory';
import { trainerFactory } from '../support/trainer-factory';

const inkOf = (draft: ReturnType<typeof moduleDraftFactory>) => new Map(draft.module.roleplays.map((r) => [r.name, analyseInk(r.ink)]));
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('the editors run the content build’s checks', () => {
  it('refuses raw HTML at its line and a box left open, in French', () => {
    const lesson = {
      id: 'demo-a.l1',
      title: 'T',
      competency: 'ccp1.accueil',
      minutes: 5,
      body: 'Texte.\n\n<form action="x">\n::: retenir\nÀ garder.',
    };
    const problems = lessonProblems(lesson, 0);
    expect(problems).toContainEqual(expect.objectContaining({ line: 3, message: expect.stringContaining('HTML brut') }));
    expect(problems).toContainEqual(expect.objectContaining({ line: 4, message: expect.stringContaining('n’est pas fermé') }));
  });

  it('flags two options with the same text as you type, and a module id outside the site', () => {
    const draft = moduleDraftFactory();
    const item = draft.module.quiz!.items[0]!;
    if (item.type === 'single') item.choices = ['Bonjour', ' bonjour !'];
    draft.module.meta.id = 'm-autre';
    const messages = draftProblems(draft, duplicateOptions).map((p) => p.message);
    expect(messages.some((m) => m.includes('même texte'))).toBe(true);
    expect(messages.some((m) => m.includes('commence par « demo- »'))).toBe(true);
  });
});

describe('publishing a site module', () => {
  it('[W21] signs the next version under the site scope; a terminal of the site keeps it and adds it to the pack', async () => {
    const trainer = await trainerFactory();
    const draft = moduleDraftFactory();
    const first = await signModuleVersion(identityOf(trainer), draft, inkOf(draft), undefined);
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect(first.doc).toMatchObject({
      _id: `site-module:${draft.moduleId}`,
      scope: 'site:demo',
      version: 1,
      prevHash: null,
      signedBy: trainer.keyId,
    });
    expect(typeof checkContentDoc(first.doc)).toBe('object');
    const second = await signModuleVersion(identityOf(trainer), { ...draft, basedOn: 1 }, inkOf(draft), first.doc);
    if (!second.ok) throw new Error(JSON.stringify(second));
    expect(second.doc.version).toBe(2);
    expect(second.doc.prevHash).toMatch(/^[0-9a-f]{64}$/);

    const keys = new Map([[trainer.keyId, { siteId: 'demo', publicKey: trainer.publicKey }]]);
    const forged = { ...second.doc, module: { ...second.doc.module, title: 'Changé en route' } };
    const kept = await keepSiteModules([second.doc], 'demo', keys);
    expect(kept.kept).toHaveLength(1);
    expect((await keepSiteModules([forged], 'demo', keys)).dropped).toEqual([{ id: forged._id, reason: 'bad-signature' }]);
    expect((await keepSiteModules([second.doc], 'autre', keys)).kept).toHaveLength(0);

    const pack = await makePack();
    const assembled = await assemblePack(packToContentDocs(pack, '2026-12-01T10:00:00.000Z'), kept.kept);
    if (!assembled.ok) throw new Error(assembled.reason);
    expect(assembled.pack.programme.moduleOrder.at(-1)).toBe(draft.moduleId);
    expect(assembled.pack.modules.at(-1)?.lessons[0]?.html).toContain('box-retenir');
  });

  it('refuses a publish based on an older version than the latest, unless the trainer keeps theirs', async () => {
    const trainer = await trainerFactory();
    const draft = moduleDraftFactory();
    const v1 = await signModuleVersion(identityOf(trainer), draft, inkOf(draft), undefined);
    if (!v1.ok) throw new Error('v1');
    const behind = await signModuleVersion(identityOf(trainer), { ...draft, basedOn: 0 }, inkOf(draft), v1.doc);
    expect(behind).toMatchObject({ ok: false, reason: 'behind', theirs: { version: 1 } });
    const kept = await signModuleVersion(identityOf(trainer), { ...draft, basedOn: 0 }, inkOf(draft), v1.doc, { keepMine: true });
    expect(kept).toMatchObject({ ok: true, doc: { version: 2 } });
  });

  it('does not publish a script that does not compile, and says where', async () => {
    const trainer = await trainerFactory();
    const draft = moduleDraftFactory();
    draft.module.roleplays[0]!.ink = draft.module.roleplays[0]!.ink.replace('-> besoin', '-> nulle_part');
    const r = await signModuleVersion(identityOf(trainer), draft, inkOf(draft), undefined);
    expect(r).toMatchObject({ ok: false, reason: 'problems', problems: [expect.objectContaining({ part: 'roleplay', line: 5 })] });
  });
});

describe('export of a module written in the app', () => {
  it('zips the content/ folder format, which content:import (and so content:build) accepts unchanged', async () => {
    const files = unzipExport(zipModule(moduleDraftFactory('demo', 'ccp1.accueil').module));
    const exportDir = await mkdtemp(join(tmpdir(), 'relais-zip-'));
    const root = await mkdtemp(join(tmpdir(), 'relais-zip-content-'));
    dirs.push(exportDir, root);
    for (const f of files) {
      await mkdir(dirname(join(exportDir, f.path)), { recursive: true });
      await writeFile(join(exportDir, f.path), f.text);
    }
    await cp('tests/fixtures/content', root, { recursive: true });
    const r = await importModuleExport(exportDir, root);
    expect(r).toMatchObject({ ok: true, moduleId: 'demo-accueil-au-guichet', created: true });
  });
});
