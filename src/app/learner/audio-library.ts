import { speechKey, type VoiceRole } from '../../domain/audio/audio-key';
import { AudioManifest, manifestFiles } from '../../domain/audio/audio-manifest';
import * as v from 'valibot';

/** Cache Storage bucket of the audio: filled in the background, read by the service worker offline. */
export const AUDIO_CACHE = 'relais-audio';

export function audioUrl(path: string): string {
  return new URL(`audio/${path}`, document.baseURI).href;
}

let loading: Promise<AudioManifest | null> | undefined;

/**
 * The content build's audio manifest: from the network when it answers (a new content version brings a
 * new one), else the copy kept in Cache Storage. Null when the content has no audio (built without
 * `npm run audio:build`): the player then falls back to the browser's own voice.
 */
export function audioManifest(): Promise<AudioManifest | null> {
  loading ??= readManifest().finally(() => {
    // A terminal that was offline at start tries the network again next time.
    setTimeout(() => {
      loading = undefined;
    }, 60_000);
  });
  return loading;
}

async function readManifest(): Promise<AudioManifest | null> {
  const url = audioUrl('manifest.json');
  const cache = typeof caches === 'undefined' ? undefined : await caches.open(AUDIO_CACHE);
  let response: Response | undefined;
  try {
    response = await fetch(url, { cache: 'no-cache' });
    if (response.ok) await cache?.put(url, response.clone());
  } catch {
    // Offline: the copy kept below answers.
  }
  if (!response?.ok) response = (await cache?.match(url)) ?? response;
  if (!response?.ok) return null;
  // A manifest of another format (a newer build) is treated as no audio: the fallback voice reads.
  const parsed = v.safeParse(AudioManifest, await response.json());
  return parsed.success ? parsed.output : null;
}

/** The URL of a text's rendered audio, or undefined when the build made none for it. */
export async function audioFor(role: VoiceRole, text: string): Promise<string | undefined> {
  const manifest = await audioManifest();
  const entry = manifest?.entries[speechKey(role, text)];
  return entry ? audioUrl(entry.file) : undefined;
}

export { manifestFiles };
