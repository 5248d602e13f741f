import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPack } from '../../src/domain/content/pack-validate';
import { trainerKeyDocId } from '../../src/domain/records/ids';
import { siteDbName } from '../../src/domain/sync/db-names';
import type { EnrolResponse } from '../../src/domain/sync/device.schema';
import { keyFingerprint } from '../../src/domain/trainer/trainer-vault';
import { bundleFactory } from '../factories/bundle.factory';
import { makePack } from '../factories/pack.factory';
import { ConsoleClient, type ConsoleUnderTest, startConsoleServer, textOf } from './helpers/console-client';
import { raw } from './helpers/raw';
import { seedSite } from './helpers/sync-server';

let c: ConsoleUnderTest;
let client: ConsoleClient;
const codeOf = (html: string) => /data-code>([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})</.exec(html)?.[1] ?? '';

beforeAll(async () => {
  c = await startConsoleServer();
  client = new ConsoleClient(c.url);
  expect(textOf((await client.signIn()).text)).toContain('Que voulez-vous faire ?');
});
afterAll(() => c.stop());

async function enrolThroughConsole(site: string, deviceId: string): Promise<EnrolResponse> {
  const made = await client.post('/codes', { site, role: 'terminal', ttl: '30', nouveauSite: site });
  const res = await raw(c.server.url, { path: '/sync/_enrol', body: { code: codeOf(made.text), deviceId } });
  expect(res.status).toBe(200);
  return res.json as EnrolResponse;
}

describe('console actions, each through AdminService', () => {
  it('[O7] [A5] makes a one-time code a terminal redeems, with a printable sheet kept for this session only', async () => {
    // A site no device belongs to yet may be a typo: the operator confirms it, and nothing typed is lost.
    const unknown = await client.post('/codes', { site: 'cp-ducos', role: 'terminal', ttl: '30' });
    expect(unknown.status).toBe(400);
    expect(textOf(unknown.text)).toContain('Le site « cp-ducos » n’a encore aucun poste enrôlé');
    expect(unknown.text).toContain('value="cp-ducos"');
    expect(unknown.text).toContain('name="nouveauSite" value="cp-ducos"');
    const made = await client.post('/codes', { site: 'cp-ducos', role: 'terminal', ttl: '30', nouveauSite: 'cp-ducos' });
    expect(made.status).toBe(201);
    const code = codeOf(made.text);
    expect(code).not.toBe('');
    const sheetPath = /href="(\/codes\/[^"]+\/fiche)"/.exec(made.text)?.[1] as string;
    const sheet = await client.get(sheetPath);
    expect(sheet.status).toBe(200);
    expect(textOf(sheet.text)).toContain(code);
    expect(textOf(sheet.text)).toContain('cp-ducos');
    expect(textOf(sheet.text)).toContain('Enrôler ce poste');
    // Another operator's browser cannot open it: the code lives in this session's memory only.
    const other = new ConsoleClient(c.url);
    await other.signIn();
    expect((await other.get(sheetPath)).status).toBe(404);

    const enrolled = await raw(c.server.url, { path: '/sync/_enrol', body: { code, deviceId: 'poste-1' } });
    expect(enrolled.status).toBe(200);
    expect((await raw(c.server.url, { path: '/sync/_enrol', body: { code, deviceId: 'poste-2' } })).status).not.toBe(200);
  });

  it('[O7] a bad site or duration gets a French message and keeps what was typed', async () => {
    const bad = await client.post('/codes', { site: 'Mauvais Site', role: 'terminal', ttl: '30' });
    expect(bad.status).toBe(400);
    expect(textOf(bad.text)).toContain('Identifiant de site invalide « Mauvais Site »');
    expect(bad.text).toContain('value="Mauvais Site"');
    const ttl = await client.post('/codes', { site: 'cp-ducos', role: 'trainer', ttl: '0' });
    expect(ttl.status).toBe(400);
    expect(textOf(ttl.text)).toContain('de 1 à 10080');
    expect(ttl.text).toMatch(/value="trainer" checked/);
  });

  it('[O8] [A2] lists devices per site with their last sync, and revokes one after a confirmation', async () => {
    const dev = await enrolThroughConsole('cp-baie', 'poste-baie');
    expect((await raw(c.server.url, { path: '/sync/site-cp-baie', device: dev })).status).toBe(200);
    const list = await client.get('/postes');
    const baie = textOf(list.text).split('Site cp-baie')[1] ?? '';
    expect(baie).toContain('poste-baie');
    expect(baie).not.toMatch(/poste-baie salle \S+ \S+ jamais/);
    const confirm = await client.get('/postes/poste-baie/revoquer');
    expect(textOf(confirm.text)).toContain('Révoquer le poste « poste-baie » du site « cp-baie » ?');
    // Seeing the confirmation changes nothing.
    expect((await raw(c.server.url, { path: '/sync/site-cp-baie', device: dev })).status).toBe(200);
    const done = await client.post('/postes/poste-baie/revoquer', {}, { from: '/postes/poste-baie/revoquer' });
    expect(textOf(done.text)).toContain('Le poste « poste-baie » est révoqué.');
    expect((await raw(c.server.url, { path: '/sync/site-cp-baie', device: dev })).status).toBe(401);
    expect((await c.server.admin.devices()).find((d) => d.deviceId === 'poste-baie')?.revokedAt).not.toBeNull();
    expect((await client.get('/postes/inconnu/revoquer')).status).toBe(404);
  });

  it('[O9] registers a trainer key and shows the fingerprint the trainer’s screen shows', async () => {
    const publicKey = Buffer.alloc(32, 9).toString('base64');
    // Pasted with a line break in the middle, as from a message.
    const pasted = `${publicKey.slice(0, 20)}\n${publicKey.slice(20)}`;
    const res = await client.post('/cles', { site: 'cp-ducos', keyId: 'k-marie', name: 'Marie', publicKey: pasted });
    expect(res.status).toBe(201);
    expect(/data-fingerprint>([^<]+)</.exec(res.text)?.[1]).toBe(await keyFingerprint(publicKey));
    const doc = await c.server.app.relais.backend.store.db(siteDbName('cp-ducos')).get(trainerKeyDocId('k-marie'));
    expect(doc).toMatchObject({ publicKey, trainerName: 'Marie', siteId: 'cp-ducos' });

    const bad = await client.post('/cles', { site: 'cp-ducos', keyId: 'k-paul', name: 'Paul', publicKey: 'abc=' });
    expect(bad.status).toBe(400);
    expect(textOf(bad.text)).toContain('La clé publique doit être une clé Ed25519 brute');
    expect(bad.text).toContain('value="k-paul"');
    const missing = await client.post('/cles', { site: 'cp-ducos', keyId: '', name: 'Paul', publicKey });
    expect(textOf(missing.text)).toContain('Remplissez « Identifiant de la clé »');
    const typo = await client.post('/cles', { site: 'cp-duocs', keyId: 'k-paul', name: 'Paul', publicKey });
    expect(textOf(typo.text)).toContain('Le site « cp-duocs » n’a encore aucun poste enrôlé');
    await expect(c.server.app.relais.backend.store.db(siteDbName('cp-duocs')).get(trainerKeyDocId('k-paul'))).rejects.toThrow();
  });

  it('[O10] [X1] imports a USB bundle and reports what was accepted and what was refused, and why', async () => {
    await seedSite(c.server.admin, 'cp-lot', ['ana']);
    const dev = await enrolThroughConsole('cp-lot', 'poste-lot');
    const bundle = await bundleFactory({ siteId: 'cp-lot', device: dev, learners: ['ana', 'inconnu'], count: 2 });
    const res = await client.upload('/lot', '/lot', JSON.stringify(bundle));
    expect(res.status).toBe(200);
    const text = textOf(res.text);
    expect(text).toContain('2 événement(s) accepté(s). 2 refusé(s).');
    expect(text).toContain('apprenant inconnu');
    expect(text).toContain('ev-cp-lot-inconnu'.slice(0, 0)); // the refused ids are listed below
    expect(res.text.match(/<td><code>/g)).toHaveLength(2);

    const notJson = await client.upload('/lot', '/lot', 'ceci n’est pas du JSON');
    expect(notJson.status).toBe(400);
    expect(textOf(notJson.text)).toContain('n’est pas un fichier Relais lisible');
    const pack = await client.upload('/lot', '/lot', JSON.stringify(await makePack({ modules: 1 })));
    expect(textOf(pack.text)).toContain('n’est pas un lot d’événements Relais');
    const tampered = await client.upload('/lot', '/lot', JSON.stringify({ ...bundle, events: bundle.events.slice(1) }));
    expect(textOf(tampered.text)).toContain('Signature du lot invalide');
  });

  it('[O11] [X2] publishes a content pack file and exports the published content as a file that passes the pack checks', async () => {
    const empty = await client.post('/contenu/exporter', {}, { from: '/contenu' });
    expect(textOf(empty.text)).toContain('Aucun contenu publié.');
    const pack = await makePack({ modules: 2 });
    const published = await client.upload('/contenu/publier', '/contenu', JSON.stringify(pack));
    expect(textOf(published.text)).toContain(`Contenu ${pack.hash.slice(0, 12)} publié`);
    // [W24] The server's operator key, made on this first publish, signed it.
    expect(textOf(published.text)).toContain('signé par la clé d’exploitant « exploitant »');
    const exported = await client.post('/contenu/exporter', {}, { from: '/contenu' });
    expect(exported.headers.get('content-disposition')).toBe(`attachment; filename="relais-contenu-${pack.hash.slice(0, 12)}.json"`);
    const checked = await checkPack(JSON.parse(exported.text));
    expect(checked.ok && checked.pack.hash).toBe(pack.hash);
    const broken = await client.upload('/contenu/publier', '/contenu', JSON.stringify({ ...pack, hash: 'f'.repeat(64) }));
    expect(broken.status).toBe(400);
    expect(textOf(broken.text)).toContain('Contenu refusé');
  });

  it('[O6] [O12] every action is in the audit log, which the console filters by action, site, device, result and date, page by page', async () => {
    const rows = (html: string) => html.match(/<tr><td>/g)?.length ?? 0;
    const revokes = await client.get('/journal?action=revoke');
    expect(rows(revokes.text)).toBe(1);
    expect(textOf(revokes.text)).toContain('poste-baie');
    // The bundle's line, written by AdminService, says it came from the console; so do the three refused files.
    const imports = await client.get('/journal?action=import');
    expect(rows(imports.text)).toBe(4);
    expect(textOf(imports.text)).toContain('IMPORT console:import cp-lot poste-lot refusé (200) 2 / 2');
    expect(textOf(imports.text)).toContain('Signature du lot invalide');
    const codesOk = await client.get('/journal?action=code&result=ok');
    expect(rows(codesOk.text)).toBe(3);
    const codesRefused = await client.get('/journal?action=code&result=refused');
    expect(rows(codesRefused.text)).toBe(1);
    expect(textOf(codesRefused.text)).toContain('Identifiant de site invalide');
    const bySite = await client.get('/journal?site=cp-baie');
    expect(textOf(bySite.text)).not.toContain('cp-ducos');
    expect(rows(bySite.text)).toBeGreaterThanOrEqual(3);
    const byDevice = await client.get('/journal?device=poste-lot&action=sync');
    expect(rows(byDevice.text)).toBe(0);
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(rows((await client.get(`/journal?action=code&from=${day}&to=${day}`)).text)).toBeGreaterThanOrEqual(4);
    expect(rows((await client.get('/journal?action=code&to=2020-01-01')).text)).toBe(0);
    const badDate = await client.get('/journal?from=31/12/2026');
    expect(badDate.status).toBe(400);
    expect(textOf(badDate.text)).toContain('Date invalide');

    // Pages of 50, newest first: a terminal's 60 requests are 60 lines.
    const dev = await enrolThroughConsole('cp-page', 'poste-page');
    for (let i = 0; i < 60; i++) expect((await raw(c.server.url, { path: '/sync/site-cp-page', device: dev })).status).toBe(200);
    expect(rows((await client.get('/journal?device=poste-page&action=sync&result=ok')).text)).toBe(50);
    const all = await client.get('/journal');
    const total = Number(/(\d+) ligne\(s\)/.exec(textOf(all.text))?.[1]);
    expect(total).toBeGreaterThan(50);
    expect(rows(all.text)).toBe(50);
    const last = Math.ceil(total / 50);
    const lastPage = await client.get(`/journal?page=${last}`);
    expect(rows(lastPage.text)).toBe(total - 50 * (last - 1));
    expect(lastPage.text).toContain('rel="prev"');
    expect(lastPage.text).not.toContain('rel="next"');
  });

  it('[O13] shows each site’s last syncs', async () => {
    const page = await client.get('/sites');
    const baie = textOf(page.text).split('Site cp-baie')[1]?.split('Site ')[0] ?? '';
    expect(baie).toContain('poste-baie');
    const home = await client.get('/');
    expect(textOf(home.text)).toMatch(/cp-baie 0 \d{2}\/\d{2}\/\d{4}/);
  });
});
