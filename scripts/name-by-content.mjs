// Names every file of dist/ that carries a content hash (`app-0123456789abcdef.css`,
// `boot-…js`, `…_bg.wasm`) by its bytes as they finally are, then writes the Subresource
// Integrity hash of every file the pages name. Trunk hashes what it was given, and the build's
// later steps change the bytes (wasm-bindgen's output slimmed, scripts and styles minified, the
// compile hint): a release that changed only those steps would keep every name with new bytes,
// and since such files are cached as immutable (by the browser for a year, by the service worker
// first), a returning visitor would get the earlier bytes under the new page's integrity hash and
// the app would not start. Run last, before scripts/precompress.mjs.
// Usage: node scripts/name-by-content.mjs [dir]
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
/** A content-named file: its stem, its hash and what follows (`_bg.wasm`, `.js`, `.css`). */
const NAMED = /^(.+)-([0-9a-f]{8,16})((?:_bg)?\.(?:js|css|wasm))$/;
const TEXT = /\.(?:html|js|css)$/;

const files = (await readdir(dir)).filter((name) => !/\.(?:gz|br)$/.test(name));
const texts = new Map();
for (const name of files.filter((name) => TEXT.test(name))) texts.set(name, await readFile(join(dir, name), 'utf8'));

// A file is named once the files it names have their final names (the start-up scripts name the
// wasm-bindgen script and the wasm): leaves first, then what names them.
const pending = new Set(files.filter((name) => NAMED.test(name)));
let renamed = 0;
while (pending.size > 0) {
  const ready = [...pending].find((name) => {
    const text = texts.get(name);
    return text === undefined || ![...pending].some((other) => other !== name && text.includes(other));
  });
  if (!ready) throw new Error(`content-named files that name each other: ${[...pending].join(', ')}`);
  pending.delete(ready);
  const [, stem, , suffix] = NAMED.exec(ready);
  const bytes = texts.has(ready) ? Buffer.from(texts.get(ready)) : await readFile(join(dir, ready));
  const name = `${stem}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${suffix}`;
  if (name === ready) continue;
  await rename(join(dir, ready), join(dir, name));
  if (texts.has(ready)) {
    texts.set(name, texts.get(ready));
    texts.delete(ready);
  }
  for (const [text, content] of texts) texts.set(text, content.replaceAll(ready, name));
  renamed += 1;
}

// Trunk marks its links with the file's sha384, and a browser refuses a file whose hash differs:
// every hash is written again from the file as it is now.
for (const [name, content] of texts) {
  let updated = content;
  if (name.endsWith('.html')) {
    for (const tag of content.match(/<link\b[^>]*\bintegrity="[^"]*"[^>]*>/g) ?? []) {
      const href = /href="\.?\/?([^"]+)"/.exec(tag)?.[1];
      if (!href) throw new Error(`${name}: a link with an integrity hash but no address`);
      const file = texts.has(href) ? Buffer.from(texts.get(href)) : await readFile(join(dir, href));
      const digest = createHash('sha384').update(file).digest('base64');
      updated = updated.replace(tag, tag.replace(/integrity="[^"]*"/, `integrity="sha384-${digest}"`));
    }
  }
  // Written whether or not it changed: a few small files, and no second read of each.
  await writeFile(join(dir, name), updated);
}
console.log(`${dir}/: ${renamed} content-named files named again by their final bytes, integrity hashes written`);
