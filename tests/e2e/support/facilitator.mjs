// A facilitator's own device: a browser context of its own, with the set-up page open.
import { storedRecords } from './suite.mjs';

/**
 * A new device (browser context) showing the set-up page; `saved`, when given, is the list of
 * saved surveys it already holds (as an earlier release left them in localStorage, which the app
 * moves into IndexedDB). Page errors are collected in `page.problems`.
 */
export async function facilitatorDevice(suite, saved) {
  const context = await suite.browser.newContext();
  if (saved) {
    await context.addInitScript((list) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('partnership-pulse:v1:surveys', list);
      }
    }, JSON.stringify(saved));
  }
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(error.message));
  await page.goto(`${suite.url}setup.html`);
  await page.getByRole('heading', { level: 1, name: 'Set up a survey' }).waitFor();
  return { context, page };
}

/** Shows the chart titled `title` from the dashboard's "On this page", as a facilitator does. */
export async function showChart(page, title) {
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: title, exact: true }).click();
  await page.waitForFunction((title) => document.activeElement?.textContent === title, title);
}

/** Shows every chart on the dashboard, one after another (one at a time otherwise). */
export async function showEveryChart(page) {
  await page.getByRole('checkbox', { name: 'Show every chart on the page' }).check();
  await page.locator('.pp-figure').nth(1).waitFor();
}

/**
 * Waits until the set-up page in `page` has kept survey `surveyId` where the dashboard opens it
 * (its save is asynchronous: a dashboard opened before it lands would not find the survey).
 */
export async function keptForDashboard(page, surveyId) {
  for (let tries = 0; tries < 100; tries += 1) {
    if ((await storedRecords(page, 'surveys')).some((record) => record.k === `definition:${surveyId}`)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`the set-up page never kept ${surveyId} for the dashboard`);
}
