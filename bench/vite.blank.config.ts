import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The blank page that is the floor of the cold start bench: precached by its own service worker,
 * generated the way the app's is (vite.config.ts: generateSW, the same precache and navigation fallback).
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'blank-page'),
  base: './',
  logLevel: 'warn',
  plugins: [
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: { outDir: resolve(import.meta.dirname, '../.tmp/bench-blank'), emptyOutDir: true, target: 'es2022', modulePreload: false },
});
