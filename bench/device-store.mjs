// Benchmark (run on demand, after a release build): the device's IndexedDB store with 100,000
// responses of the built-in instrument, in headless Chromium against dist/. Prints the time to
// store them through the dashboard's import (four files of 25,000), and the dashboard's start with
// all of them stored: navigation to the count of 100,000 shown (median of `runs` reloads).
// Usage: node bench/device-store.mjs [runs]   Budget (issue 11): the start ≤ 2 s.
import { serveDirectory } from '../tests/e2e/support/server.mjs';
import { launchChromium } from '../tests/e2e/support/browser.mjs';

const runs = Number(process.argv[2] ?? 5);
const server = await serveDirectory('dist');
const browser = await launchChromium();
const page = await (await browser.newContext()).newPage();
await page.goto(`${server.url}dashboard.html`);
await page.getByRole('heading', { level: 2, name: 'Responses on this device' }).waitFor();
const items = ['T1', 'T2', 'T3', 'T4', 'T5', 'I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'V1', 'V2', 'V3', 'A1', 'A2', 'A3', 'L1', 'L2', 'R1', 'R2', 'R3'];
const groups = ['employer-strategic', 'employer-practice', 'university', 'student', 'service-user-carer', 'voluntary'];
const imports = [];
for (let file = 0; file < 4; file += 1) {
  const started = Date.now();
  await page.evaluate(([file, items, groups]) => {
    const responses = [];
    for (let n = 0; n < 25000; n += 1) {
      const number = file * 25000 + n;
      const answers = Object.fromEntries(items.map((item, index) => [item, (number + index) % 6]));
      answers.PV = { council: { gain: 1 + (number % 5), contribution: 1 + ((number + 1) % 5) } };
      answers.O1 = 'More notice of meetings, please.';
      responses.push({ id: number.toString(16).padStart(32, '0'), survey_id: 'partnership-pulse', survey_version: 1, wave: '2026', group: groups[number % groups.length], partner: 'council', submitted: '2026-11-24', answers });
    }
    const input = document.querySelector('input[type=file]');
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify({ format: 'partnership-pulse/responses', version: 1, responses })], `part-${file}.json`));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, [file, items, groups]);
  await page.locator('.pp-import-report li', { hasText: `part-${file}.json: 25000 added` }).waitFor({ timeout: 300000 });
  imports.push(Date.now() - started);
}
console.log(`stored 100,000 responses through four imports of 25,000: ${imports.map((ms) => `${ms} ms`).join(', ')} (file generation included)`);
const starts = [];
for (let run = 0; run < runs; run += 1) {
  await page.reload({ waitUntil: 'commit' });
  await page.getByRole('heading', { level: 2, name: 'Responses: 100,000' }).waitFor({ timeout: 120000 });
  starts.push(await page.evaluate(() => performance.now()));
}
starts.sort((a, b) => a - b);
console.log(`dashboard start with 100,000 stored, to the count shown, ${runs} runs: median ${starts[Math.floor(runs / 2)].toFixed(0)} ms, ` +
  `min ${starts[0].toFixed(0)} ms, max ${starts[runs - 1].toFixed(0)} ms; budget 2,000 ms`);
await browser.close();
await server.close();
