// The built files a browser may keep for a year are named by their bytes as built: a release
// that changes a file changes its name, whatever step of the build changed it. The build's
// manifest lists exactly those files, with the integrity hashes the pages carry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { CONTENT_NAMED, MANIFEST, contentName, contentNameParts, integrity } from '../../scripts/build/content-names.mjs';

test('every content-named file of dist/ is named by its own bytes, and the pages name only files that exist', async () => {
  const names = await readdir('dist');
  const named = names.filter((name) => CONTENT_NAMED.test(name));
  // The survey's, dashboard's and set-up page's scripts, wasm and start-up scripts, and the styles.
  assert.ok(named.length >= 12, `content-named files: ${named.join(', ')}`);
  for (const name of named) {
    const { stem, suffix } = contentNameParts(name);
    assert.equal(contentName(stem, suffix, await readFile(`dist/${name}`)), name, `${name} is named by its bytes`);
  }
  for (const page of ['index.html', 'dashboard.html', 'setup.html', 'embed.js', 'sw.js']) {
    const text = await readFile(`dist/${page}`, 'utf8');
    for (const [reference] of text.matchAll(/[\w-]+-[0-9a-f]{8,16}(?:_bg)?\.(?:js|css|wasm)/g)) {
      assert.ok(names.includes(reference), `${page} names ${reference}, which is built`);
    }
  }
});

test('the manifest lists every content-named file with its integrity hash, and what each page loads', async () => {
  const manifest = JSON.parse(await readFile(`dist/${MANIFEST}`, 'utf8'));
  const named = (await readdir('dist')).filter((name) => CONTENT_NAMED.test(name)).sort();
  assert.deepEqual(Object.keys(manifest.files).sort(), named);
  for (const [name, hash] of Object.entries(manifest.files)) assert.equal(hash, integrity(await readFile(`dist/${name}`)), name);
  for (const page of ['index.html', 'dashboard.html', 'setup.html']) {
    const html = await readFile(`dist/${page}`, 'utf8');
    const loads = manifest.pages[page];
    // The page's wasm is loaded by its start-up script, so the manifest names it though the page does not.
    assert.ok(loads.some((file) => file.endsWith('_bg.wasm')), `${page} loads its wasm: ${loads}`);
    for (const [, href, hash] of html.matchAll(/href="\.?\/?([^"]+)"[^>]*integrity="([^"]+)"/g)) {
      assert.ok(loads.includes(href), `${page}'s manifest lists ${href}`);
      assert.equal(hash, integrity(await readFile(`dist/${href}`)), `${page}'s integrity hash of ${href}`);
    }
  }
  // The service worker keeps exactly the survey page's files when it installs.
  const worker = await readFile('dist/sw.js', 'utf8');
  for (const file of manifest.pages['index.html']) assert.ok(worker.includes(`./${file}`), `sw.js keeps ${file}`);
});
