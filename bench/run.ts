import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import type { BenchRow } from './bench-row';
import { benchClassReport } from './class-report-bench';
import { benchColdStart } from './cold-start-bench';
import { benchFirstScreen } from './first-screen-bench';
import { benchImport } from './import-bench';

/** `npm run bench`: builds, measures, prints a table and writes bench/results.json. Targets are goals, not tests. */
function sh(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} a échoué`);
}

const skipBuild = process.argv.includes('--no-build');
if (!skipBuild) {
  sh('npm', ['run', 'build']);
  sh('npx', ['vite', 'build', '--config', 'bench/vite.bench.config.ts']);
  sh('npx', ['vite', 'build', '--config', 'bench/vite.class-report.config.ts']);
}

const rows: BenchRow[] = [];
const section = async (name: string, run: () => Promise<BenchRow[]>) => {
  process.stdout.write(`… ${name}\n`);
  rows.push(...(await run()));
};

await section('premier écran et précache', () => benchFirstScreen(resolve('dist')));
await section('import IndexedDB', () => benchImport(resolve('.tmp/bench-import')));
await section('démarrage à froid hors ligne', () => benchColdStart());
await section('rapport de classe', () => benchClassReport(resolve('.tmp/bench-class-report')));
for (const [file, fn, name] of [
  ['./replay-bench.ts', 'benchReplay', 'rejeu du journal'],
  ['./sync-bench.ts', 'benchSync', 'synchronisation'],
] as const) {
  if (!existsSync(resolve('bench', file))) {
    console.error(`bench/${file} manque : ${name} non mesuré.`);
    process.exitCode = 1;
    continue;
  }
  const mod = (await import(file)) as Record<string, () => Promise<BenchRow[]>>;
  await section(name, mod[fn] as () => Promise<BenchRow[]>);
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\n${pad('Mesure', 58)}${pad('Valeur', 14)}${pad('Cible', 14)}Atteinte`);
for (const r of rows) {
  console.log(`${pad(r.label, 58)}${pad(`${r.value} ${r.unit}`, 14)}${pad(r.target, 14)}${r.met ? 'oui' : 'NON'}`);
  if (r.details) console.log(`${' '.repeat(4)}${Object.entries(r.details).map(([k, v]) => `${k}=${v}`).join(', ')}`);
}
await writeFile(
  'bench/results.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, rows }, null, 2)}\n`,
);
console.log('\nRésultats écrits dans bench/results.json');
