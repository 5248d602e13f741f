import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signModuleVersion } from '../../src/app/trainer/authoring/module-publish';
import { analyseInk } from '../../src/domain/authoring/ink-checks';
import type { ModuleDraft } from '../../src/domain/authoring/module-draft';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import type { ContentSiteModuleDoc } from '../../src/domain/sync/site-content';
import { identityOf, moduleDraftFactory } from '../support/authoring-factory';
import { trainerFactory, type TestTrainer } from '../support/trainer-factory';
import { raw } from './helpers/raw';
import { enrol, seedSite, startSyncServer, type TestServer } from './helpers/sync-server';

let server: TestServer;
let trainerDevice: EnrolResponse;
let terminal: EnrolResponse;
let marie: TestTrainer;
let paul: TestTrainer;
const site = 'modules';
const hex = (c: string) => c.repeat(32);
const reasons = (json: unknown) => Object.fromEntries((json as { id: string; reason: string }[]).map((r) => [r.id, r.reason]));
const push = (device: EnrolResponse, docs: unknown[]) =>
  raw(server.url, { path: '/sync/content/_bulk_docs', device, body: { docs, new_edits: false } });
const atRev = <T extends object>(doc: T, gen: number, ids: string[]) => ({
  ...doc,
  _rev: `${gen}-${ids[0]}`,
  _revisions: { start: gen, ids },
});

async function version(t: TestTrainer, draft: ModuleDraft, latest?: ContentSiteModuleDoc, siteId = site): Promise<ContentSiteModuleDoc> {
  const ink = new Map(draft.module.roleplays.map((r) => [r.name, analyseInk(r.ink)]));
  const r = await signModuleVersion(identityOf(t, siteId), draft, ink, latest, { keepMine: true });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.doc;
}

beforeAll(async () => {
  server = await startSyncServer();
  await seedSite(server.admin, site, ['ana']);
  await seedSite(server.admin, 'ailleurs', ['zoe']);
  trainerDevice = await enrol(server, site, 'formateur-1', 'trainer');
  terminal = await enrol(server, site, 'poste-1');
  [marie, paul] = await Promise.all([trainerFactory('k-marie'), trainerFactory('k-paul')]);
  await server.admin.registerTrainerKey({ siteId: site, keyId: marie.keyId, trainerName: 'Marie', publicKey: marie.publicKey });
  await server.admin.registerTrainerKey({ siteId: 'ailleurs', keyId: paul.keyId, trainerName: 'Paul', publicKey: paul.publicKey });
});
afterAll(() => server.stop());

describe('a site’s own modules in content', () => {
  it('[W21] a trainer device of the site publishes a module signed by a trainer key of the site; anything else is refused', async () => {
    const named = (slug: string, siteId = site) => {
      const d = moduleDraftFactory(siteId);
      d.moduleId = d.module.ref.id = d.module.ref.dir = d.module.meta.id = `${siteId}-${slug}`;
      return d;
    };
    const v1 = await version(marie, named('accueil'));
    const signed = await version(marie, named('falsifie'));
    const tampered = { ...signed, module: { ...signed.module, title: 'Changé après signature' } };
    const byPaul = await version(paul, named('paul'));
    const otherSite = await version(paul, named('autre', 'ailleurs'), undefined, 'ailleurs');
    expect(reasons((await push(terminal, [atRev(v1, 1, [hex('1')])])).json)).toEqual({ [v1._id]: expect.stringContaining('formateur') });
    const docs = [v1, tampered, byPaul, otherSite].map((d, i) => atRev(d, 1, [hex(String(i + 1))]));
    expect(reasons((await push(trainerDevice, docs)).json)).toEqual({
      [tampered._id]: expect.stringContaining('signature'),
      [byPaul._id]: expect.stringContaining('non enregistrée'),
      [otherSite._id]: expect.stringContaining('autre site'),
    });
  });

  it('[W21] [W16] each publish is the next version: an older one re-pushed, or a fork, is refused', async () => {
    const draft = moduleDraftFactory(site, 'ccp1.ecoute');
    draft.moduleId = draft.module.ref.id = draft.module.ref.dir = draft.module.meta.id = `${site}-ecoute`;
    const v1 = await version(marie, draft);
    const v2 = await version(marie, { ...draft, basedOn: 1 }, v1);
    expect((await push(trainerDevice, [atRev(v1, 1, [hex('a')])])).json).toEqual([]);
    expect((await push(trainerDevice, [atRev(v2, 2, [hex('b'), hex('a')])])).json).toEqual([]);
    const replay = reasons((await push(trainerDevice, [atRev(v1, 3, [hex('c'), hex('b'), hex('a')])])).json);
    expect(Object.values(replay)[0]).toContain('plus ancienne');
    const stored = (await server.app.relais.backend.service.dbOf({ kind: 'content' }).allDocs()).find((d) => d._id === v1._id);
    expect(stored).toMatchObject({ version: 2, signedBy: 'k-marie', scope: `site:${site}` });
  });
});
