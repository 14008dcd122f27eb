import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plugin } from 'vite';
import { listBriefingDirs, loadBriefingDir } from '../../src/data/node/load-briefing.ts';
import { formatProblems } from '../../src/data/check.ts';
import type { Bundle } from '../../src/data/schema.ts';

const VIRTUAL = 'virtual:briefings';
const RESOLVED = `\0${VIRTUAL}`;

/**
 * Where the briefings are read from: data/briefings/, or the folder named by the
 * BRIEFINGS_DIR environment variable (the benchmark's synthetic corpora, bench/corpus-<n>/).
 */
export function briefingsDir(root: string): string {
  const override = process.env['BRIEFINGS_DIR'];
  return override ? path.resolve(root, override) : path.join(root, 'data/briefings');
}

// The briefing the first view shows (the newest), once the build has read them all.
let newestId: string | undefined;

/**
 * The id of the briefing a plain URL opens, known after the build started: the service
 * worker precaches it and no other (the others are cached when first opened).
 */
export function defaultBriefingId(): string | undefined {
  return newestId;
}

function loadAll(root: string): Bundle[] {
  const bundles: Bundle[] = [];
  const problems = [];
  for (const dir of listBriefingDirs(briefingsDir(root))) {
    const result = loadBriefingDir(dir, path.join(root, 'data/regions.json'));
    problems.push(...result.problems);
    if (result.bundle) bundles.push(result.bundle);
  }
  const where = path.relative(root, briefingsDir(root)) || '.';
  if (problems.length) throw new Error(`${where}/ has problems:\n${formatProblems(problems)}`);
  if (!bundles.length) throw new Error(`${where}/ holds no briefing`);
  return bundles.sort((a, b) => b.briefing.date.localeCompare(a.briefing.date));
}

/** SHA-256 of a briefing file's UTF-8 bytes, in hex (as `crypto.subtle.digest` gives it). */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Validates every briefing in data/ (a broken file fails the build, naming file and
 * field), serves each as one JSON file at data/briefings/<id>.json, and lists them in
 * the `virtual:briefings` module.
 */
export function briefingData(): Plugin {
  let root = process.cwd();
  let bundles: Bundle[] = [];
  return {
    name: 'briefing-data',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      bundles = loadAll(root);
      newestId = bundles[0]?.briefing.id;
      this.addWatchFile(path.join(root, 'data'));
      if (process.env['BRIEFINGS_DIR']) this.addWatchFile(briefingsDir(root));
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      // The index: what the picker and the first view need, never a briefing's content.
      const list = bundles.map((b) => ({
        id: b.briefing.id,
        date: b.briefing.date,
        issue: { year: b.briefing.issue.year, number: b.briefing.issue.number },
        title: b.briefing.title,
        counts: { viewpoints: b.viewpoints.length, links: b.links.length },
        // The file's own bytes, as checked here: the browser trusts a file that matches
        // and checks any other with the schemas (src/data/load.ts).
        sha256: sha256(JSON.stringify(b)),
      }));
      return `export default ${JSON.stringify(list)};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/briefings\/([a-z0-9-]+)\.json$/.exec(req.url ?? '');
        if (!match) return next();
        try {
          const bundle = loadAll(root).find((b) => b.briefing.id === match[1]);
          if (!bundle) return next();
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(bundle));
        } catch (error) {
          res.statusCode = 500;
          res.end(String(error));
        }
      });
    },
    // The first view needs the newest briefing: its download starts with the HTML instead
    // of after the script has run (as the geometry's does, geo-view-plugin.ts).
    transformIndexHtml() {
      const newest = bundles[0] ?? loadAll(root)[0];
      const href = `./data/briefings/${newest!.briefing.id}.json`;
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        },
      ];
    },
    generateBundle() {
      for (const bundle of bundles) {
        this.emitFile({
          type: 'asset',
          fileName: `data/briefings/${bundle.briefing.id}.json`,
          source: JSON.stringify(bundle),
        });
      }
    },
  };
}
