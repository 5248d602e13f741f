import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentPack } from '../../domain/content/pack.schema';
import { buildAudio, renderToCache } from './audio-build';
import { cachedRoleplayLines } from './roleplay-lines-cache';
import { speechLines } from './speech-lines';

/**
 * `npm run audio:build [-- <pack.json> <out dir>]`: renders the audio of a built pack (run
 * `content:build` first). Cached in `.cache/audio`: only new or changed lines are rendered.
 * `RELAIS_AUDIO_JOBS=2` renders in two processes (the engine is single-threaded WASM).
 */
const packFile = resolve(process.argv[2] ?? 'public/content/pack.json');
const outDir = resolve(process.argv[3] ?? 'public/audio');
const cacheDir = resolve(process.env.RELAIS_AUDIO_CACHE ?? '.cache/audio');
const jobs = Math.max(1, Number(process.env.RELAIS_AUDIO_JOBS ?? 1) || 1);
const shard = process.env.RELAIS_AUDIO_SHARD?.split('/').map(Number) as [number, number] | undefined;

const started = performance.now();
const pack = JSON.parse(await readFile(packFile, 'utf8')) as ContentPack;
const lines = speechLines(pack, cachedRoleplayLines(cacheDir));

if (shard) {
  await renderToCache(lines, cacheDir, { shard });
} else {
  const helpers = Array.from({ length: jobs - 1 }, (_, i) => runShard(i + 1, jobs));
  let lastPrint = 0;
  const progress = (done: number, total: number) => {
    const now = performance.now();
    if (done === total || now - lastPrint > 5000) {
      lastPrint = now;
      console.log(`Audio : ${done} / ${total} textes`);
    }
  };
  if (jobs > 1) await renderToCache(lines, cacheDir, { shard: [0, jobs], onProgress: progress });
  await Promise.all(helpers);
  const report = await buildAudio(lines, { cacheDir, outDir, onProgress: jobs > 1 ? undefined : progress });
  const mb = (report.bytes / 1e6).toFixed(1);
  const minutes = Math.round(report.seconds / 60);
  console.log(
    `Audio : ${report.lines} textes, ${report.rendered} rendus, ${report.reused} déjà en cache, ${report.removed} retirés — ${mb} Mo, ${minutes} min, en ${((performance.now() - started) / 1000).toFixed(1)} s → ${outDir}`,
  );
}

function runShard(index: number, count: number): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...process.execArgv, self, packFile, outDir], {
    env: { ...process.env, RELAIS_AUDIO_SHARD: `${index}/${count}` },
    stdio: 'inherit',
  });
  return new Promise((ok, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`le rendu audio ${index}/${count} a échoué (code ${code})`))));
  });
}
