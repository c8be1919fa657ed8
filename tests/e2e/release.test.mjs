// A new release replaces the old one on a device that has the old one: the page, its start-up
// script and its wasm are the new release's, online and then offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory } from './support/server.mjs';
import { launchChromium } from './support/browser.mjs';
import { contentNameParts } from '../../scripts/build/content-names.mjs';

let site;
let server;
let browser;
before(async () => {
  site = await mkdtemp(join(tmpdir(), 'pp-release-'));
  await cp('dist', site, { recursive: true });
  server = await serveDirectory(site, {}, 0, { precompressed: true });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(site, { recursive: true, force: true });
});

/** The survey page's files named by their content in `dir` (not their compressed copies). */
async function contentNamed(dir) {
  return (await readdir(dir)).filter((name) => ['partnership-pulse', 'boot'].includes(contentNameParts(name)?.stem));
}

/** The names of every file in the page's service worker caches. */
function cachedNames(page) {
  return page.evaluate(async () => {
    const names = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) names.push(new URL(request.url).pathname.slice(1));
    }
    return names;
  });
}

/**
 * Turns the survey page of `dir` into release B: every file named by a content hash gets a new
 * hash (its precompressed copies dropped), the names are replaced wherever they are written, and
 * the page's title says "release B". Release A's files are gone, as after a real deploy.
 */
async function makeReleaseB(dir) {
  const names = await contentNamed(dir);
  const renamed = new Map(names.map((name) => [name, name.replace(/-[0-9a-f]{8,16}/, '-b0b0b0b0b0b0b0b0')]));
  for (const name of await readdir(dir)) if (/\.(gz|br)$/.test(name)) await rm(join(dir, name));
  for (const [from, to] of renamed) await rename(join(dir, from), join(dir, to));
  for (const name of ['index.html', ...[...renamed.values()].filter((n) => n.endsWith('.js'))]) {
    let text = await readFile(join(dir, name), 'utf8');
    for (const [from, to] of renamed) text = text.replaceAll(from, to);
    text = text.replace(/<title>[^<]*<\/title>/, '<title>Partnership Pulse (release B)</title>');
    await writeFile(join(dir, name), text);
  }
  return [...renamed.values()];
}

test('after release A was visited, release B is what opens, online and offline', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start' }).waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  assert.equal(await page.title(), 'Partnership Pulse');

  const releaseA = await contentNamed(site);
  const releaseB = await makeReleaseB(site);
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname.slice(1)));
  await page.reload();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  assert.equal(await page.title(), 'Partnership Pulse (release B)');
  for (const name of releaseB) assert.ok(fetched.includes(name), `release B's ${name} was loaded`);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  // The service worker let release A's files go once release B's page named others.
  let kept = await cachedNames(page);
  for (let tries = 0; tries < 100 && releaseA.some((name) => kept.includes(name)); tries += 1) {
    await page.waitForTimeout(100);
    kept = await cachedNames(page);
  }
  for (const name of releaseA) assert.ok(!kept.includes(name), `release A's ${name} is no longer kept`);

  // Offline, release B opens from the service worker's cache and runs.
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: 'Start' }).waitFor();
  assert.equal(await page.title(), 'Partnership Pulse (release B)');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  await context.close();
});
