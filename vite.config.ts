import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { briefingData, defaultBriefingId } from './scripts/vite/briefing-data-plugin.ts';
import { contentSecurityPolicy } from './scripts/vite/csp-plugin.ts';
import { precompressed } from './scripts/vite/compress-plugin.ts';
import { geoView } from './scripts/vite/geo-view-plugin.ts';

/** React, and the small modules both the first view and the lazy chunks import. */
const FIRST_VIEW_SHARED =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|d3-array)[\\/]|[\\/]src[\\/](lib[\\/]after-paint|geo[\\/]palette)\.ts$/;

// BASE_PATH lets dist/ run under a sub-path of any static host, e.g. BASE_PATH=/maps/.
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [
    react(),
    geoView(),
    briefingData(),
    contentSecurityPolicy(),
    // The service worker (Workbox): every file of the build precached with its content hash
    // as revision, so a new build downloads only what changed. Of the briefings, only the
    // one a plain URL opens is precached (their index is in the app's code); any other is
    // cached when it is first opened, and then works offline too. A new version waits until
    // the reader says "reload" (src/app/update-prompt.tsx) or every tab of the old one is
    // closed: an open tab keeps the chunks it was built with.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      filename: 'sw.js',
      workbox: {
        globPatterns: ['**/*.{html,js,mjs,css,json,svg,png,txt,webmanifest}'],
        globIgnores: ['**/*.{br,gz,map}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Vite's hashed file names are revisions already.
        dontCacheBustURLsMatching: /-[\w-]{8}\.\w+$/,
        skipWaiting: false,
        // Takes the open page on the first visit only (there is no older worker to wait for).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        sourcemap: false,
        manifestTransforms: [
          (entries) => {
            const keep = `data/briefings/${defaultBriefingId()}.json`;
            return {
              manifest: entries.filter(
                (e) => !e.url.startsWith('data/briefings/') || e.url === keep,
              ),
              warnings: [],
            };
          },
        ],
        runtimeCaching: [
          {
            // Served from the cache at once (offline too), refreshed in the background.
            urlPattern: /\/data\/briefings\/[a-z0-9-]+\.json$/,
            handler: 'StaleWhileRevalidate',
            options: {
              cacheName: 'briefings',
              expiration: { maxEntries: 500 },
            },
          },
        ],
      },
    }),
    precompressed(),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Writing the service worker (Workbox bundles it) and compressing the files take a few
      // seconds after the bundle is done, by design: not worth a warning on every build.
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: {
          // The first view's code in two chunks of about 200 KB, which the browser compiles
          // on two threads at once (React alone was half of one 410 KB chunk). With React
          // come the few small modules that the lazy chunks share with the first view: each
          // had been a chunk, and a request, of its own.
          groups: [{ name: 'shared', test: FIRST_VIEW_SHARED }],
        },
      },
    },
  },
  worker: { format: 'es' },
});
