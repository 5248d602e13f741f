/** What can go wrong with the microphone; each has a plain French message (src/i18n/fr/voice-recording.ts). */
export type MicProblem = 'unsupported' | 'denied' | 'no-device' | 'unplugged' | 'failed';

export class MicError extends Error {
  constructor(
    readonly problem: MicProblem,
    message?: string,
  ) {
    super(message ?? problem);
    this.name = 'MicError';
  }
}

/** One recorded take: the compressed audio to keep, and its PCM (mono) to measure. */
export interface Take {
  blob: Blob;
  mimeType: string;
  samples: Float32Array;
  sampleRate: number;
  durationSeconds: number;
}

export interface Microphone {
  /** Starts a take (MediaRecorder on the open stream). */
  start(): void;
  /** Stops the take and decodes it to PCM (AudioContext.decodeAudioData, mixed to mono). */
  stop(): Promise<Take>;
  /** Seconds since start() (for a live timer and for the customer windows). */
  elapsed(): number;
  /** Called once if the device goes away mid-take (track 'ended'); the take so far is still returned by stop(). */
  onUnplugged(cb: () => void): void;
  close(): void;
}

/** Opus in WebM is what Chromium records; the others are for browsers that lack it. */
const MIME_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];

/** The rate the takes are decoded at: what Opus records and what the measures are tuned for. */
const DECODE_RATE = 48_000;

/** Asks for the microphone (getUserMedia audio, echoCancellation off is fine); throws MicError. */
export async function openMicrophone(): Promise<Microphone> {
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
    throw new MicError('unsupported');
  }
  let stream: MediaStream;
  try {
    // The raw voice is what is measured: no echo cancelling, noise gate or gain riding.
    stream = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
    });
  } catch (error) {
    throw micErrorOf(error);
  }
  const track = stream.getAudioTracks()[0];
  if (!track || track.readyState === 'ended') {
    for (const t of stream.getTracks()) t.stop();
    throw new MicError('no-device');
  }
  return new StreamMicrophone(stream, track);
}

/** getUserMedia's DOMException names, as the problem the learner is told about. */
export function micErrorOf(error: unknown): MicError {
  if (error instanceof MicError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return new MicError('denied', message);
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return new MicError('no-device', message);
    case 'TypeError':
    case 'NotSupportedError':
      return new MicError('unsupported', message);
    default:
      return new MicError('failed', message);
  }
}

class StreamMicrophone implements Microphone {
  readonly #stream: MediaStream;
  #recorder: MediaRecorder | undefined;
  #chunks: Blob[] = [];
  #stopped: Promise<void> = Promise.resolve();
  #startedAt = 0;
  #unplugged: (() => void) | undefined;
  #wasUnplugged = false;

  constructor(stream: MediaStream, track: MediaStreamTrack) {
    this.#stream = stream;
    // Stopping a track ourselves (close) does not fire 'ended': only a lost device does.
    track.addEventListener('ended', () => {
      if (this.#wasUnplugged) return;
      this.#wasUnplugged = true;
      this.#unplugged?.();
    });
  }

  start(): void {
    if (this.#wasUnplugged) throw new MicError('unplugged');
    if (this.#recorder && this.#recorder.state !== 'inactive') return;
    const mimeType = MIME_TYPES.find((t) => MediaRecorder.isTypeSupported(t));
    let recorder: MediaRecorder;
    try {
      recorder = new MediaRecorder(this.#stream, mimeType ? { mimeType } : undefined);
    } catch (error) {
      throw micErrorOf(error);
    }
    this.#chunks = [];
    recorder.addEventListener('dataavailable', (e) => {
      if (e.data.size > 0) this.#chunks.push(e.data);
    });
    // The recorder stops by itself when the track ends (unplugged): stop() then only waits for this.
    this.#stopped = new Promise((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }));
    this.#recorder = recorder;
    this.#startedAt = performance.now();
    recorder.start();
  }

  async stop(): Promise<Take> {
    const recorder = this.#recorder;
    if (!recorder) throw new MicError('failed', 'stop() before start()');
    const elapsed = this.elapsed();
    if (recorder.state !== 'inactive') recorder.stop();
    await this.#stopped;
    this.#recorder = undefined;
    const mimeType = recorder.mimeType || this.#chunks[0]?.type || 'audio/webm';
    const blob = new Blob(this.#chunks, { type: mimeType });
    if (blob.size === 0) {
      return { blob, mimeType, samples: new Float32Array(0), sampleRate: DECODE_RATE, durationSeconds: 0 };
    }
    const samples = await decodeToMono(blob);
    const durationSeconds = samples.length > 0 ? samples.length / DECODE_RATE : elapsed;
    return { blob, mimeType, samples, sampleRate: DECODE_RATE, durationSeconds };
  }

  elapsed(): number {
    return this.#recorder ? (performance.now() - this.#startedAt) / 1000 : 0;
  }

  onUnplugged(cb: () => void): void {
    this.#unplugged = cb;
  }

  close(): void {
    if (this.#recorder && this.#recorder.state !== 'inactive') this.#recorder.stop();
    this.#recorder = undefined;
    this.#unplugged = undefined;
    for (const t of this.#stream.getTracks()) t.stop();
  }
}

/** Decodes a take and mixes its channels to one, at DECODE_RATE. */
async function decodeToMono(blob: Blob): Promise<Float32Array> {
  // An offline context decodes without a user gesture and resamples to its own rate.
  const context = new OfflineAudioContext(1, 1, DECODE_RATE);
  let buffer: AudioBuffer;
  try {
    buffer = await context.decodeAudioData(await blob.arrayBuffer());
  } catch (error) {
    throw new MicError('failed', error instanceof Error ? error.message : String(error));
  }
  if (buffer.numberOfChannels === 1) return buffer.getChannelData(0).slice();
  const channels = Array.from({ length: buffer.numberOfChannels }, (_, c) => buffer.getChannelData(c));
  const mono = new Float32Array(buffer.length);
  for (let i = 0; i < mono.length; i++) {
    let sum = 0;
    for (const data of channels) sum += data[i]!;
    mono[i] = sum / channels.length;
  }
  return mono;
}
