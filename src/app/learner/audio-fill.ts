import { manifestFiles } from '../../domain/audio/audio-manifest';
import { backgroundFetchMayGo } from '../shell/update-gate';
import { AUDIO_CACHE, audioManifest, audioUrl } from './audio-library';

/** How much of the content's audio is on this terminal. */
export interface AudioCount {
  /** False when the content was built without audio. */
  hasAudio: boolean;
  total: number;
  ready: number;
  bytesTotal: number;
  bytesReady: number;
  failed: number;
}

const PARALLEL = 2;

/**
 * Copies every audio file of the manifest into Cache Storage (where the service worker serves them
 * offline), a couple at a time, and drops files of older content. With `fetchMissing` false it only
 * counts. Run after the app is up: the first screen never waits for it.
 */
export async function syncAudioCache(fetchMissing: boolean, onProgress?: (count: AudioCount) => void): Promise<AudioCount> {
  const manifest = await audioManifest();
  const count: AudioCount = { hasAudio: false, total: 0, ready: 0, bytesTotal: 0, bytesReady: 0, failed: 0 };
  if (!manifest || typeof caches === 'undefined') return count;
  const { files, bytes } = manifestFiles(manifest);
  Object.assign(count, { hasAudio: files.length > 0, total: files.length, bytesTotal: bytes });
  const cache = await caches.open(AUDIO_CACHE);
  const cached = new Set((await cache.keys()).map((r) => r.url));
  const wanted = new Set(files.map((f) => audioUrl(f.file)));
  for (const url of cached) if (url.endsWith('.mp3') && !wanted.has(url)) await cache.delete(url);
  const missing = files.filter((f) => {
    if (!cached.has(audioUrl(f.file))) return true;
    count.ready++;
    count.bytesReady += f.bytes;
    return false;
  });
  onProgress?.({ ...count });
  if (!fetchMissing) return count;
  const queue = missing.slice();
  const worker = async () => {
    // The copy makes way for a new version: it waits while one installs, and stops once the user accepted it.
    for (let f = queue.shift(); f && (await backgroundFetchMayGo()); f = queue.shift()) {
      const url = audioUrl(f.file);
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        // The service worker may have kept it already on the way (its runtime cache is this one).
        if (!(await cache.match(url))) await cache.put(url, response);
        // An unread body holds the response open until it is collected.
        else await response.body?.cancel();
        count.ready++;
        count.bytesReady += f.bytes;
      } catch {
        // Offline or the server is gone: counted and shown in the staff area, tried again at next start.
        count.failed++;
      }
      onProgress?.({ ...count });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return count;
}
