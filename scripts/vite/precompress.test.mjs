import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompress } from './precompress.mjs';

/** Text like a minified chunk: words and numbers in no repeating order. */
function chunkLike(bytes) {
  let seed = 1;
  const next = () => (seed = (seed * 48271) % 2147483647);
  const words = ['function', 'return', 'const', 'let', 'this', 'null', 'length', 'push'];
  let text = '';
  while (text.length < bytes) text += `${words[next() % words.length]}(${next() % 9973});`;
  return text.slice(0, bytes);
}

const dirs = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('precompress', () => {
  it('gives a first-view-sized chunk (over 400 KiB) brotli’s best quality', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'precompress-'));
    dirs.push(dir);
    const body = Buffer.from(chunkLike(420 * 1024));
    await writeFile(path.join(dir, 'index.js'), body);
    await precompress(dir);
    const br = await readFile(path.join(dir, 'index.js.br'));
    const best = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    expect(br.length).toBeLessThanOrEqual(best.length);
  }, 30_000);
});
