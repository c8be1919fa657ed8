// Benchmark (run on demand, after a release build): the wasm memory a page ends with — its peak,
// since a WebAssembly memory only grows — in headless Chromium against dist/.
// - The dashboard importing one response file of 10,000 and of 100,000 responses of the built-in
//   instrument through its file input (a fresh browser context each, so each size starts from a
//   page that has just opened), then drawing the figures of all of them; then the page reloaded
//   with them stored (wasm, the JavaScript heap after a collection and the page's whole process),
//   and "Download all responses" as JSON and as CSV from there (what an export leaves in the wasm
//   memory and the process); beside them, plain JS holding the same responses read back from
//   IndexedDB (the floor).
// - The survey page after a respondent answers the built-in survey and submits.
// Usage: node bench/memory.mjs [sizes...]   Budgets (issue 15): dashboard ≤ 150 MB at 100,000
// responses; survey page ≤ 10 MB. Goals (issue 32): wasm ≤ 15 / 40 MB reopened with 10,000 /
// 100,000, the page's process ≤ 300 MB, nothing lasting after an export.
import { readFile, stat } from 'node:fs/promises';
import { serveDirectory } from '../tests/e2e/support/server.mjs';
import { launchChromium } from '../tests/e2e/support/browser.mjs';

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [10000, 100000];
const server = await serveDirectory('dist');
const browser = await launchChromium();
const MB = (bytes) => (bytes / (1024 * 1024)).toFixed(1);

/**
 * Response `number` of the benchmark's data (run in the page: installed as `window.benchResponse`
 * in every context, so the import and the floor hold the same responses).
 */
function benchResponse(number) {
  const items = ['T1', 'T2', 'T3', 'T4', 'T5', 'I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'V1', 'V2', 'V3', 'A1', 'A2', 'A3', 'L1', 'L2', 'R1', 'R2', 'R3'];
  const groups = ['employer-strategic', 'employer-practice', 'university', 'student', 'service-user-carer', 'voluntary'];
  const partners = ['council', 'nhs-trust', 'university', 'voluntary-forum', 'carers-network'];
  const answers = Object.fromEntries(items.map((item, index) => [item, (number + index) % 6]));
  answers.PV = Object.fromEntries(partners.map((partner, p) => [partner, { gain: 1 + ((number + p) % 5), contribution: 1 + ((number + 2 * p) % 5) }]));
  answers.PT = Object.fromEntries(partners.map((partner, p) => [partner, { trust: 1 + ((number + 3 * p) % 5) }]));
  answers.IX = [groups[(number + 1) % groups.length]];
  if (number % 10 === 0) answers.O1 = 'More notice of meetings, please.';
  return { id: number.toString(16).padStart(32, '0'), survey_id: 'partnership-pulse', survey_version: 2, wave: '2026', group: groups[number % groups.length], partner: partners[number % partners.length], submitted: '2026-11-24', answers };
}

/** A browser context whose pages have `window.benchResponse`. */
async function benchContext(options = {}) {
  const context = await browser.newContext(options);
  await context.addInitScript(`window.benchResponse = ${benchResponse.toString()};`);
  return context;
}

/** A page whose wasm memory can be read: Trunk's start event carries the module's exports. */
async function pageKeepingMemory(path) {
  const context = await benchContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (event) => { window.ppMemory = event.detail.wasm.memory; });
  });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => window.ppMemory);
  return page;
}

const wasmBytes = (page) => page.evaluate(() => window.ppMemory.buffer.byteLength);

/** The page's JavaScript heap in use after a full collection (Chrome DevTools Protocol). */
async function heapBytes(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/**
 * The page's whole process memory (Linux: its proportional set size): the largest of the
 * browser's renderers, which is the page measured (any other is an idle spare of a few MB).
 */
async function pageProcessBytes() {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  await session.detach();
  let largest = 0;
  for (const { id } of processInfo.filter((process) => process.type === 'renderer')) {
    const rollup = await readFile(`/proc/${id}/smaps_rollup`, 'utf8').catch(() => '');
    largest = Math.max(largest, Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024);
  }
  return largest;
}

/** Downloads all responses in `format` and returns the file's size. */
async function exportAll(page, format) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600000 }),
    page.getByRole('button', { name: `Download all responses (${format})` }).click(),
  ]);
  return (await stat(await download.path())).size;
}

/**
 * The floor: plain JS keeping `size` of the same responses as one record each in IndexedDB, then
 * reading them all back (getAll) and holding them, as a plain-JS dashboard would: its JavaScript
 * heap after a collection.
 */
async function plainJsHeld(size) {
  const context = await benchContext();
  const page = await context.newPage();
  await page.goto(`${server.url}build-manifest.json`);
  const held = await page.evaluate(async (size) => {
    const open = () => new Promise((done, fail) => {
      const request = indexedDB.open('floor-memory', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('responses', { keyPath: 'id' });
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    let database = await open();
    await new Promise((done, fail) => {
      const transaction = database.transaction('responses', 'readwrite');
      const store = transaction.objectStore('responses');
      for (let number = 0; number < size; number += 1) store.put(window.benchResponse(number));
      transaction.oncomplete = done;
      transaction.onerror = () => fail(transaction.error);
    });
    database.close();
    database = await open();
    window.held = await new Promise((done) => {
      const request = database.transaction('responses').objectStore('responses').getAll();
      request.onsuccess = () => done(request.result);
    });
    return window.held.length;
  }, size);
  const heap = await heapBytes(page);
  const pageProcess = await pageProcessBytes();
  await page.evaluate(() => indexedDB.deleteDatabase('floor-memory'));
  await context.close();
  return { held, heap, pageProcess };
}

for (const size of sizes) {
  const floor = await plainJsHeld(size);
  const page = await pageKeepingMemory('dashboard.html');
  await page.getByRole('heading', { level: 2, name: 'Responses on this device' }).waitFor();
  const opened = await wasmBytes(page);
  const started = Date.now();
  const made = await page.evaluate((size) => {
    const began = performance.now();
    // Written piece by piece, so that the file is never one huge array of objects in the page.
    const pieces = ['{"format":"partnership-pulse/responses","version":1,"responses":['];
    for (let number = 0; number < size; number += 1) pieces.push((number ? ',' : '') + JSON.stringify(window.benchResponse(number)));
    pieces.push(']}');
    const file = new File(pieces, `responses-${size}.json`);
    const input = document.querySelector('input[type=file]');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    window.ppFileBytes = file.size;
    return performance.now() - began;
  }, size);
  await page.locator('.pp-import-report li', { hasText: `${size.toLocaleString('en')} added` }).waitFor({ timeout: 600000 });
  const reported = Date.now() - started;
  await page.locator('#pp-counts-title', { hasText: `Responses: ${size.toLocaleString("en")}` }).waitFor({ timeout: 600000 });
  const counted = Date.now() - started;
  await page.locator('.pp-chart svg').first().waitFor({ timeout: 600000 });
  const imported = await wasmBytes(page);
  const fileBytes = await page.evaluate(() => window.ppFileBytes);
  console.log(`dashboard, one file of ${size.toLocaleString('en')} responses (${MB(fileBytes)} MB): wasm memory ${MB(opened)} MB when opened, ` +
    `${MB(imported)} MB (its peak) after importing and drawing the figures; ` +
    `the file made in ${made.toFixed(0)} ms and imported by ${reported} ms, counted ${counted} ms, charts drawn ${Date.now() - started} ms; budget at 100,000: 150 MB`);
  await page.reload();
  await page.waitForFunction(() => window.ppMemory);
  await page.locator('#pp-counts-title', { hasText: `Responses: ${size.toLocaleString("en")}` }).waitFor({ timeout: 600000 });
  await page.locator('.pp-chart svg').first().waitFor({ timeout: 600000 });
  const reopened = await wasmBytes(page);
  const heap = await heapBytes(page);
  const pageProcess = await pageProcessBytes();
  const jsonBytes = await exportAll(page, 'JSON');
  const afterJson = await wasmBytes(page);
  const csvBytes = await exportAll(page, 'CSV');
  const afterCsv = await wasmBytes(page);
  await heapBytes(page);
  const processAfter = await pageProcessBytes();
  console.log(`  reopened with ${size.toLocaleString('en')} stored: wasm memory ${MB(reopened)} MB, JavaScript heap ${MB(heap)} MB, ` +
    `the page's process ${MB(pageProcess)} MB (goal 300 MB); after downloading them as JSON (${MB(jsonBytes)} MB) wasm memory ` +
    `${MB(afterJson)} MB, then as CSV (${MB(csvBytes)} MB) ${MB(afterCsv)} MB, the page's process ${MB(processAfter)} MB`);
  console.log(`  floor (plain JS holding the same ${floor.held.toLocaleString('en')} responses read back by getAll): JavaScript heap ${MB(floor.heap)} MB, the page's process ${MB(floor.pageProcess)} MB`);
  await page.context().close();
}

{
  const page = await pageKeepingMemory('');
  const opened = await wasmBytes(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#pp-group-university').check();
  await page.locator('#pp-partner-university').check();
  // Through every section to the review, answering the first statement of each, then submitting.
  for (let step = 0; step < 12; step += 1) {
    const first = page.locator('input[type=radio][id$="-4"]').first();
    if (await first.count()) await first.check();
    const next = page.getByRole('button', { name: /^(Next|Review your answers)$/ });
    if (!(await next.count())) break;
    await next.first().click();
  }
  await page.getByRole('button', { name: 'Submit your response' }).click();
  await page.getByRole('heading', { level: 1, name: /Thank you/ }).waitFor();
  console.log(`survey page: wasm memory ${MB(opened)} MB when opened, ${MB(await wasmBytes(page))} MB (its peak) after answering and submitting; budget 10 MB`);
  await page.context().close();
}

await browser.close();
await server.close();
