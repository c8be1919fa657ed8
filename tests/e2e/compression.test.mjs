// The built files served as a host should serve them (scripts/serve-dist.mjs): precompressed,
// hashed files cached as immutable, and the first visit downloading each file once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { serveDirectory } from './support/server.mjs';
import { launchChromium, axeViolations } from './support/browser.mjs';

let server;
let browser;
before(async () => {
  server = await serveDirectory('dist', {}, 0, { precompressed: true });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('served precompressed, decoded by the browser, and each file fetched once on the first visit', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start' }).waitFor();
  // The service worker has installed: it precached the page's files.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

  const wasm = responses.find((response) => response.url().endsWith('_bg.wasm'));
  const headers = await wasm.allHeaders();
  assert.match(headers['content-encoding'] ?? '', /^(br|gzip)$/, 'the wasm arrives compressed');
  assert.equal(headers['cache-control'], 'public, max-age=31536000, immutable', 'a content-hashed file never changes');
  assert.equal(headers.vary, 'Accept-Encoding');
  const wasmPath = new URL(wasm.url()).pathname;
  const onDisk = (await stat(`dist${wasmPath}.${headers['content-encoding'] === 'br' ? 'br' : 'gz'}`)).size;
  const sentWasm = server.sent.filter((request) => request.path === wasmPath);
  assert.equal(sentWasm.length, 1, 'the wasm is sent once, though the page and its service worker both want it');
  assert.equal(sentWasm[0].bytes, onDisk, 'the precompressed copy is what went over the wire');
  const page0 = responses.find((response) => new URL(response.url()).pathname === '/');
  assert.equal((await page0.allHeaders())['cache-control'], 'no-cache', 'pages are revalidated, so a release is picked up');

  // Decoded and running: the survey answers, and passes axe-core.
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  // The rules only the facilitator's pages use stay on the server.
  assert.deepEqual(server.sent.filter((request) => /facilitator-/.test(request.path)), []);
  // The first paint waits for the page alone: its one stylesheet (scripts/build/join-styles.mjs)
  // and pre-start script are written into it (scripts/build/inline-start-up.mjs).
  const fetchedByPage = responses.map((response) => new URL(response.url()).pathname);
  assert.deepEqual(fetchedByPage.filter((path) => path.endsWith('.css') || path.endsWith('pre-start.js')), []);
  // Nothing is sent twice: the service worker's fetches of what the page already has are
  // answered from the browser's cache or "not modified" without a body.
  const bodies = server.sent.filter((request) => request.bytes > 0).map((request) => request.path);
  assert.deepEqual(bodies.filter((path, index) => bodies.indexOf(path) !== index), [], 'no body sent twice');
  assert.equal(
    await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    'rgb(246, 247, 249)',
    "the standalone page's own rules (page.css) apply from the written-in stylesheet",
  );
  const total = server.sent.reduce((sum, request) => sum + request.bytes, 0);
  console.log(`first visit to the survey page, served precompressed: ${total} bytes sent in ${server.sent.length} responses`);
  await context.close();
});
