// The built files a browser may keep for a year are named by their bytes as built: a release
// that changes a file changes its name, whatever step of the build changed it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';

const NAMED = /^(.+)-([0-9a-f]{8,16})((?:_bg)?\.(?:js|css|wasm))$/;

test('every content-named file of dist/ is named by its own bytes, and the pages name only files that exist', async () => {
  const names = await readdir('dist');
  const named = names.filter((name) => NAMED.test(name));
  // The survey's, dashboard's and set-up page's scripts, wasm and start-up scripts, and the styles.
  assert.ok(named.length >= 12, `content-named files: ${named.join(', ')}`);
  for (const name of named) {
    const digest = createHash('sha256').update(await readFile(`dist/${name}`)).digest('hex');
    assert.equal(NAMED.exec(name)[2], digest.slice(0, 16), `${name} is named by its bytes`);
  }
  for (const page of ['index.html', 'dashboard.html', 'setup.html', 'embed.js']) {
    const text = await readFile(`dist/${page}`, 'utf8');
    for (const [reference] of text.matchAll(/[\w-]+-[0-9a-f]{8,16}(?:_bg)?\.(?:js|css|wasm)/g)) {
      assert.ok(names.includes(reference), `${page} names ${reference}, which is built`);
    }
  }
});
