// Writes the built service worker: sw.js with the build's naming rule (which files the cache may
// answer first) and the survey page's files (kept when the worker installs) from the manifest.
// A release that changes any file changes the worker too, so browsers install it.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_NAMED_PATH } from './content-names.mjs';
import { minifyScript } from './minify.mjs';

/** Writes `dir`/sw.js from the project's sw.js and `manifest`. */
export async function writeServiceWorker(dir, manifest) {
  const source = await readFile('sw.js', 'utf8');
  const rule = /^const HASHED = .*;$/m;
  const list = /^const PRECACHE = \[\];$/m;
  if (!rule.test(source) || !list.test(source)) throw new Error('sw.js: no HASHED rule or PRECACHE list to write');
  const files = manifest.pages['index.html'];
  if (!files?.length) throw new Error('the manifest lists no files for index.html');
  const written = source
    .replace(rule, `const HASHED = ${CONTENT_NAMED_PATH};`)
    .replace(list, `const PRECACHE = ${JSON.stringify(files.map((file) => `./${file}`))};`);
  // A classic script: its top-level names stay as they are.
  await writeFile(join(dir, 'sw.js'), await minifyScript(written, false));
}
