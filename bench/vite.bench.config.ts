import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the import benchmark page, which runs the app's own import code in Chromium. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'import-page'),
  base: './',
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, '../.tmp/bench-import'), emptyOutDir: true, target: 'es2022' },
});
