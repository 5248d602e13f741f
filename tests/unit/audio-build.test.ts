import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAudio, renderKey } from '../../src/content-build/audio/audio-build';
import type { SpeechLine } from '../../src/content-build/audio/speech-lines';
import { VOICES } from '../../src/content-build/audio/voices';
import { speechKey } from '../../src/domain/audio/audio-key';
import { AudioManifest, manifestFiles } from '../../src/domain/audio/audio-manifest';

const LINES: SpeechLine[] = [
  { role: 'customer', text: 'Bonjour, c’est Madame Alexis, pour ma facture.', source: 'rp' },
  { role: 'narrator', text: 'Une bonne ouverture tient en une phrase.', source: 'lesson' },
  { role: 'advisor', text: 'Madinina Télécom, bonjour. Kevin à votre écoute.', source: 'rp' },
];

let root: string;
const dirs = () => ({ cacheDir: join(root, 'cache'), outDir: join(root, 'out') });
const manifestOf = async () => v.parse(AudioManifest, JSON.parse(await readFile(join(root, 'out', 'manifest.json'), 'utf8')));

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'relais-audio-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('render cache keys', () => {
  it('change with the text and with any voice setting', () => {
    const key = renderKey('Bonjour.', VOICES.customer);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(renderKey('Bonjour.', VOICES.customer)).toBe(key);
    expect(renderKey('Bonjour !', VOICES.customer)).not.toBe(key);
    expect(renderKey('Bonjour.', { ...VOICES.customer, pitch: VOICES.customer.pitch + 1 })).not.toBe(key);
    expect(renderKey('Bonjour.', { ...VOICES.customer, speed: VOICES.customer.speed + 1 })).not.toBe(key);
    expect(renderKey('Bonjour.', VOICES.narrator)).not.toBe(key);
  });
});

describe('audio build with espeak-ng', () => {
  it('renders each line to an MP3 named in the manifest, then renders only the line that changed', async () => {
    const first = await buildAudio(LINES, dirs());
    expect(first).toMatchObject({ lines: 3, rendered: 3, reused: 0, removed: 0 });
    const manifest = await manifestOf();
    expect(Object.keys(manifest.entries).sort()).toEqual(LINES.map((l) => speechKey(l.role, l.text)).sort());
    for (const line of LINES) {
      const entry = manifest.entries[speechKey(line.role, line.text)];
      if (!entry) throw new Error('entrée absente');
      const bytes = await readFile(join(root, 'out', entry.file));
      expect(bytes.length).toBe(entry.bytes);
      // An MPEG audio frame header: 11 sync bits, then layer III.
      expect(bytes[0]).toBe(0xff);
      expect((bytes[1] ?? 0) & 0xe6).toBe(0xe2);
      // A sentence of 6 to 9 words at 155–165 words per minute, silence trimmed.
      expect(entry.seconds).toBeGreaterThan(1.2);
      expect(entry.seconds).toBeLessThan(6);
    }
    expect(manifestFiles(manifest).bytes).toBe(first.bytes);

    const again = await buildAudio(LINES, dirs());
    expect(again).toMatchObject({ rendered: 0, reused: 3, removed: 0 });

    const changed = LINES.map((l, i) => (i === 1 ? { ...l, text: 'Une bonne ouverture tient en une seule phrase.' } : l));
    const third = await buildAudio(changed, dirs());
    expect(third).toMatchObject({ rendered: 1, reused: 2, removed: 1 });
    const after = await manifestOf();
    expect(after.entries[speechKey('narrator', 'Une bonne ouverture tient en une seule phrase.')]).toBeDefined();
    expect(after.entries[speechKey('narrator', 'Une bonne ouverture tient en une phrase.')]).toBeUndefined();
    expect((await readdir(join(root, 'out'))).filter((f) => f.endsWith('.mp3'))).toHaveLength(3);
  }, 120_000);

  it('gives each speaker a different voice', async () => {
    const text = 'Je regarde votre facture.';
    await buildAudio(
      (['customer', 'narrator', 'advisor'] as const).map((role) => ({ role, text, source: 't' })),
      dirs(),
    );
    const manifest = await manifestOf();
    const files = await Promise.all(
      (['customer', 'narrator', 'advisor'] as const).map(async (role) => {
        const entry = manifest.entries[speechKey(role, text)];
        return entry ? (await readFile(join(root, 'out', entry.file))).toString('base64') : '';
      }),
    );
    expect(new Set(files).size).toBe(3);
  }, 120_000);
});
