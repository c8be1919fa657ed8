// Benchmark (run on demand): time from navigation to the first screen ready for input (the Start
// button visible and enabled), in headless Chromium against the release build in dist/.
// Usage: ./bench/first-screen.sh [runs]   Budget (docs/design.md): 300 ms.
import { serveDirectory } from '../tests/e2e/support/server.mjs';
import { launchChromium } from '../tests/e2e/support/browser.mjs';

const runs = Number(process.argv[2] ?? 15);
const server = await serveDirectory('dist');
const browser = await launchChromium();
const times = [];
for (let run = 0; run < runs; run += 1) {
  // A new context each time: an empty cache and no service worker, as on a first visit.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
  // performance.now() counts from the start of navigation.
  times.push(await page.evaluate(() => performance.now()));
  await context.close();
}
await browser.close();
await server.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`first screen ready (Start button), ${runs} runs: median ${median.toFixed(0)} ms, ` +
  `min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms; budget 300 ms`);
