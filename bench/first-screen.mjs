// Benchmark (run on demand): the survey page on a slow phone — Chromium with its CPU slowed 4×,
// 1.6 Mbit/s down, 750 kbit/s up and 150 ms latency — against the release build in dist/, served
// precompressed (as scripts/serve.sh serves it) and uncompressed. For each, the median of fresh
// contexts (an empty cache and no service worker, as on a first visit) of:
//   first readable text: the first contentful paint (the welcome screen written into the page);
//   Start ready: the app has taken over the screen and Start works;
//   first question answered: Start pressed when ready, a group chosen on the first question;
//   Start tapped → first question painted: what a respondent waits after Start.
// Also which files were sent twice in one visit (the service worker's install fetches the page's
// files again; unchanged ones should cost no body).
// Usage: ./bench/first-screen.sh [runs]   Goals (issue 32, compressed): 400 ms, 1.3 s.
import { serveDirectory } from '../tests/e2e/support/server.mjs';
import { launchChromium } from '../tests/e2e/support/browser.mjs';

const runs = Number(process.argv[2] ?? 7);
const browser = await launchChromium();

/** One first visit on the phone profile; the three times in ms from the start of navigation. */
async function visit(url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1000 * 1000) / 8,
    uploadThroughput: (750 * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { polling: 'raf' });
  const readable = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
  // The time is taken in the frame where the app's Start is first seen, not by a later call into
  // the page, which waits behind whatever the page does next (up to about 50 ms on this profile).
  const seen = await page.waitForFunction(
    () => !document.querySelector('.pp-static') && document.querySelector('.pp-welcome button') && performance.now(),
    null,
    { polling: 'raf' },
  );
  const ready = await seen.jsonValue();
  // From the tap's click to the frame after the first question is in the page: what the
  // respondent waits after Start (the test driver's own round trips are not in it).
  await page.evaluate(() => {
    window.ppTap = {};
    document.addEventListener('click', () => (window.ppTap.clicked ??= performance.now()), true);
    new MutationObserver((_, observer) => {
      if (window.ppTap.clicked === undefined || !document.querySelector('#pp-group-student')) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.ppTap.painted = performance.now())));
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page.getByRole('button', { name: 'Start', exact: true }).tap();
  await page.locator('#pp-group-student').check();
  const answered = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => window.ppTap.painted !== undefined);
  const question = await page.evaluate(() => window.ppTap.painted - window.ppTap.clicked);
  // When the wasm was asked for and when its last byte came: what Start ready waits on.
  const [requested, arrived] = await page.evaluate(() => {
    const wasm = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.wasm'));
    return wasm ? [wasm.requestStart, wasm.responseEnd] : [NaN, NaN];
  });
  await context.close();
  return { readable, ready, answered, question, requested, arrived };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const precompressed of [true, false]) {
  const server = await serveDirectory('dist', {}, 0, { precompressed });
  const visits = [];
  let twice = [];
  for (let run = 0; run < runs; run += 1) {
    server.sent.length = 0;
    visits.push(await visit(server.url));
    // A file whose body was sent more than once in one first visit (the page's and the service
    // worker's fetch; a revalidated file that has not changed is sent without one).
    const bodies = server.sent.filter((answer) => answer.bytes > 0).map((answer) => answer.path);
    twice = [...new Set(bodies.filter((path, index) => bodies.indexOf(path) !== index))];
  }
  await server.close();
  const [readable, ready, answered, question, requested, arrived] = ['readable', 'ready', 'answered', 'question', 'requested', 'arrived'].map(
    (key) => median(visits.map((v) => v[key])),
  );
  console.log(
    `${precompressed ? 'compressed  ' : 'uncompressed'} (phone profile, median of ${runs}): ` +
      `first readable text ${readable.toFixed(0)} ms, Start ready ${ready.toFixed(0)} ms, ` +
      `first question answered ${answered.toFixed(0)} ms, Start tapped → first question painted ${question.toFixed(0)} ms (the wasm asked for at ${requested.toFixed(0)} ms, in by ${arrived.toFixed(0)})` +
      // Only the host-like server says what has not changed; the bare one sends every body again.
      (precompressed ? `; goals 400 ms and 1,300 ms; sent twice in the last visit: ${twice.join(', ') || 'nothing'}` : ''),
  );
}
await browser.close();
