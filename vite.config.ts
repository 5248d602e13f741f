import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  base: './',
  // The French hunspell files for the written replies' spelling hints (the package exports only its Node loader).
  resolve: { alias: { '#dictionary-fr': fileURLToPath(new URL('./node_modules/dictionary-fr', import.meta.url)) } },
  plugins: [
    svelte(),
    VitePWA({
      strategies: 'generateSW',
      // The app asks before switching to a new version: it never reloads in the middle of someone's work.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg', 'content/pack.json', 'content/pack-meta.json'],
      manifest: {
        name: 'Relais — Conseiller relation client à distance',
        short_name: 'Relais',
        lang: 'fr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f7f5f0',
        theme_color: '#1f4e5f',
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json,aff,dic}'],
        // Audio is not in the install: the app copies it into this runtime cache once it is up (audio-fill.ts).
        globIgnores: ['audio/**'],
        runtimeCaching: [
          {
            urlPattern: /\/audio\/[0-9a-f]+\.mp3$/,
            handler: 'CacheFirst',
            // <audio> asks for byte ranges: they are cut from the whole file kept in the cache.
            options: { cacheName: 'relais-audio', rangeRequests: true, cacheableResponse: { statuses: [200] } },
          },
        ],
        maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The sync endpoint is never served from the cache.
        navigateFallbackDenylist: [/^\/(site-|content\/_|_)/],
        cleanupOutdatedCaches: true,
        // The first install takes control at once; later versions wait for the user (no skipWaiting).
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Served from the service worker cache, lazy chunks load fast without preload hints (smaller first screen).
    // The entry's own imports are hinted in the HTML: fetched with it, not one round later.
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
  },
});
