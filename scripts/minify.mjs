// Minifies the scripts and stylesheets of dist/ in place (Terser, clean-css), then writes the
// Subresource Integrity hash of every file a page names again from the file as it now is. Trunk's own
// --minify also rewrites the pages' HTML (which the later build steps read) and leaves the
// wasm-bindgen script as it is, the largest script a phone downloads; this step does both scripts
// and styles and nothing else. File names keep Trunk's content hash of the source, which still
// changes whenever the source does. Usage: node scripts/minify.mjs [dir]
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import CleanCSS from 'clean-css';
import { minify } from 'terser';

const dir = process.argv[2] ?? 'dist';
const names = (await readdir(dir)).sort();
let before = 0;
let after = 0;
/** The files made smaller. */
let changed = 0;

for (const name of names) {
  const type = extname(name);
  if (type !== '.js' && type !== '.css') continue;
  const source = await readFile(join(dir, name), 'utf8');
  let output;
  if (type === '.js') {
    // The wasm-bindgen scripts, the start-up scripts and the embed loader are modules; the
    // service worker and pre-start.js are classic scripts, whose top-level names stay as they are.
    const isModule = /^\s*(?:import|export)\b/m.test(source) || source.includes('import.meta');
    const result = await minify(source, { module: isModule, ecma: 2020, compress: { passes: 2 }, mangle: true });
    output = result.code;
  } else {
    // Level 1 only: each rule made smaller on its own, never merged or reordered with others.
    const result = new CleanCSS({ level: 1 }).minify(source);
    if (result.errors.length > 0) throw new Error(`${name}: ${result.errors.join('; ')}`);
    output = result.styles;
  }
  if (!output || output.length >= source.length) continue;
  await writeFile(join(dir, name), output);
  changed += 1;
  before += Buffer.byteLength(source);
  after += Buffer.byteLength(output);
}

// Trunk marks its links with the file's sha384, and a browser refuses a file whose hash differs:
// every hash is written again from the file as it is now (this step and scripts/slim-wasm.mjs
// change files after Trunk).
for (const page of names.filter((name) => name.endsWith('.html'))) {
  const html = await readFile(join(dir, page), 'utf8');
  const tags = html.match(/<link\b[^>]*\bintegrity="[^"]*"[^>]*>/g) ?? [];
  let updated = html;
  for (const tag of tags) {
    const href = /href="\.?\/?([^"]+)"/.exec(tag)?.[1];
    if (!href) throw new Error(`${page}: a link with an integrity hash but no address`);
    const digest = createHash('sha384').update(await readFile(join(dir, href))).digest('base64');
    updated = updated.replace(tag, tag.replace(/integrity="[^"]*"/, `integrity="sha384-${digest}"`));
  }
  if (updated !== html) await writeFile(join(dir, page), updated);
}
console.log(`minified ${changed} scripts and stylesheets in ${dir}/: ${before} bytes to ${after}`);
