import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/** Builds the class report benchmark page: the app's report code and SVG grid, in Chromium. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'class-report-page'),
  base: './',
  logLevel: 'warn',
  plugins: [svelte()],
  build: { outDir: resolve(import.meta.dirname, '../.tmp/bench-class-report'), emptyOutDir: true, target: 'es2022' },
});
