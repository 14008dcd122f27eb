import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { viewFromTopology } from '../../src/geo/build-view.ts';
import { readView } from '../../src/geo/view.ts';
import type { ChinaTopology } from '../../src/geo/geo.ts';

/** Where the first view's geometry is served and emitted, beside the topology. */
export const VIEW_FILE = 'geo/china.view.json';

function buildView(root: string): string {
  const file = path.join(root, 'public/geo/china.topo.json');
  const view = viewFromTopology(JSON.parse(readFileSync(file, 'utf8')) as ChinaTopology);
  // The browser's own check, so a view it would refuse fails the build instead.
  const problem = readView(view);
  if (typeof problem === 'string') throw new Error(`${VIEW_FILE} built from ${file}: ${problem}`);
  return JSON.stringify(view);
}

/**
 * The geometry of the first view (src/geo/view.ts): built from public/geo/china.topo.json
 * into `geo/china.view.json` (emitted by the build, served by the dev server), and preloaded
 * from the HTML so its download starts with the page's. The topology itself is fetched
 * only after the first view.
 */
export function geoView(): Plugin {
  let root = process.cwd();
  return {
    name: 'geo-view',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      this.addWatchFile(path.join(root, 'public/geo/china.topo.json'));
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!(req.url ?? '').split('?')[0]!.endsWith(`/${VIEW_FILE}`)) return next();
        try {
          const text = buildView(root);
          res.setHeader('Content-Type', 'application/json');
          res.end(text);
        } catch (error) {
          res.statusCode = 500;
          res.end(String(error));
        }
      });
    },
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href: `./${VIEW_FILE}`, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        },
      ];
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: VIEW_FILE, source: buildView(root) });
    },
  };
}
