import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/** The trainer screens' test page, built with the app's content pack next to it. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  publicDir: resolve(import.meta.dirname, '../../../public'),
  plugins: [svelte()],
  // As in the app's config: the spelling worker reads the French dictionary's files by URL.
  resolve: { alias: { '#dictionary-fr': fileURLToPath(new URL('../../../node_modules/dictionary-fr', import.meta.url)) } },
  build: { outDir: resolve(import.meta.dirname, '../../../.tmp/trainer-harness'), emptyOutDir: true, target: 'es2022' },
});
