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

test('on a shared workshop device the start screen is one calm background with a large Start', async () => {
  const page = await openPage(suite.browser, `${suite.url}?mode=kiosk`, { viewport: { width: 1024, height: 768 } });
  const start = page.getByRole('button', { name: 'Start' });
  await start.waitFor();
  const box = await start.boundingBox();
  const main = await page.locator('main').boundingBox();
  assert.ok(box.height >= 64, `Start is ${box.height} px tall`);
  assert.ok(box.width >= main.width * 0.8, `Start spans the screen: ${box.width} of ${main.width} px`);
  // Nothing on the screen but its controls (Start, the language list) has a background of its own.
  const painted = await page.evaluate(() =>
    [...document.querySelectorAll('.pp-welcome *')]
      .filter((element) => !['BUTTON', 'SELECT', 'OPTION'].includes(element.tagName))
      .filter((element) => getComputedStyle(element).backgroundColor !== 'rgba(0, 0, 0, 0)')
      .map((element) => element.className || element.tagName),
  );
  assert.deepEqual(painted, []);
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

test('every error screen has one heading, a main landmark and one background, and passes axe-core', async () => {
  const screens = [
    ['?theme=neon', 'This page cannot be opened', /no theme "neon"/],
    ['#s1.AAAA', 'This survey cannot be opened', /survey link/i],
    ['dashboard.html?survey=saved:nowhere', 'This survey cannot be opened', /nowhere/],
    ['setup.html?theme=neon', 'This page cannot be opened', /no theme "neon"/],
  ];
  for (const [address, heading, reason] of screens) {
    const page = await openPage(suite.browser, `${suite.url}${address}`, { viewport: { width: 800, height: 600 } });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    assert.equal(await page.locator('h1').count(), 1, address);
    assert.equal(await page.getByRole('main').count(), 1, address);
    assert.match(await page.getByRole('alert').first().textContent(), reason, address);
    const root = await page.locator('#partnership-pulse > .pp-root').boundingBox();
    assert.ok(root && root.width === 800 && root.height >= 600, `the app's background fills the window: ${address}`);
    assert.deepEqual(await axeViolations(page), [], address);
    await page.context().close();
  }
});
