import path from 'node:path';
import type { Plugin } from 'vite';
import { precompress } from './precompress.mjs';

/** Precompresses the build (brotli and gzip), after every other plugin has written its files. */
export function precompressed(): Plugin {
  let outDir = '';
  return {
    name: 'precompressed',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        await precompress(outDir);
      },
    },
  };
}
