/**
 * Sent on `window` when the user accepts a new version. A new service worker takes over only once the
 * fetches in flight through the old one are done, so background work that fetches without end (the audio
 * copy) stops taking new requests on it; it resumes at the next start.
 */
export const UPDATE_ACCEPTED = 'relais:update-accepted';
