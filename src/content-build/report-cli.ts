import { resolve } from 'node:path';
import { compileContent } from './compile-content';
import { formatLint } from './content-lint';
import { formatDiagnostic } from './diagnostics';
import { contentReport, formatReport } from './report';

/** `npm run content:report [-- <content dir>]`: counts, coverage gaps and lint figures; exit 1 on a gap or a build error. */
const root = resolve(process.argv[2] ?? 'content');
const result = await compileContent(root);
if (!result.ok) {
  console.error(`Contenu invalide : ${result.errors.length} erreur(s) dans ${root}\n`);
  for (const d of result.errors) console.error(`  ${formatDiagnostic(d)}`);
  // The lint figures still help whoever is fixing the modules that fail.
  if (result.lint.length) console.error(`\n${formatLint(result.lint)}`);
  process.exit(1);
}
const report = contentReport(result.pack);
console.log(formatReport(report));
console.log(`\n${formatLint(result.lint)}`);
if (report.gaps.length) process.exit(1);
