// The device's dark setting followed on every page, with ?theme=light to keep light; the charts
// drawn dark on a dark screen; the system's dark colours the same as the dark theme's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage } from './support/browser.mjs';
import { FOUR_STUDENTS as FOUR, dashboardHolding, useAppAndBrowser } from './support/suite.mjs';

const suite = useAppAndBrowser();
const DARK_BACKGROUND = 'rgb(21, 24, 28)';

/** The page's background where the app is, and behind it. */
const backgrounds = (page) =>
  page.evaluate(() => [
    getComputedStyle(document.querySelector('.pp-root:not(.pp-static)') ?? document.querySelector('.pp-root')).backgroundColor,
    getComputedStyle(document.documentElement).backgroundColor,
  ]);


test('a phone set to dark gets a dark survey from its first screen, and ?theme=light keeps it light', async () => {
  const phone = { viewport: { width: 360, height: 740 }, isMobile: true, colorScheme: 'dark' };
  const page = await openPage(suite.browser, suite.url, phone);
  // The welcome screen written into the page is dark before the app starts.
  assert.deepEqual(await backgrounds(page), [DARK_BACKGROUND, DARK_BACKGROUND]);
  await page.locator('.pp-welcome:not(.pp-static-welcome)').waitFor();
  assert.deepEqual(await backgrounds(page), [DARK_BACKGROUND, DARK_BACKGROUND]);
  assert.deepEqual(await axeViolations(page), [], 'the welcome screen, dark');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'a question, dark');
  await page.context().close();

  const light = await openPage(suite.browser, `${suite.url}?theme=light`, phone);
  await light.locator('.pp-welcome:not(.pp-static-welcome)').waitFor();
  assert.deepEqual(await backgrounds(light), ['rgb(255, 255, 255)', 'rgb(246, 247, 249)']);
  await light.context().close();
});

test('on a dark device the dashboard and its charts are dark, in the same colours as the dark theme', async (t) => {
  const colours = (page) =>
    page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.pp-root'));
      return ['text', 'muted', 'bg', 'surface', 'accent', 'focus', 'border', 'error', 'selected']
        .map((name) => style.getPropertyValue(`--pp-color-${name}`).trim())
        .join(' ');
    });
  const system = await dashboardHolding(suite, FOUR, { t, colorScheme: 'dark' });
  await system.locator('.pp-chart svg').first().waitFor();
  assert.deepEqual(await backgrounds(system), [DARK_BACKGROUND, DARK_BACKGROUND]);
  // Drawn light (the PNG and print keep that), shown inverted with the hues turned back.
  assert.equal(await system.locator('.pp-chart svg').first().evaluate((svg) => getComputedStyle(svg).filter), 'invert(1) hue-rotate(180deg)');
  assert.deepEqual(await axeViolations(system), [], 'the dashboard, dark');
  const chosen = await dashboardHolding(suite, FOUR, { t, query: '?theme=dark' });
  await chosen.locator('.pp-chart svg').first().waitFor();
  assert.equal(await colours(system), await colours(chosen));
  // On a light device nothing is inverted.
  const lightDevice = await dashboardHolding(suite, FOUR, { t, colorScheme: 'light' });
  await lightDevice.locator('.pp-chart svg').first().waitFor();
  assert.equal(await lightDevice.locator('.pp-chart svg').first().evaluate((svg) => getComputedStyle(svg).filter), 'none');
});

test('the set-up page follows a dark device too', async () => {
  const page = await openPage(suite.browser, `${suite.url}setup.html`, { colorScheme: 'dark' });
  await page.getByRole('button', { name: 'New survey' }).waitFor();
  assert.deepEqual(await backgrounds(page), [DARK_BACKGROUND, DARK_BACKGROUND]);
  assert.deepEqual(await axeViolations(page), [], 'set-up, dark');
  await page.context().close();
});
