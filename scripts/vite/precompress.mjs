// Writes NAME.br and NAME.gz beside every text file of a build folder, for
// scripts/serve.mjs (and any static host that serves precompressed files).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|webmanifest|txt)$/;
const MIN_BYTES = 1024;
// Brotli's best quality is ~25× slower than quality 9 for ~10 % less: worth it for the first
// view's files, not for the 1 MB MapLibre chunk loaded after the first paint. The limit is
// well above the first view's chunk: at 400 KiB it had grown 78 bytes past it and been sent
// 9 KB larger (124 against 115 KB).
const BEST_QUALITY_UNDER = 1024 * 1024;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Compresses every text file of `dir` (recursively); returns how many it wrote. */
export async function precompress(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
  let written = 0;
  await Promise.all(
    files.map(async (file) => {
      if ((await stat(file)).size < MIN_BYTES) return;
      const body = await readFile(file);
      const quality = body.length < BEST_QUALITY_UNDER ? 11 : 9;
      const [br, gzipped] = await Promise.all([
        brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
        gz(body, { level: 9 }),
      ]);
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
      written += 1;
    }),
  );
  return written;
}
