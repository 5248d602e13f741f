import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The exam.yaml of a mock exam on the fixture's CCP 1, with one call and one written part. */
export function mockExamYaml(over: Partial<Record<'id' | 'kind' | 'ccp' | 'parts' | 'grid', string>> = {}): string {
  return [
    `id: ${over.id ?? 'eb-ccp1'}`,
    'schema: 1',
    `kind: ${over.kind ?? 'mock'}`,
    `ccp: ${over.ccp ?? 'ccp1'}`,
    'title: Examen blanc du CCP 1',
    'summary: Un appel simulé puis une partie écrite.',
    'subject: |',
    '  Vous traitez **un appel**, puis vous écrivez la réponse.',
    'durationConfirmed: false',
    'parts:',
    over.parts ?? '  - { kind: call, roleplay: rp-eb-appel, minutes: 10 }\n  - { kind: written, lesson: eb-ecrit, minutes: 20 }',
    'grid:',
    over.grid ?? '  - { competency: ccp1.accueil, criteria: ["Se présente et identifie le client"] }',
    'sources: |',
    '  **Non confirmé** : la durée de l’épreuve.',
  ].join('\n');
}

export const examLesson = (id = 'eb-ecrit', competency = 'ccp1.accueil') =>
  `---\nid: ${id}\nschema: 1\ntitle: La partie écrite\ncompetency: ${competency}\nminutes: 20\n---\nRépondez à l’e-mail du client.\n`;

/** Two choice points; the best option is the shorter one at both, so the lint holds. */
export const examInk = () => `Appel entrant. # speaker: narrateur
-> accueil
=== accueil ===
* [Bonjour, Julie, service client. #greeting:2]
  Bonjour !
  -> fin
* [Allô, oui, c’est pour quoi, je vous écoute, dites-moi tout ? #greeting:-1]
  Euh… bonjour ?
  -> fin
=== fin ===
* [Votre nom, s’il vous plaît ? #compliance:2]
  Rosette.
  -> END
* [Je vois déjà votre facture de 45 euros à l’écran, là. #compliance:-2]
  Vous ne m’avez pas demandé qui j’étais.
  -> END
`;

export const examInkSheet = (id = 'rp-eb-appel') =>
  [
    `id: ${id}`,
    'schema: 1',
    'title: Examen blanc — appel 1',
    'competencies: [ccp1.accueil]',
    'difficulty: 1',
    'caller: { name: Mme Rosette, profile: Cliente calme. }',
    'goal: Accueillir et identifier.',
    'goodPractice: [Se présenter]',
    'usualMistakes: [Répondre « Allô ? »]',
  ].join('\n');

interface ExamSectionFiles {
  dir?: string;
  exam?: string;
  lessons?: Record<string, string>;
  roleplays?: Record<string, { ink: string; sheet: string }>;
}

/** Writes one exam section under `<root>/exam/<dir>/` and lists it in programme.yaml with its hours. */
export async function addExamSection(root: string, files: ExamSectionFiles = {}, ref = { id: 'eb-ccp1', hours: 5 }): Promise<string> {
  const dir = files.dir ?? 'examen-blanc-ccp1';
  const base = join(root, 'exam', dir);
  await mkdir(join(base, 'lessons'), { recursive: true });
  await mkdir(join(base, 'roleplays'), { recursive: true });
  await writeFile(join(base, 'exam.yaml'), files.exam ?? mockExamYaml());
  for (const [name, text] of Object.entries(files.lessons ?? { '01-ecrit.md': examLesson() }))
    await writeFile(join(base, 'lessons', name), text);
  for (const [name, rp] of Object.entries(files.roleplays ?? { 'appel.ink': { ink: examInk(), sheet: examInkSheet() } })) {
    await writeFile(join(base, 'roleplays', name), rp.ink);
    await writeFile(join(base, 'roleplays', name.replace(/\.ink$/, '.yaml')), rp.sheet);
  }
  const programme = join(root, 'programme.yaml');
  const text = await readFile(programme, 'utf8');
  const line = `  - { id: ${ref.id}, dir: ${dir}, hours: ${ref.hours} }`;
  await writeFile(
    programme,
    text.includes('\nexam:\n') ? text.replace('\nexam:\n', `\nexam:\n${line}\n`) : `${text.trimEnd()}\nexam:\n${line}\n`,
  );
  return base;
}

/** Moves `hours` of the fixture's first module (255 h) to the exam, so the total stays 455 h. */
export async function takeHoursFromFirstModule(root: string, hours: number): Promise<void> {
  const programme = join(root, 'programme.yaml');
  await writeFile(programme, (await readFile(programme, 'utf8')).replace('hours: 255', `hours: ${255 - hours}`));
}
