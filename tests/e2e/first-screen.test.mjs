// The survey page's first screen before the WebAssembly arrives (issue 15): the built-in survey's
// welcome screen is in the page itself, a Start pressed early is kept, and a share link never
// shows the built-in survey's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './support/browser.mjs';
import { useAppAndBrowser } from './support/suite.mjs';

const suite = useAppAndBrowser();

/** A page whose wasm requests wait until `release()` is called. */
async function pageHoldingWasm(address) {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  let asked = 0;
  await page.route('**/*_bg.wasm', async (route) => {
    asked += 1;
    await released;
    await route.continue();
  });
  page.goto(address);
  return { page, release, asked: () => asked };
}

test('the welcome text is readable and axe-clean before the wasm arrives, and an early Start goes through', async () => {
  const { page, release, asked } = await pageHoldingWasm(suite.url);
  const title = page.getByRole('heading', { level: 1, name: 'Partnership Pulse: how is our partnership working?' });
  await title.waitFor();
  assert.equal(await page.locator('.pp-static').count(), 1, 'the screen written into the page');
  assert.match(await page.locator('main').textContent(), /28 questions in 9 sections/);
  assert.equal(await page.getByText('Opening your survey…').isVisible(), false, 'one screen: not the opening line too');
  assert.match(await page.getByRole('status').first().textContent(), /Getting ready/);
  assert.deepEqual(await axeViolations(page), [], 'before the app starts');
  assert.equal(await page.locator('.pp-static').count(), 1, 'still before the app: the wasm is held');
  assert.ok(asked() <= 1);
  // Pressed before the app is ready: kept, and carried out when it is.
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Starting…' }).waitFor();
  release();
  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  assert.equal(await page.locator('.pp-static').count(), 0, 'the app took over the screen');
  assert.equal(await page.locator('main').count(), 1);
  await page.context().close();
});

test('without an early Start the app takes over the same welcome screen, and the page never shows two', async () => {
  const { page, release } = await pageHoldingWasm(suite.url);
  await page.locator('.pp-static').waitFor();
  const before = await page.getByRole('heading', { level: 1 }).boundingBox();
  release();
  await page.waitForFunction(() => document.querySelector('.pp-static') === null);
  await page.getByRole('button', { name: 'Start' }).waitFor();
  const after = await page.getByRole('heading', { level: 1 }).boundingBox();
  assert.deepEqual(after, before, 'the heading does not move when the app takes over');
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  await page.context().close();
});

test('a share link never shows the built-in survey\'s text while it opens', async () => {
  const { page, release } = await pageHoldingWasm(`${suite.url}#s1.AAAA`);
  await page.getByText('Opening your survey…').waitFor();
  assert.equal(await page.getByText('Partnership Pulse: how is our partnership working?').isVisible(), false);
  // One heading, and not the built-in survey's.
  assert.deepEqual(await page.getByRole('heading', { level: 1 }).allTextContents(), ['Opening your survey…']);
  release();
  await page.getByRole('heading', { level: 1, name: 'This survey cannot be opened' }).waitFor();
  await page.context().close();
});

test('an address asking for Welsh says it is opening in Welsh before the wasm, never the English welcome', async () => {
  const { page, release } = await pageHoldingWasm(`${suite.url}?lang=cy`);
  await page.getByRole('heading', { level: 1, name: "Wrthi'n agor eich arolwg…" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
  assert.equal(await page.locator('.pp-static-welcome').isVisible(), false);
  assert.deepEqual(await axeViolations(page), [], 'opening in Welsh');
  release();
  await page.getByRole('button', { name: 'Dechrau' }).waitFor();
  await page.context().close();
});

test('a language chosen on the list before the wasm arrives is the one the app opens in', async () => {
  const { page, release } = await pageHoldingWasm(suite.url);
  await page.locator('.pp-static').waitFor();
  await page.getByLabel('Language').selectOption('en-easy');
  assert.match(page.url(), /\?lang=en-easy$/, 'kept in the address, without a reload');
  assert.equal(await page.locator('.pp-static').count(), 1);
  release();
  await page.getByRole('heading', { level: 1, name: 'Partnership Pulse: is our partnership working well?' }).waitFor();
  assert.equal(await page.getByLabel('Language').inputValue(), 'en-easy');
  await page.context().close();
});

test('the number format the first screen needs is made while the wasm downloads, in the asked language', async () => {
  // Making the first number format costs a slow phone about 60 ms; made in the idle time before
  // the app arrives, the app's own is made at once. Recorded by wrapping the constructor.
  for (const [address, tag] of [[suite.url, 'en'], [`${suite.url}?lang=cy`, 'cy']]) {
    // A context each: the first page's service worker would serve the second its wasm.
    const context = await suite.browser.newContext();
    await context.addInitScript(() => {
      const Made = Intl.NumberFormat;
      window.numberFormatsMade = [];
      Intl.NumberFormat = function (locales, options) {
        window.numberFormatsMade.push(String(locales));
        return new Made(locales, options);
      };
    });
    const page = await context.newPage();
    let release;
    const released = new Promise((resolve) => {
      release = resolve;
    });
    await page.route('**/*_bg.wasm', async (route) => {
      await released;
      await route.continue();
    });
    page.goto(address);
    await page.waitForFunction(() => window.numberFormatsMade?.length > 0, null, { timeout: 5000 });
    assert.equal(await page.locator('.pp-static').count(), 1, 'the wasm is still held');
    assert.deepEqual(await page.evaluate(() => window.numberFormatsMade), [tag]);
    release();
    await page.getByRole('button', { name: /Start|Dechrau/ }).waitFor();
    await context.close();
  }
});
