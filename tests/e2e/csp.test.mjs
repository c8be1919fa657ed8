// The built app under the strict Content-Security-Policy a host may require.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDirectory } from './support/server.mjs';
import { launchChromium } from './support/browser.mjs';
import { STRICT_CSP } from './support/csp.mjs';


let server;
let browser;

before(async () => {
  server = await serveDirectory('dist', { 'content-security-policy': STRICT_CSP });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Four students' responses to the built-in survey: enough for figures (k = 3: from k + 1). */
const FOUR = ['a', 'b', 'c', 'd'].map((id, n) => ({
  id,
  survey_id: 'partnership-pulse',
  survey_version: 2,
  wave: '',
  group: 'student',
  submitted: '2026-11-01',
  answers: { T1: 2 + (n % 3), T2: 3, I1: 4 },
}));

/**
 * A page that records every CSP violation, from the console and from the DOM event; its device
 * holds `responses` (in the previous release's storage, moved in when the app starts).
 */
async function watchedPage(path, responses = []) {
  const context = await browser.newContext({ acceptDownloads: true });
  if (responses.length) {
    await context.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('partnership-pulse:v1:responses:partnership-pulse', value);
      }
    }, JSON.stringify(responses));
  }
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) page.violations.push(message.text());
  });
  await page.goto(`${server.url}${path}`);
  return page;
}

async function violations(page) {
  return [...page.violations, ...(await page.evaluate(() => window.cspViolations))];
}

test('the survey runs start to finish under the strict policy', async () => {
  const page = await watchedPage('');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#pp-group-student').check();
  for (let section = 0; section < 9; section += 1) await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  await page.getByRole('button', { name: 'Submit your response' }).click();
  await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
  assert.deepEqual(await violations(page), []);
  await page.context().close();
});

test('the dashboard draws, exports a PNG and presents under the strict policy', async () => {
  const page = await watchedPage('dashboard.html', FOUR);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.locator('.pp-chart svg').nth(8).waitFor();
  assert.equal(await page.locator('.pp-chart svg').count(), 9);
  const figure = page.locator('.pp-figure').first();
  const [png] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: /Download PNG/ }).click()]);
  assert.equal(png.suggestedFilename(), 'partnership-pulse-indicators.png');
  await page.getByRole('button', { name: 'Present full screen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Indicators by group' }).waitFor();
  assert.deepEqual(await violations(page), []);
  await page.context().close();
});

test('the set-up page sets a survey up, shares it and makes invitation cards under the strict policy', async () => {
  const page = await watchedPage('setup.html');
  await page.getByRole('button', { name: 'New survey' }).click();
  await page.getByLabel('New partner', { exact: true }).fill('Northshire Council');
  await page.getByLabel('New partner', { exact: true }).press('Enter');
  await page.getByRole('textbox', { name: 'Survey link' }).waitFor();
  await page.getByRole('button', { name: 'Show the QR code large, for a projector' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('By invitation: only responses with an invitation code count').check();
  await page.getByLabel('How many invitations to make (1 to 500)').fill('3');
  await page.getByRole('button', { name: 'Make invitations' }).click();
  await page.locator('.pp-card svg.pp-qr').nth(2).waitFor();
  assert.deepEqual(await violations(page), []);
  await page.context().close();
});

test('the built pages carry no inline script or style', async () => {
  for (const path of ['', 'dashboard.html', 'setup.html']) {
    const html = await (await fetch(`${server.url}${path}`)).text();
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${path || 'index.html'}: every script has a src`);
    assert.doesNotMatch(html, /<style|\sstyle=/, `${path || 'index.html'}: no inline style`);
  }
});
