// Names every content-named file of dist/ by its bytes as they finally are, writes the integrity
// hash of every file the pages link, and returns the build's manifest. Trunk hashes what it was
// given, and the build's later steps change the bytes (wasm-bindgen's output slimmed, scripts and
// styles minified, the compile hint): a release that changed only those steps would keep every
// name with new bytes, and since such files are cached as immutable (by the browser for a year, by
// the service worker first), a returning visitor would get the earlier bytes under the new page's
// integrity hash and the app would not start.
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentName, contentNameParts, integrity } from './content-names.mjs';

const TEXT = /\.(?:html|js|css)$/;

/**
 * Names `dir`'s content-named files by their final bytes and writes the pages' integrity hashes;
 * the manifest: `files` (each content-named file's integrity hash) and `pages` (the files each
 * page links or loads), and a line saying what was done.
 */
export async function nameByContent(dir) {
  const files = (await readdir(dir)).filter((name) => !/\.(?:gz|br)$/.test(name));
  const texts = new Map();
  for (const name of files.filter((name) => TEXT.test(name))) texts.set(name, await readFile(join(dir, name), 'utf8'));
  const bytesOf = async (name) => (texts.has(name) ? Buffer.from(texts.get(name)) : readFile(join(dir, name)));

  // A file is named once the files it names have their final names (the start-up scripts name the
  // wasm-bindgen script and the wasm): leaves first, then what names them.
  const pending = new Set(files.filter((name) => contentNameParts(name)));
  const named = [];
  while (pending.size > 0) {
    const ready = [...pending].find((name) => {
      const text = texts.get(name);
      return text === undefined || ![...pending].some((other) => other !== name && text.includes(other));
    });
    if (!ready) throw new Error(`content-named files that name each other: ${[...pending].join(', ')}`);
    pending.delete(ready);
    const { stem, suffix } = contentNameParts(ready);
    const name = contentName(stem, suffix, await bytesOf(ready));
    named.push(name);
    if (name === ready) continue;
    await rename(join(dir, ready), join(dir, name));
    if (texts.has(ready)) {
      texts.set(name, texts.get(ready));
      texts.delete(ready);
    }
    for (const [text, content] of texts) texts.set(text, content.replaceAll(ready, name));
  }

  const manifest = { files: {}, pages: {} };
  for (const name of named.sort()) manifest.files[name] = integrity(await bytesOf(name));
  for (const [name, content] of texts) {
    let updated = content;
    if (name.endsWith('.html')) {
      // Trunk marks its links with the file's sha384, and a browser refuses a file whose hash
      // differs: every hash is written again from the file as it is now.
      for (const tag of content.match(/<link\b[^>]*\bintegrity="[^"]*"[^>]*>/g) ?? []) {
        const href = /href="\.?\/?([^"]+)"/.exec(tag)?.[1];
        if (!href) throw new Error(`${name}: a link with an integrity hash but no address`);
        const hash = manifest.files[href] ?? integrity(await bytesOf(href));
        updated = updated.replace(tag, tag.replace(/integrity="[^"]*"/, `integrity="${hash}"`));
      }
      // What the page loads: its links and scripts, and what its start-up script loads.
      const loaded = new Set();
      for (const [, address] of content.matchAll(/(?:href|src)="\.?\/?([^":]+)"/g)) loaded.add(address);
      for (const file of [...loaded]) {
        for (const other of named) if (texts.get(file)?.includes(other)) loaded.add(other);
      }
      manifest.pages[name] = [...loaded].filter((file) => files.includes(file) || named.includes(file)).sort();
    }
    // Written whether or not it changed: a few small files, and no second read of each.
    await writeFile(join(dir, name), updated);
  }
  return { manifest, said: `${dir}/: ${named.length} content-named files named by their final bytes, integrity hashes written` };
}
