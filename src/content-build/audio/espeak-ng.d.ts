// espeak-ng 1.0.2 ships no types: an Emscripten factory that runs the CLI's main with `arguments`.
declare module 'espeak-ng' {
  const ESpeakNg: (options: Record<string, unknown>) => Promise<unknown>;
  export default ESpeakNg;
}
