// Writes every text and wasm file of dist/ again precompressed, beside it: NAME.gz (gzip, level 9)
// and NAME.br (brotli, quality 11), both with Node's own zlib. A host serves them with nginx's
// `gzip_static` / `brotli_static` (README, "Serving the built files"), and `scripts/serve-dist.mjs`
// does the same, so no server compresses on each request. Usage: node scripts/precompress.mjs [dir]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The files worth compressing: everything but the already-compressed PNG icons. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest']);

const dir = process.argv[2] ?? 'dist';
let raw = 0;
let gzipped = 0;
let brotlied = 0;
// Folders too: the language files are in dist/locales/.
for (const name of (await readdir(dir, { recursive: true })).sort()) {
  if (!COMPRESSIBLE.has(extname(name))) continue;
  const body = await readFile(join(dir, name));
  const gz = gzipSync(body, { level: 9 });
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
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
console.log(`precompressed ${dir}/: ${raw} bytes, ${gzipped} as gzip, ${brotlied} as brotli`);
