// Benchmark (run on demand, after a release build): the facilitator's device with 100,000
// responses of the built-in instrument, in headless Chromium against dist/, side by side in the
// same run with plain-JS IndexedDB doing the least the same data needs (the floor):
//   import: one response file of 100,000 dropped on the dashboard → its report and the count shown
//           (floor: the same responses put as one record each in one transaction);
//   start:  the dashboard opened with them stored → the count and the first chart shown, median
//           of `runs` reloads (floor: getAll of 100,000 one-record responses);
//   filter: a group's box ticked or unticked with them all shown → the new figures painted;
//   the store's shape: how many records hold them.
// The browser keeps its profile on disk, as a facilitator's does (Playwright's usual in-memory
// contexts put one record at a time far more slowly than any real device). `--in-memory` measures
// those instead.
// Usage: node bench/device-store.mjs [runs] [--in-memory]   Goals (issue 32): import ≤ 4 s, start ≤ 1 s,
// filter ≤ 50 ms.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory } from '../tests/e2e/support/server.mjs';
import { launchChromium } from '../tests/e2e/support/browser.mjs';
import { storedRecords } from '../tests/e2e/support/suite.mjs';

const runs = Number(process.argv[2] ?? 5);
const inMemory = process.argv.includes('--in-memory');
const COUNT = 100000;
const server = await serveDirectory('dist');
const profile = await mkdtemp(join(tmpdir(), 'pp-bench-profile-'));
const browser = inMemory
  ? await launchChromium()
  : await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
const page = inMemory ? await (await browser.newContext()).newPage() : await browser.newPage();
await page.goto(`${server.url}dashboard.html`);
await page.getByRole('heading', { level: 2, name: 'Responses on this device' }).waitFor();

/** Makes the 100,000 responses in the page as `window.benchResponses` (not timed). */
await page.evaluate((count) => {
  const items = ['T1', 'T2', 'T3', 'T4', 'T5', 'I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'V1', 'V2', 'V3', 'A1', 'A2', 'A3', 'L1', 'L2', 'R1', 'R2', 'R3'];
  const groups = ['employer-strategic', 'employer-practice', 'university', 'student', 'service-user-carer', 'voluntary'];
  const responses = [];
  for (let number = 0; number < count; number += 1) {
    const answers = Object.fromEntries(items.map((item, index) => [item, (number + index) % 6]));
    answers.PV = { council: { gain: 1 + (number % 5), contribution: 1 + ((number + 1) % 5) } };
    answers.O1 = 'More notice of meetings, please.';
    responses.push({ id: number.toString(16).padStart(32, '0'), survey_id: 'partnership-pulse', survey_version: 2, wave: '2026', group: groups[number % groups.length], partner: 'council', submitted: '2026-11-24', answers });
  }
  window.benchResponses = responses;
  window.benchFile = new File([JSON.stringify({ format: 'partnership-pulse/responses', version: 1, responses })], 'all.json');
}, COUNT);

// The floor, in its own database: one record per response, as plain JS would keep them.
const floor = await page.evaluate(() => new Promise((done) => {
  const open = indexedDB.open('floor', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('responses', { keyPath: 'k' }).createIndex('g', 'g');
  open.onsuccess = () => {
    const database = open.result;
    const putStarted = performance.now();
    const transaction = database.transaction('responses', 'readwrite');
    const store = transaction.objectStore('responses');
    for (const response of window.benchResponses) store.put({ k: response.id, g: response.survey_id, v: JSON.stringify(response) });
    transaction.oncomplete = () => {
      const put = performance.now() - putStarted;
      const readStarted = performance.now();
      const request = database.transaction('responses').objectStore('responses').index('g').getAll('partnership-pulse');
      request.onsuccess = () => {
        const read = performance.now() - readStarted;
        database.close();
        indexedDB.deleteDatabase('floor');
        done({ put, read, count: request.result.length });
      };
    };
  };
}));

const started = Date.now();
await page.evaluate(() => {
  const input = document.querySelector('input[type=file]');
  const transfer = new DataTransfer();
  transfer.items.add(window.benchFile);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
});
await page.locator('.pp-import-report li', { hasText: 'all.json: 100,000 added' }).waitFor({ timeout: 600000 });
await page.getByRole('heading', { level: 2, name: 'Responses: 100,000' }).waitFor({ timeout: 600000 });
const imported = Date.now() - started;

const starts = [];
for (let run = 0; run < runs; run += 1) {
  await page.reload({ waitUntil: 'commit' });
  await page.getByRole('heading', { level: 2, name: 'Responses: 100,000' }).waitFor({ timeout: 120000 });
  await page.locator('.pp-chart svg').first().waitFor({ timeout: 120000 });
  starts.push(await page.evaluate(() => performance.now()));
}
starts.sort((a, b) => a - b);

// A filter changed by the facilitator → the figures of the new view painted: a group's box
// ticked, then unticked, for each group, timed in the page from the click to the frame after the
// count's heading changed (the charts are drawn in the same render).
const metricsSession = await page.context().newCDPSession(page);
await metricsSession.send('Performance.enable');
const metrics = async () => Object.fromEntries((await metricsSession.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const metricsBefore = await metrics();
const filterTimes = await page.evaluate(async () => {
  const title = document.querySelector('#pp-counts-title');
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const times = [];
  for (const box of [...document.querySelectorAll('input[type=checkbox][id*="filter-group-"]')]) {
    for (let turn = 0; turn < 2; turn += 1) {
      const before = title.textContent;
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (title.textContent !== before) { observer.disconnect(); resolve(); }
        });
        observer.observe(title, { childList: true, subtree: true, characterData: true });
      });
      const began = performance.now();
      box.click();
      await changed;
      await painted();
      times.push(performance.now() - began);
    }
  }
  return times.sort((a, b) => a - b);
});
const metricsAfter = await metrics();
const spent = (name) => `${Math.round((metricsAfter[name] - metricsBefore[name]) * 1000 / filterTimes.length)} ms`;
const records = (await storedRecords(page, 'packed')).length + (await storedRecords(page, 'responses')).length;
const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
console.log(`import of one file of ${COUNT.toLocaleString('en')} → count shown: ${ms(imported)}; floor (one-transaction put, a record each): ${ms(floor.put)}; goal 4,000 ms`);
console.log(`dashboard opened with ${COUNT.toLocaleString('en')} stored → count and first chart, ${runs} runs: median ${ms(starts[Math.floor(runs / 2)])}, ` +
  `min ${ms(starts[0])}, max ${ms(starts[runs - 1])}; floor (getAll of ${floor.count.toLocaleString('en')} records): ${ms(floor.read)}; goal 1,000 ms`);
console.log(`filter changed → new figures painted, ${filterTimes.length} changes: median ${ms(filterTimes[Math.floor(filterTimes.length / 2)])}, ` +
  `max ${ms(filterTimes[filterTimes.length - 1])}; goal 50 ms; per change: script ${spent('ScriptDuration')}, ` +
  `style ${spent('RecalcStyleDuration')}, layout ${spent('LayoutDuration')}, all tasks ${spent('TaskDuration')}`);
console.log(`stored as ${records} records (packs of 2,000), against ${COUNT.toLocaleString('en')} one record each; ${inMemory ? 'in-memory' : 'on-disk'} profile`);
await browser.close();
await rm(profile, { recursive: true, force: true });
await server.close();
