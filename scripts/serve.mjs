// Serves the built app (dist/) on localhost as a careful static host would: sirv on node:http,
// the build's precompressed .br/.gz files, long caching for hashed assets and none for the
// entry points, the app's Content-Security-Policy as a header.
// Usage: node scripts/serve.mjs [--port 4173] [--dir dist]
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { CSP } from './vite/csp-policy.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 4173));
const root = resolve(option('dir', 'dist'));

// Vite names hashed files NAME-HASH.EXT under assets/: their content never changes.
const HASHED = /^\/assets\/.+-[\w-]{8}\.\w+$/;

/** Cache-Control for a path: hashed assets forever, everything else revalidated. */
export function cacheControl(pathname) {
  return HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function isMalformed(pathname) {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function createHandler(dir = root) {
  // dev: every request looks at the disk, so a rebuild (new sw.js, deleted chunks) shows at
  // once. Only paths inside dir are served (sirv checks the resolved path against dir/).
  const files = sirv(dir, {
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    dotfiles: false,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', cacheControl(pathname));
      res.setHeader('Content-Security-Policy', CSP);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
    },
  });
  return (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' })
        .end('Method not allowed');
      return;
    }
    if (isMalformed(pathname)) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache' });
      res.end('Not found');
    });
  };
}

export function startServer({ port: listenPort = port, dir = root } = {}) {
  const server = createServer(createHandler(resolve(dir)));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(listenPort, '127.0.0.1', () => done(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer().catch((error) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use: stop what runs there, or pick another with --port.`
        : String(error),
    );
    process.exit(1);
  });
  const { port: actual } = server.address();
  console.log(`区域创新地图 is running at http://localhost:${actual}/  (Ctrl+C to stop)`);
}
