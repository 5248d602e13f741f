import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { compileContent } from './compile-content';
import { formatDiagnostic } from './diagnostics';

/** `npm run content:build [-- <content dir> <out file>]` */
const root = resolve(process.argv[2] ?? 'content');
const out = resolve(process.argv[3] ?? 'public/content/pack.json');

const result = await compileContent(root);
if (!result.ok) {
  console.error(`Contenu invalide : ${result.errors.length} erreur(s) dans ${root}\n`);
  for (const d of result.errors) console.error(`  ${formatDiagnostic(d)}`);
  process.exit(1);
}
const { pack } = result;
await mkdir(dirname(out), { recursive: true });
await writeFile(out, JSON.stringify(pack));
// A tiny file the app reads at each start to learn, without parsing the pack, whether it changed.
await writeFile(join(dirname(out), 'pack-meta.json'), JSON.stringify({ hash: pack.hash, format: pack.format, builtAt: pack.builtAt }));
const lessons = pack.modules.reduce((n, m) => n + m.lessons.length, 0);
const items = pack.modules.reduce((n, m) => n + m.items.length, 0) + (pack.placement?.items.length ?? 0);
const roleplays = pack.modules.reduce((n, m) => n + m.roleplays.length, 0) + (pack.placement?.roleplays.length ?? 0);
const exam = pack.exam ?? [];
console.log(
  `Pack de contenu ${pack.hash.slice(0, 12)} : ${pack.modules.length} modules, ${lessons} leçons, ${items} questions, ${roleplays} jeux de rôle` +
    `, préparation du titre ${exam.length} sections (${exam.reduce((n, e) => n + e.lessons.length, 0)} leçons, ${exam.reduce((n, e) => n + e.roleplays.length, 0)} jeux de rôle) → ${out}`,
);
