import { manifestFiles } from '../../domain/audio/audio-manifest';
import { UPDATE_ACCEPTED } from '../shell/update-accepted';
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

/** Set once the user accepted a new version: the copy stops, so that the new service worker can take over. */
let updating = false;
if (typeof window !== 'undefined') window.addEventListener(UPDATE_ACCEPTED, () => (updating = true), { once: true });

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
    for (let f = queue.shift(); f && !updating; f = queue.shift()) {
      const url = audioUrl(f.file);
      try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        // The service worker may have kept it already on the way (its runtime cache is this one).
        if (!(await cache.match(url))) await cache.put(url, response);
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
