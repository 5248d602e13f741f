#!/usr/bin/env node
// The one test command (`npm test`, also run by .ci/run): builds the app once, runs every vitest
// project (unit, integration, e2e), then prints the total alone on the last line: "N passed, M failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env });

// The browser tests need Debian's Chromium. Install it when we can (root, apt); otherwise they fail, never skip.
if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installation de Chromium pour les tests navigateur (apt-get install -y chromium)…');
    run('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium']);
  }
  if (!existsSync('/usr/bin/chromium')) {
    console.error(
      'Chromium est introuvable (/usr/bin/chromium) : « apt-get update && apt-get install -y chromium ». Les tests navigateur échoueront.',
    );
  }
}

const build = run('npm', ['run', 'build']);
// Types are part of the contract between the app, the server and the shared domain: a type error fails the run.
const typecheck = run('npm', ['run', 'typecheck']);
// The house rules (format, import boundaries between folders, no swallowed errors) are checked like the types.
const lint = run('npm', ['run', 'lint']);
mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
rmSync(report, { force: true });
const projects = process.argv.slice(2);
const vitest = run('npx', [
  'vitest',
  'run',
  ...projects.flatMap((p) => ['--project', p]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed = (json.numFailedTests ?? 0) + (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  // A suite that failed to load (setup error, missing Chromium) has no test results of its own.
  failed += (json.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
}
if (build.status !== 0) {
  console.error('La construction (npm run build) a échoué.');
  failed += 1;
}
if (typecheck.status === 0) passed += 1;
else {
  console.error('La vérification des types (npm run typecheck) a échoué.');
  failed += 1;
}
if (lint.status === 0) passed += 1;
else {
  console.error('Le linter (npm run lint : format, frontières entre dossiers, erreurs avalées) a échoué.');
  failed += 1;
}
if (vitest.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
