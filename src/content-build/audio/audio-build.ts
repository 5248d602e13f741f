import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { speechKey } from '../../domain/audio/audio-key';
import { AUDIO_MANIFEST_FORMAT, type AudioManifest } from '../../domain/audio/audio-manifest';
import { createEspeak, ESPEAK_ID, type Pcm } from './espeak-render';
import { encodeMp3, MP3_ID } from './mp3-encode';
import { preparePcm } from './pcm-prepare';
import type { SpeechLine } from './speech-lines';
import { VOICES, type VoiceParams } from './voices';

export const AUDIO_ENGINE = `${ESPEAK_ID}+${MP3_ID}+trim-11k+pause300-m50`;

/** The cache key of one render: everything that changes the file (text, voice settings, engine, encoder). */
export function renderKey(text: string, voice: VoiceParams): string {
  const input = JSON.stringify({ engine: AUDIO_ENGINE, voice, text });
  return createHash('sha256').update(input).digest('hex').slice(0, 32);
}

export interface AudioBuildOptions {
  /** Renders kept between builds (`.cache/audio`). */
  cacheDir: string;
  /** Where the app serves them from (`public/audio`): the MP3 files and `manifest.json`. */
  outDir: string;
  onProgress?: (done: number, total: number, line: SpeechLine) => void;
}

export interface AudioBuildReport {
  lines: number;
  rendered: number;
  reused: number;
  removed: number;
  bytes: number;
  seconds: number;
}

type Render = (text: string, voice: VoiceParams) => Promise<Pcm>;

/** Renders the lines the cache lacks (`shard` [i, n]: only every n-th line from i, for parallel processes). */
export async function renderToCache(
  lines: readonly SpeechLine[],
  cacheDir: string,
  opts: { shard?: [number, number]; onProgress?: AudioBuildOptions['onProgress'] } = {},
): Promise<number> {
  await mkdir(cacheDir, { recursive: true });
  const [index, count] = opts.shard ?? [0, 1];
  let render: Render | undefined;
  let rendered = 0;
  // What the cache holds is read all at once (the file system answers in parallel); only what it lacks is rendered.
  const cached = await inParallel(lines, (line, i) =>
    i % count === index ? readMeta(cacheDir, renderKey(line.text, VOICES[line.role])) : Promise.resolve(undefined),
  );
  for (const [i, line] of lines.entries()) {
    if (i % count !== index) continue;
    const voice = VOICES[line.role];
    const key = renderKey(line.text, voice);
    if (!cached[i] && !(await readMeta(cacheDir, key))) {
      render ??= await createEspeak();
      const mp3 = encodeMp3(preparePcm(await render(line.text, voice)));
      const file = join(cacheDir, `${key}.mp3`);
      // Written under a temporary name first: a build stopped half-way never leaves a torn file in the cache.
      await writeFile(`${file}.part`, mp3.bytes);
      await rename(`${file}.part`, file);
      await writeFile(
        join(cacheDir, `${key}.json`),
        JSON.stringify({ seconds: Math.round(mp3.seconds * 100) / 100, bytes: mp3.bytes.length }),
      );
      rendered++;
    }
    opts.onProgress?.(i + 1, lines.length, line);
  }
  return rendered;
}

/**
 * Renders what the cache lacks, copies every file the pack needs into `outDir`, removes the others
 * and writes the manifest. A rebuild after one changed line renders that line only.
 */
export async function buildAudio(lines: readonly SpeechLine[], opts: AudioBuildOptions): Promise<AudioBuildReport> {
  const rendered = await renderToCache(lines, opts.cacheDir, { onProgress: opts.onProgress });
  await mkdir(opts.outDir, { recursive: true });
  const entries: AudioManifest['entries'] = {};
  const needed = new Set<string>();
  const report: AudioBuildReport = { lines: lines.length, rendered, reused: lines.length - rendered, removed: 0, bytes: 0, seconds: 0 };
  const keys = lines.map((line) => renderKey(line.text, VOICES[line.role]));
  const metas = await inParallel(keys, (key) => readMeta(opts.cacheDir, key));
  const copies: { file: string; bytes: number }[] = [];
  for (const [i, line] of lines.entries()) {
    const file = `${keys[i]}.mp3`;
    const meta = metas[i];
    if (!meta) throw new Error(`rendu absent du cache : ${file}`);
    entries[speechKey(line.role, line.text)] = { file, ...meta };
    if (needed.has(file)) continue;
    needed.add(file);
    report.bytes += meta.bytes;
    report.seconds += meta.seconds;
    copies.push({ file, bytes: meta.bytes });
  }
  await inParallel(copies, async ({ file, bytes }) => {
    if (!(await sameSize(join(opts.outDir, file), bytes))) await copyFile(join(opts.cacheDir, file), join(opts.outDir, file));
  });
  for (const name of await readdir(opts.outDir)) {
    if (!name.endsWith('.mp3') || needed.has(name)) continue;
    await rm(join(opts.outDir, name));
    report.removed++;
  }
  const manifest: AudioManifest = { kind: 'relais.audio', format: AUDIO_MANIFEST_FORMAT, engine: AUDIO_ENGINE, entries };
  await writeFile(join(opts.outDir, 'manifest.json'), JSON.stringify(manifest));
  return report;
}

/** The cached render's figures; a render without them (or without its file) counts as absent. */
async function readMeta(cacheDir: string, key: string): Promise<{ seconds: number; bytes: number } | undefined> {
  try {
    const meta = JSON.parse(await readFile(join(cacheDir, `${key}.json`), 'utf8')) as { seconds: number; bytes: number };
    return (await sameSize(join(cacheDir, `${key}.mp3`), meta.bytes)) ? meta : undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Maps over the items with a few file operations in flight at once (never thousands of open files). */
async function inParallel<T, R>(items: readonly T[], fn: (item: T, index: number) => Promise<R>, width = 32): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return out;
}

async function sameSize(path: string, bytes: number): Promise<boolean> {
  try {
    return (await stat(path)).size === bytes;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}
