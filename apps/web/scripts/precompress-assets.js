// @ts-check
/**
 * After `vite build`: writes a Brotli (.br, quality 11) and a gzip (.gz, level 9) copy next to
 * every text asset in dist/assets, which the server sends to browsers that accept them
 * (apps/server/src/http/precompressed-assets.ts). The assets are fingerprinted and never
 * change, so they are compressed once, as hard as possible, instead of on every request.
 * Source maps are left out (only developer tools ask for them; the server compresses those on the fly).
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const assetsDir = fileURLToPath(new URL('../dist/assets/', import.meta.url));
const TEXT = /\.(js|mjs|css|svg|json|html|txt|webmanifest)$/;
/** Below this, compressing saves less than a network packet. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const started = performance.now();
const names = (await readdir(assetsDir)).filter((name) => TEXT.test(name));
let before = 0;
let afterGzip = 0;
let afterBrotli = 0;
let written = 0;
await Promise.all(
  names.map(async (name) => {
    const file = path.join(assetsDir, name);
    if (!(await stat(file)).isFile()) return;
    const bytes = await readFile(file);
    if (bytes.length < MIN_BYTES) return;
    const [br, gz] = await Promise.all([
      brotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
      gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    before += bytes.length;
    afterBrotli += Math.min(br.length, bytes.length);
    afterGzip += Math.min(gz.length, bytes.length);
    // A copy that is not smaller is not worth sending.
    if (br.length < bytes.length) await writeFile(`${file}.br`, br);
    if (gz.length < bytes.length) await writeFile(`${file}.gz`, gz);
    written += 1;
  }),
);
const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(0)} kB`;
process.stdout.write(
  `precompressed ${written} assets in ${((performance.now() - started) / 1000).toFixed(1)} s: ${kB(before)} → gzip ${kB(afterGzip)}, brotli ${kB(afterBrotli)}\n`,
);
