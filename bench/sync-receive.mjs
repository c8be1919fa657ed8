// Benchmark (run on demand, after a release build): a new facilitator device receiving 100,000
// responses of the built-in instrument from a CouchDB database (PouchDB Server in memory on
// loopback), in headless Chromium against dist/. Prints the time from "Connect and sync" to the
// dashboard showing the count of all of them, and to the sync finishing (every page kept on the
// device), and how long filling the database took; beside them, in the same run, plain JS doing
// the least the same data needs (the floor).
// The browser keeps its profile on disk, as a facilitator's does: Chromium's in-memory profiles
// (Playwright's usual contexts) store IndexedDB in a way whose writes slow as it fills, which
// no real device sees.
// Usage: node bench/sync-receive.mjs [responses]   Budget (issue 11): ≤ 10 s for 100,000.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory } from '../tests/e2e/support/server.mjs';
import { startCouch } from '../tests/e2e/support/servers.mjs';

const count = Number(process.argv[2] ?? 100000);
const couch = await startCouch();
const items = ['T1', 'T2', 'T3', 'T4', 'T5', 'I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'V1', 'V2', 'V3', 'A1', 'A2', 'A3', 'L1', 'L2', 'R1', 'R2', 'R3'];
const groups = ['employer-strategic', 'employer-practice', 'university', 'student', 'service-user-carer', 'voluntary'];
const filling = Date.now();
await fetch(`${couch.url}bench`, { method: 'PUT' });
for (let start = 0; start < count; start += 5000) {
  const docs = [];
  for (let number = start; number < Math.min(count, start + 5000); number += 1) {
    const answers = Object.fromEntries(items.map((item, index) => [item, (number + index) % 6]));
    answers.PV = { council: { gain: 1 + (number % 5), contribution: 1 + ((number + 1) % 5) } };
    answers.O1 = 'More notice of meetings, please.';
    const id = number.toString(16).padStart(32, '0');
    docs.push({ _id: id, id, survey_id: 'partnership-pulse', survey_version: 2, wave: '2026', group: groups[number % groups.length], partner: 'council', submitted: '2026-11-24', answers });
  }
  const answer = await fetch(`${couch.url}bench/_bulk_docs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ docs }) });
  if (!answer.ok) throw new Error(`filling the database: ${answer.status}`);
}
console.log(`filled the database with ${count} responses in ${Date.now() - filling} ms`);

const server = await serveDirectory('dist');
const profile = await mkdtemp(join(tmpdir(), 'pp-bench-profile-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage();
await page.goto(`${server.url}dashboard.html`);

// The floor, in the same page and run: plain JS reading the changes feed in pages of 5,000 with
// their documents and putting each as one record, one transaction a page, in its own database.
const floor = await page.evaluate(async ({ url, count }) => {
  const started = performance.now();
  const database = await new Promise((done, fail) => {
    const open = indexedDB.open('floor-sync', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('responses', { keyPath: '_id' });
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
  });
  let since = 0;
  let received = 0;
  while (received < count) {
    const page = await (await fetch(`${url}bench/_changes?include_docs=true&limit=5000&since=${since}`)).json();
    if (page.results.length === 0) break;
    await new Promise((done, fail) => {
      const transaction = database.transaction('responses', 'readwrite');
      const store = transaction.objectStore('responses');
      for (const change of page.results) store.put(change.doc);
      transaction.oncomplete = done;
      transaction.onerror = () => fail(transaction.error);
    });
    received += page.results.length;
    since = page.last_seq;
  }
  const ms = performance.now() - started;
  database.close();
  indexedDB.deleteDatabase('floor-sync');
  return { ms: Math.round(ms), received };
}, { url: couch.url, count });

await page.getByLabel('Server address (for example https://couch.example.org)').fill(couch.url);
await page.getByLabel('Database name').fill('bench');
const started = Date.now();
await page.getByRole('button', { name: 'Connect and sync' }).click();
await page.getByRole('heading', { level: 2, name: `Responses: ${count.toLocaleString("en")}` }).waitFor({ timeout: 600000 });
const shown = Date.now() - started;
await page.locator('.pp-sync-status', { hasText: 'Synced at' }).waitFor({ timeout: 600000 });
const synced = Date.now() - started;
console.log(`a new device received ${count} responses: count shown after ${shown} ms, sync finished after ${synced} ms; ` +
  `floor (plain JS: the changes feed in pages of 5,000, a record each, a transaction a page): ${floor.ms} ms for ${floor.received}; goal 10,000 ms for 100,000`);
await browser.close();
await rm(profile, { recursive: true, force: true });
await server.close();
await couch.stop();
