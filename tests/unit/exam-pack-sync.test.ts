import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content-build/compile-content';
import type { ContentPack } from '../../src/domain/content/pack.schema';
import { checkPack } from '../../src/domain/content/pack-validate';
import { assemblePack, checkContentDoc } from '../../src/domain/sync/content-docs';
import { addExamSection, takeHoursFromFirstModule } from '../factories/exam.factory';
import { operatorFactory, signedContentDocs } from '../factories/operator.factory';

let dir: string;
let pack: ContentPack;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relais-exam-sync-'));
  await cp('tests/fixtures/content', dir, { recursive: true });
  await addExamSection(dir);
  await takeHoursFromFirstModule(dir, 5);
  const result = await compileContent(dir);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  pack = result.pack;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the exam pack through publishing', () => {
  it('travels with the programme document: the assembled pack has the same exam sections and the same hash', async () => {
    // National documents travel signed by the operator ([W24]): the exam is under the programme's signature.
    const docs = await signedContentDocs(pack, await operatorFactory());
    for (const d of docs) expect(typeof checkContentDoc(JSON.parse(JSON.stringify(d)))).toBe('object');
    const assembled = await assemblePack(docs);
    if (!assembled.ok) throw new Error(assembled.reason);
    expect(assembled.pack.exam).toEqual(pack.exam);
    expect(assembled.pack.hash).toBe(pack.hash);
  });

  it('refuses a pack whose exam section was changed after the build (the hash covers it)', async () => {
    const tampered = structuredClone(pack);
    const section = tampered.exam?.[0];
    if (!section) throw new Error('the fixture pack has an exam section');
    section.hours = 50;
    expect(await checkPack(tampered)).toMatchObject({ ok: false, reason: 'hash-mismatch' });
  });

  it('refuses a programme document whose exam section carries HTML outside the allow-list', async () => {
    const [programmeDoc] = await signedContentDocs(pack, await operatorFactory());
    const doc = JSON.parse(JSON.stringify(programmeDoc)) as { exam: { subjectHtml: string }[] };
    const first = doc.exam[0];
    if (!first) throw new Error('the programme document carries the exam');
    first.subjectHtml = '<form action="/x"><input></form>';
    expect(checkContentDoc(doc as unknown as Record<string, unknown>)).toMatch(/^exam\[0\]\.subjectHtml/);
  });
});
