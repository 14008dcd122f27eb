import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { briefingData } from './scripts/vite/briefing-data-plugin.ts';
import { contentSecurityPolicy } from './scripts/vite/csp-plugin.ts';
import { serviceWorker } from './scripts/vite/service-worker-plugin.ts';

// BASE_PATH lets dist/ run under a sub-path of any static host, e.g. BASE_PATH=/maps/.
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [react(), briefingData(), contentSecurityPolicy(), serviceWorker()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
});
