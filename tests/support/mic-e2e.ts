import type { BrowserContext } from 'playwright-core';

/**
 * Keeps every microphone track the pages of `context` open in `window.__micTracks`, so that a test can
 * end one as a pulled-out headset does (Chromium has no way to unplug its fake device).
 */
export async function keepMicTracks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tracks: MediaStreamTrack[] = [];
    (window as unknown as { __micTracks: MediaStreamTrack[] }).__micTracks = tracks;
    const gum = MediaDevices.prototype.getUserMedia;
    MediaDevices.prototype.getUserMedia = async function (this: MediaDevices, c?: MediaStreamConstraints) {
      const stream = await gum.call(this, c);
      tracks.push(...stream.getAudioTracks());
      return stream;
    };
  });
}
