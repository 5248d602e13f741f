import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import type { BenchRow } from './bench-row';
import { benchAudio } from './audio-bench';
import { benchAuthoring } from './authoring-bench';
import { benchClassReport } from './class-report-bench';
import { benchColdStart } from './cold-start-bench';
import { benchFleet } from './fleet-bench';
import { benchFirstScreen } from './first-screen-bench';
import { benchImport } from './import-bench';
import { formatValue } from './spread';
import { benchVoice } from './voice-bench';

/** `npm run bench`: builds, measures, prints a table and writes bench/results.json. Targets are goals, not tests. */
function sh(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} a échoué`);
}

// `npm run bench -- import|replay|sync|ratio|fleet|scale-out|voice [--terminals N] [--events N]` runs those sections alone
// (sync = the push ratio and both fleets; ratio = the push ratio only).
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};
const only = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const wanted = (name: string) => only.length === 0 || only.includes(name);
const skipBuild = args.includes('--no-build') || only.length > 0;
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

// `first-screen` and `cold-start` run alone on an existing build (`npm run build` first).
if (wanted('first-screen')) await section('premier écran et précache', () => benchFirstScreen(resolve('dist')));
if (wanted('import')) {
  if (skipBuild) sh('npx', ['vite', 'build', '--config', 'bench/vite.bench.config.ts']);
  await section('import IndexedDB', () => benchImport(resolve('.tmp/bench-import')));
}
if (wanted('cold-start')) await section('démarrage à froid hors ligne', () => benchColdStart());
if (wanted('class-report')) {
  if (skipBuild) sh('npx', ['vite', 'build', '--config', 'bench/vite.class-report.config.ts']);
  await section('rapport de classe', () => benchClassReport(resolve('.tmp/bench-class-report')));
}
if (wanted('authoring')) await section('écriture d’un jeu de rôle (ink)', () => benchAuthoring());
// The first run renders the whole curriculum's audio into .cache/audio (long, once); later runs reuse it.
if (wanted('audio')) await section('audio du cursus', () => benchAudio());
if (wanted('voice')) await section('mesures de la voix', () => benchVoice());
for (const [file, fn, name, key] of [
  ['./replay-bench.ts', 'benchReplay', 'rejeu du journal', 'replay'],
  ['./sync-bench.ts', 'benchSync', 'synchronisation', 'sync'],
  ['./pin-search-bench.ts', 'benchPinSearch', 'coût d’une recherche de PIN', 'pin'],
] as const) {
  if (!wanted(key) && !(key === 'sync' && only.includes('ratio'))) continue;
  if (!existsSync(resolve('bench', file))) {
    console.error(`bench/${file} manque : ${name} non mesuré.`);
    process.exitCode = 1;
    continue;
  }
  const mod = (await import(file)) as Record<string, (o?: { fleet?: boolean }) => Promise<BenchRow[]>>;
  // The fleets are measured below, clients in their own processes.
  await section(name, () => (mod[fn] as (o?: { fleet?: boolean }) => Promise<BenchRow[]>)({ fleet: false }));
}
const terminals = flag('--terminals');
const events = flag('--events');
if (wanted('fleet') || only.includes('sync')) {
  await section('1 passerelle, postes dans d’autres processus', () =>
    benchFleet({
      id: 'fleet-1-gateway',
      gateways: 1,
      terminals: terminals ?? 1000,
      events: events ?? 500,
      pouch: Math.min(100, terminals ?? 1000),
      clientProcesses: 2,
    }),
  );
}
if (wanted('scale-out') || only.includes('sync')) {
  await section('4 passerelles sur un CouchDB', () =>
    benchFleet({
      id: 'fleet-4-gateways',
      gateways: 4,
      terminals: terminals ?? 4000,
      events: events ?? 500,
      pouch: Math.min(200, terminals ?? 4000),
      clientProcesses: 4,
    }),
  );
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\n${pad('Mesure', 58)}${pad('Valeur', 34)}${pad('Cible', 14)}Atteinte`);
for (const r of rows) {
  console.log(`${pad(r.label, 58)}${pad(formatValue(r), 34)}${pad(r.target, 14)}${r.met ? 'oui' : 'NON'}`);
  if (r.details)
    console.log(
      `${' '.repeat(4)}${Object.entries(r.details)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    );
}
// A run of some sections replaces their rows and keeps the others.
const previous = existsSync('bench/results.json')
  ? ((JSON.parse(await readFile('bench/results.json', 'utf8')) as { rows?: BenchRow[] }).rows ?? [])
  : [];
const ids = new Set(rows.map((r) => r.id));
const merged = [...previous.filter((r) => !ids.has(r.id)), ...rows];
await writeFile(
  'bench/results.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, rows: merged }, null, 2)}\n`,
);
console.log('\nRésultats écrits dans bench/results.json');
