import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildAudio, renderKey } from '../src/content-build/audio/audio-build';
import { cachedRoleplayLines } from '../src/content-build/audio/roleplay-lines-cache';
import { speechLines } from '../src/content-build/audio/speech-lines';
import { VOICES } from '../src/content-build/audio/voices';
import { compileContent } from '../src/content-build/compile-content';
import type { BenchRow } from './bench-row';
import { spreadOf } from './spread';

const RUNS = 3;
const LIMIT_MB = 15;
const LIMIT_REBUILD_S = 3;
const SCRIPT = 'modules/03-accueil/roleplays/facture-mme-alexis.ink';
const LINE = "Merci, je l'ai écrit.";
const EDITED = "Merci, je l'ai bien écrit.";

/**
 * The whole curriculum's audio (size, length) and the content build after one customer line changed:
 * compile the pack, list its texts, render the one new line, publish. Uses the real cache
 * (`.cache/audio`): a first run renders the whole curriculum, which takes long, once.
 */
export async function benchAudio(): Promise<BenchRow[]> {
  const root = resolve('.tmp/bench-audio');
  const cacheDir = resolve(process.env.RELAIS_AUDIO_CACHE ?? '.cache/audio');
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp('content', join(root, 'content'), { recursive: true });
  const outDir = join(root, 'audio');

  const base = await compileContent(join(root, 'content'));
  if (!base.ok) throw new Error('le contenu ne compile pas');
  const all = await buildAudio(speechLines(base.pack, cachedRoleplayLines(cacheDir)), {
    cacheDir,
    outDir,
    onProgress: (done, total) => {
      if (done % 100 === 0) process.stdout.write(`  audio ${done} / ${total}\n`);
    },
  });

  const script = join(root, 'content', SCRIPT);
  const source = await readFile(script, 'utf8');
  if (!source.includes(LINE)) throw new Error(`${SCRIPT} n’a plus la ligne « ${LINE} »`);
  const totals: number[] = [];
  const audioParts: number[] = [];
  let rendered = 0;
  for (let run = 0; run < RUNS; run++) {
    // Each run writes another wording, so that the script is new to the ink checks' cache (.cache/ink) as in a
    // real rebuild; and the edited line must really be rendered: its earlier render leaves the audio cache.
    const edited = run === 0 ? EDITED : EDITED.replace('bien', `bien (${run})`);
    await writeFile(script, source.replace(LINE, edited));
    const key = renderKey(edited, VOICES.customer);
    await rm(join(cacheDir, `${key}.mp3`), { force: true });
    await rm(join(cacheDir, `${key}.json`), { force: true });
    await rm(join(cacheDir, 'roleplay-lines'), { recursive: true, force: true }).then(() =>
      // Only the edited script's walk is new in a real rebuild: warm the others again first.
      speechLines(base.pack, cachedRoleplayLines(cacheDir)),
    );
    const started = performance.now();
    const built = await compileContent(join(root, 'content'));
    if (!built.ok) throw new Error('le contenu modifié ne compile pas');
    const audioStart = performance.now();
    const report = await buildAudio(speechLines(built.pack, cachedRoleplayLines(cacheDir)), { cacheDir, outDir });
    const end = performance.now();
    totals.push((end - started) / 1000);
    audioParts.push((end - audioStart) / 1000);
    rendered = report.rendered;
  }
  const rebuild = spreadOf(totals, 2);
  const audioOnly = spreadOf(audioParts, 2);
  const mb = Math.round((all.bytes / 1e6) * 10) / 10;
  return [
    {
      id: 'audio-curriculum-size',
      label: 'Audio de tout le cursus (MP3 8 kbit/s)',
      value: mb,
      unit: 'MB',
      target: `≤ ${LIMIT_MB} MB`,
      met: mb <= LIMIT_MB,
      details: { files: all.lines, minutes: Math.round(all.seconds / 60) },
    },
    {
      id: 'audio-rebuild-one-line',
      label: 'Construction du contenu après une ligne changée (avec l’audio)',
      value: rebuild.median,
      unit: 's',
      target: `≤ ${LIMIT_REBUILD_S} s`,
      met: rebuild.median <= LIMIT_REBUILD_S,
      spread: rebuild.spread,
      details: { audioPartSeconds: audioOnly.median, filesRendered: rendered },
    },
  ];
}
