// Minifies the scripts and stylesheets of dist/ in place (Terser, clean-css), then writes the new
// Subresource Integrity hash of each changed file into every page that names it. Trunk's own
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
/** The new bytes of each file changed, by name, for the pages' integrity attributes. */
const changed = new Map();

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
  changed.set(name, Buffer.from(output));
  before += Buffer.byteLength(source);
  after += Buffer.byteLength(output);
}

// Trunk marks its links with the file's sha384; a browser refuses a file whose hash differs.
for (const page of names.filter((name) => name.endsWith('.html'))) {
  const html = await readFile(join(dir, page), 'utf8');
  const updated = html.replace(/<link\b[^>]*>/g, (tag) => {
    const href = /href="\.?\/?([^"]+)"/.exec(tag)?.[1];
    if (!href || !changed.has(href) || !/integrity="/.test(tag)) return tag;
    const digest = createHash('sha384').update(changed.get(href)).digest('base64');
    return tag.replace(/integrity="[^"]*"/, `integrity="sha384-${digest}"`);
  });
  if (updated !== html) await writeFile(join(dir, page), updated);
  // Every hash a page names must match its file as served, or the page would not start.
  for (const [, href, hash] of updated.matchAll(/href="\.?\/?([^"]+)"[^>]*integrity="sha384-([^"]+)"/g)) {
    const digest = createHash('sha384').update(await readFile(join(dir, href))).digest('base64');
    if (digest !== hash) throw new Error(`${page}: the integrity hash of ${href} does not match the file`);
  }
}
console.log(`minified ${changed.size} scripts and stylesheets in ${dir}/: ${before} bytes to ${after}`);
