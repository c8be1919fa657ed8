// The first screen, as a person meets it: title, purpose, anonymity, Start, by mouse and by keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, axeViolations } from './support/browser.mjs';
import { useAppAndBrowser } from './support/suite.mjs';

const suite = useAppAndBrowser();

test('the welcome screen shows the title, purpose, anonymity statement and Start', async () => {
  const page = await openPage(suite.browser, suite.url);
  const start = page.getByRole('button', { name: 'Start' });
  await start.waitFor();
  assert.equal(
    await page.getByRole('heading', { level: 1 }).textContent(),
    'Partnership Pulse: how is our partnership working?',
  );
  assert.match(await page.locator('.pp-lead').textContent(), /trust it, whether they feel included/);
  assert.match(await page.getByRole('region', { name: 'Your answers are anonymous' }).textContent(), /do not ask your name/);
  assert.match(await page.locator('.pp-facts').textContent(), /About 10 minutes/);
  assert.equal(await page.locator('.pp-root').getAttribute('lang'), 'en');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the welcome screen has no axe-core violations', async () => {
  const page = await openPage(suite.browser, suite.url);
  await page.getByRole('button', { name: 'Start' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'welcome screen');
  await page.context().close();
});

test('Start is reached and pressed with the keyboard alone, and focus moves to the new heading', async () => {
  const page = await openPage(suite.browser, suite.url);
  await page.getByRole('button', { name: 'Start' }).waitFor();
  let focusedText = '';
  for (let presses = 0; presses < 10 && focusedText !== 'Start'; presses += 1) {
    await page.keyboard.press('Tab');
    focusedText = await page.evaluate(() => document.activeElement?.textContent ?? '');
  }
  assert.equal(focusedText, 'Start', 'Tab reaches the Start button');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'About you' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'pp-section-title');
  await page.context().close();
});

test('at 320 px wide nothing scrolls sideways', async () => {
  const page = await openPage(suite.browser, suite.url, { viewport: { width: 320, height: 640 } });
  await page.getByRole('button', { name: 'Start' }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  await page.context().close();
});
