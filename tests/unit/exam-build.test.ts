import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content-build/compile-content';
import { contentReport, formatReport } from '../../src/content-build/report';
import { checkPack } from '../../src/domain/content/pack-validate';
import { canonicalJson, sha256Hex } from '../../src/domain/shared/canonical-json';
import { addExamSection, examInk, examInkSheet, examLesson, mockExamYaml, takeHoursFromFirstModule } from '../factories/exam.factory';

const dirs: string[] = [];
async function copyOfSample(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'relais-exam-'));
  dirs.push(dir);
  await cp('tests/fixtures/content', dir, { recursive: true });
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function errorsOf(dir: string): Promise<string[]> {
  const result = await compileContent(dir);
  if (result.ok) throw new Error('the build was expected to fail');
  return result.errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''} ${e.message}`);
}

describe('the exam step of the content build', () => {
  it('builds an exam section into the pack: subject, parts, grid, lessons and role-plays, and the pack checks out', async () => {
    const dir = await copyOfSample();
    await addExamSection(dir);
    await takeHoursFromFirstModule(dir, 5);
    const result = await compileContent(dir);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [section] = result.pack.exam ?? [];
    expect(section).toMatchObject({
      id: 'eb-ccp1',
      kind: 'mock',
      ccpId: 'ccp1',
      hours: 5,
      durationConfirmed: false,
      parts: [
        { kind: 'call', roleplayId: 'rp-eb-appel', minutes: 10 },
        { kind: 'written', lessonId: 'eb-ecrit', minutes: 20 },
      ],
      grid: [{ competencyId: 'ccp1.accueil', criteria: ['Se présente et identifie le client'] }],
    });
    expect(section?.subjectHtml).toContain('<strong>un appel</strong>');
    expect(section?.lessons.map((l) => [l.id, l.moduleId])).toEqual([['eb-ecrit', 'eb-ccp1']]);
    expect(section?.roleplays.map((r) => [r.id, r.moduleId])).toEqual([['rp-eb-appel', 'eb-ccp1']]);
    expect((await checkPack(JSON.parse(JSON.stringify(result.pack)))).ok).toBe(true);
    // The lint measures the section's role-plays like a module's.
    expect(result.lint.find((l) => l.moduleId === 'eb-ccp1')?.bestIsLongest).toMatchObject({ flagged: 0, total: 2 });
  });

  it('keeps the hash of a pack without exam sections (packs built before them stay valid)', async () => {
    const result = await compileContent(await copyOfSample());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.pack.exam).toBeUndefined();
    const { programme, modules, placement } = result.pack;
    expect(result.pack.hash).toBe(await sha256Hex(canonicalJson({ programme, modules, placement })));
  });

  it('counts the exam hours in the total: modules plus exam must make the announced hours', async () => {
    const dir = await copyOfSample();
    await addExamSection(dir, {}, { id: 'eb-ccp1', hours: 5 });
    expect(await errorsOf(dir)).toEqual([
      'programme.yaml les heures des modules (455 h) et des épreuves (5 h) ne font pas le total annoncé (455 h)',
    ]);
    await takeHoursFromFirstModule(dir, 5);
    expect((await compileContent(dir)).ok).toBe(true);
  });

  it('refuses a mock exam without a written part, and an ECF without a CCP, at the line of exam.yaml', async () => {
    const dir = await copyOfSample();
    await takeHoursFromFirstModule(dir, 5);
    await addExamSection(dir, { exam: mockExamYaml({ parts: '  - { kind: call, roleplay: rp-eb-appel, minutes: 10 }' }) });
    expect(await errorsOf(dir)).toEqual([
      'exam/examen-blanc-ccp1/exam.yaml:11 parts : un examen blanc a au moins un appel simulé et une partie écrite',
    ]);
    await writeFile(join(dir, 'exam/examen-blanc-ccp1/exam.yaml'), mockExamYaml({ kind: 'ecf' }).replace('ccp: ccp1\n', ''));
    expect(await errorsOf(dir)).toEqual([
      'exam/examen-blanc-ccp1/exam.yaml:1 ccp : un ECF ou un examen blanc évalue un CCP (champ « ccp »)',
    ]);
  });

  it('refuses a part that names a role-play or a lesson the section does not have', async () => {
    const dir = await copyOfSample();
    await takeHoursFromFirstModule(dir, 5);
    await addExamSection(dir, {
      exam: mockExamYaml({
        parts: '  - { kind: call, roleplay: rp-absent, minutes: 10 }\n  - { kind: written, lesson: premier-ecrit, minutes: 5 }',
      }),
    });
    expect(await errorsOf(dir)).toEqual([
      '(références) examen eb-ccp1 : l’appel « rp-absent » n’est pas un jeu de rôle de la section (roleplays/)',
      '(références) examen eb-ccp1 : la partie « premier-ecrit » n’est pas une leçon de la section (lessons/)',
    ]);
  });

  it('refuses a grid on a competency of another block, a CCP that is not one, and an id used by a module', async () => {
    const dir = await copyOfSample();
    await takeHoursFromFirstModule(dir, 5);
    await addExamSection(dir, {
      exam: mockExamYaml({ ccp: 'transverse', grid: '  - { competency: ccp1.ecoute, criteria: [Reformule] }' }),
      lessons: { '01-ecrit.md': examLesson(), '02-doublon.md': examLesson('l-saluer') },
    });
    const errors = await errorsOf(dir);
    expect(errors).toContain('(références) examen eb-ccp1 : « transverse » n’est pas un CCP du programme');
    expect(errors.some((e) => /leçon l-saluer : l’identifiant « l-saluer » est déjà utilisé/.test(e))).toBe(true);
    await writeFile(
      join(dir, 'exam/examen-blanc-ccp1/exam.yaml'),
      mockExamYaml({ grid: '  - { competency: tr.inconnue, criteria: [Reformule] }' }),
    );
    await rm(join(dir, 'exam/examen-blanc-ccp1/lessons/02-doublon.md'));
    expect(await errorsOf(dir)).toEqual([
      '(références) examen eb-ccp1, grille : la compétence « tr.inconnue » n’existe pas dans le programme',
    ]);
  });

  it('runs the ink checks on exam role-plays: an unscored choice and an unreachable knot are refused', async () => {
    const dir = await copyOfSample();
    await takeHoursFromFirstModule(dir, 5);
    await addExamSection(dir, {
      roleplays: { 'appel.ink': { ink: 'Bonjour.\n* [Répondre]\n  Merci.\n* [Raccrocher #tone:-1]\n  -> END\n', sheet: examInkSheet() } },
    });
    const errors = (await errorsOf(dir)).join('\n');
    expect(errors).toMatch(/exam\/examen-blanc-ccp1\/roleplays\/appel\.ink le choix « Répondre » n’a aucune étiquette de score/);
    const unreachable = 'Bonjour.\n* [Répondre #tone:1] -> END\n* [Raccrocher #tone:-1] -> END\n=== perdu ===\nJamais lu.\n-> END\n';
    await writeFile(join(dir, 'exam/examen-blanc-ccp1/roleplays/appel.ink'), unreachable);
    expect((await errorsOf(dir)).join('\n')).toMatch(/exam\/examen-blanc-ccp1\/roleplays\/appel\.ink:4 .*« perdu » n’est jamais atteint/);
  });

  it('applies the content lint to exam role-plays: best option always the longest fails the build', async () => {
    const dir = await copyOfSample();
    await takeHoursFromFirstModule(dir, 5);
    const longestIsBest = examInk()
      .replace(
        '[Bonjour, Julie, service client. #greeting:2]',
        '[Bonjour, Julie, du service client de Karibéo, je vous écoute, Madame. #greeting:2]',
      )
      .replace(
        '[Votre nom, s’il vous plaît ? #compliance:2]',
        '[Pour la sécurité de votre dossier, pouvez-vous me donner votre nom et votre date de naissance ? #compliance:2]',
      );
    await addExamSection(dir, { roleplays: { 'appel.ink': { ink: longestIsBest, sheet: examInkSheet() } } });
    const errors = await errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^exam\/examen-blanc-ccp1\/roleplays lint : eb-ccp1 : 2 sur 2 choix de jeu de rôle ont la meilleure option la plus longue/,
    );
  });

  it('refuses an exam.yaml whose id is not the programme’s', async () => {
    const dir = await copyOfSample();
    await takeHoursFromFirstModule(dir, 5);
    await addExamSection(dir, { exam: mockExamYaml({ id: 'autre-id' }) });
    expect((await errorsOf(dir))[0]).toBe(
      'exam/examen-blanc-ccp1/exam.yaml l’id « autre-id » ne correspond pas à celui du programme (« eb-ccp1 »)',
    );
  });

  it('shows the exam sections and the hours per block in content:report', async () => {
    const dir = await copyOfSample();
    await takeHoursFromFirstModule(dir, 5);
    await addExamSection(dir);
    const result = await compileContent(dir);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const report = contentReport(result.pack);
    expect(report.exam).toMatchObject({ sections: 1, hours: 5, lessons: 1, roleplays: 1, byKind: { mock: 1, ecf: 0 } });
    // m-accueil (250 h) serves ccp1.accueil and tr.rgpd; m-ecoute (200 h) serves ccp1.ecoute.
    expect(report.hoursByBlock.find((b) => b.id === 'ccp1')).toEqual({ id: 'ccp1', modules: 325, exam: 5 });
    const text = formatReport(report);
    expect(text).toContain('Préparation du titre : 1 sections, 5 h, 1 leçons, 1 jeux de rôle (ECF 0, examens blancs 1');
    expect(text).toMatch(/ccp1 +325 +5 +330/);
  });
});
