import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './serve.mjs';

/** A GET with the path sent exactly as written (no client-side normalisation). */
function get(port, rawPath, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve.mjs', () => {
  let root;
  let dist;
  let server;
  let port;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'serve-test-'));
    dist = path.join(root, 'dist');
    await mkdir(path.join(dist, 'assets'), { recursive: true });
    await mkdir(path.join(root, 'dist-secret'));
    await writeFile(path.join(root, 'dist-secret', 'leak.txt'), 'secret');
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(path.join(dist, 'sw.js'), '// version 1');
    await writeFile(path.join(dist, 'assets', 'index-AbC12_xY.js'), 'console.log(1)');
    const big = 'const x = 1;\n'.repeat(500);
    await writeFile(path.join(dist, 'assets', 'big-ZZZZZZZZ.js'), big);
    await writeFile(path.join(dist, 'assets', 'big-ZZZZZZZZ.js.br'), brotliCompressSync(big));
    server = await startServer({ port: 0, dir: dist });
    port = server.address().port;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    await rm(root, { recursive: true, force: true });
  });

  it('serves index.html for / with the CSP header and no long caching', async () => {
    const res = await get(port, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for good, sw.js never', async () => {
    expect((await get(port, '/assets/index-AbC12_xY.js')).headers['cache-control']).toMatch(
      /immutable/,
    );
    expect((await get(port, '/sw.js')).headers['cache-control']).toBe('no-cache');
  });

  it('serves the precompressed file to a browser that takes brotli', async () => {
    const res = await get(port, '/assets/big-ZZZZZZZZ.js', { 'accept-encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
  });

  it.each([
    '/..%2fdist-secret/leak.txt',
    '/%2e%2e/dist-secret/leak.txt',
    '/../dist-secret/leak.txt',
    '/assets/..%2f..%2fdist-secret/leak.txt',
    '/%2e%2e%2fdist-secret%2fleak.txt',
  ])('does not serve a file outside its folder: %s', async (p) => {
    const res = await get(port, p);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('secret');
  });

  it('answers malformed percent-encoding with 400', async () => {
    expect((await get(port, '/%E0%A4%A')).status).toBe(400);
    expect((await get(port, '/assets/%zz.js')).status).toBe(400);
  });

  it('sees a rebuild at once: new content, deleted files gone', async () => {
    expect((await get(port, '/sw.js')).body.toString()).toBe('// version 1');
    await writeFile(path.join(dist, 'sw.js'), '// version 2 (longer)');
    expect((await get(port, '/sw.js')).body.toString()).toBe('// version 2 (longer)');
    await rm(path.join(dist, 'assets', 'index-AbC12_xY.js'));
    expect((await get(port, '/assets/index-AbC12_xY.js')).status).toBe(404);
  });
});
