// espeak-ng (GPL-3.0-or-later) runs here, at content build only: nothing under src/content-build is
// imported by the app, so neither the engine nor its WASM reaches the terminal's bundle.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import ESpeakNg from 'espeak-ng';
import type { VoiceParams } from './voices';

export const ESPEAK_ID = 'espeak-ng@1.0.2';

/** Mono 16-bit PCM as espeak-ng writes it. */
export interface Pcm {
  samples: Int16Array;
  rate: number;
}

type EspeakModule = { FS: { writeFile(path: string, data: string): void; readFile(path: string): Uint8Array } };
type EspeakFactory = (opts: Record<string, unknown>) => Promise<EspeakModule>;

/**
 * Renders French text to PCM. The WASM is compiled once; each text needs a fresh instance, since the
 * module runs espeak-ng's `main` once on start and exposes no other entry point.
 */
export async function createEspeak(): Promise<(text: string, voice: VoiceParams) => Promise<Pcm>> {
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve('espeak-ng').replace(/espeak-ng\.js$/, 'espeak-ng.wasm');
  const wasm = await WebAssembly.compile(new Uint8Array(await readFile(wasmPath)));
  return async (text, voice) => {
    const errors: string[] = [];
    const mod = await (ESpeakNg as unknown as EspeakFactory)({
      // The text goes through a file, never argv: a line starting with « - » must not read as an option.
      arguments: ['-b', '1', '-v', voice.voice, '-p', String(voice.pitch), '-s', String(voice.speed), '-w', 'out.wav', '-f', 'in.txt'],
      preRun: [(m: EspeakModule) => m.FS.writeFile('in.txt', text)],
      instantiateWasm: (imports: WebAssembly.Imports, done: (i: WebAssembly.Instance) => void) => {
        void WebAssembly.instantiate(wasm, imports).then(done);
        return {};
      },
      print: () => {
        // espeak-ng prints nothing useful on stdout when writing a WAV.
      },
      printErr: (line: string) => errors.push(line),
    });
    let wav: Uint8Array;
    try {
      wav = mod.FS.readFile('out.wav');
    } catch {
      throw new Error(`espeak-ng n’a rien produit pour « ${text.slice(0, 60)} » : ${errors.join(' ')}`);
    }
    return parseWav(wav);
  };
}

/** The PCM of a 16-bit mono WAV file. */
export function parseWav(bytes: Uint8Array): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let rate = 0;
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = String.fromCharCode(...bytes.subarray(at, at + 4));
    let size = view.getUint32(at + 4, true);
    if (id === 'fmt ') rate = view.getUint32(at + 12, true);
    if (id === 'data') {
      // espeak-ng writes to a pipe-like file first and may leave the data size at 0x7fffffff: trust the file length.
      size = Math.min(size, bytes.length - at - 8);
      const samples = new Int16Array(size >> 1);
      for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(at + 8 + i * 2, true);
      return { samples, rate };
    }
    at += 8 + size + (size & 1);
  }
  throw new Error('fichier WAV sans données');
}
