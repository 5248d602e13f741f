import * as v from 'valibot';

export const AUDIO_MANIFEST_FORMAT = 1;

const AudioFile = v.object({
  /** File name under `audio/`, named by the render's cache key (text, voice, engine and encoder). */
  file: v.pipe(v.string(), v.regex(/^[0-9a-f]{16,64}\.mp3$/)),
  seconds: v.pipe(v.number(), v.minValue(0)),
  bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** `audio/manifest.json`: what the content build rendered, by `speechKey` (role + text). */
export const AudioManifest = v.object({
  kind: v.literal('relais.audio'),
  format: v.literal(AUDIO_MANIFEST_FORMAT),
  engine: v.string(),
  entries: v.record(v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)), AudioFile),
});
export type AudioManifest = v.InferOutput<typeof AudioManifest>;
export type AudioFile = v.InferOutput<typeof AudioFile>;

/** The distinct files of a manifest (two keys may share one render) with their total size and length. */
export function manifestFiles(manifest: AudioManifest): { files: AudioFile[]; bytes: number; seconds: number } {
  const byName = new Map<string, AudioFile>();
  for (const entry of Object.values(manifest.entries)) byName.set(entry.file, entry);
  const files = [...byName.values()];
  return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), seconds: files.reduce((s, f) => s + f.seconds, 0) };
}
