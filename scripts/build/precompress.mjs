// Writes every text and wasm file of dist/ again precompressed, beside it: NAME.gz (gzip made by
// Debian's zopfli, which finds a deflate stream about 4% smaller than zlib's level 9 and which every
// gzip client reads as usual) and NAME.br (brotli, quality 11, Node's own zlib). A host serves them
// with nginx's `gzip_static` / `brotli_static` (docs/operating/serving.md), and
// `scripts/serve-dist.mjs` does the same, so no server compresses on each request. `fast`: zlib's
// gzip level 9, for debug builds, whose wasm is many megabytes and would keep zopfli busy for minutes.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';

/** The files worth compressing: everything but the already-compressed PNG icons. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest']);

/** Writes `dir`'s files again as .gz and .br beside them; a line saying the totals. */
export async function precompress(dir, fast) {
  let raw = 0;
  let gzipped = 0;
  let brotlied = 0;
  // Folders too: the language files are in dist/locales/.
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    if (!COMPRESSIBLE.has(extname(name))) continue;
    const body = await readFile(join(dir, name));
    const gz = fast
      ? gzipSync(body, { level: 9 })
      : execFileSync('zopfli', ['-c', join(dir, name)], { maxBuffer: 256 * 1024 * 1024 });
    if (!gunzipSync(gz).equals(body)) throw new Error(`zopfli's gzip of ${name} does not decompress to the file`);
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: fast ? 5 : 11,
        [constants.BROTLI_PARAM_MODE]: extname(name) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    await writeFile(join(dir, `${name}.gz`), gz);
    await writeFile(join(dir, `${name}.br`), br);
    raw += body.length;
    gzipped += gz.length;
    brotlied += br.length;
  }
  return `precompressed ${dir}/: ${raw} bytes, ${gzipped} as gzip, ${brotlied} as brotli`;
}
