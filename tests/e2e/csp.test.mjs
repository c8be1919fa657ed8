// The built app under the strict Content-Security-Policy a host may require.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDirectory } from './support/server.mjs';
import { launchChromium } from './support/browser.mjs';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { SELF_ONLY_CSP, strictCsp } from './support/csp.mjs';
import { FOUR_STUDENTS as FOUR } from './support/suite.mjs';
import { showEveryChart } from './support/facilitator.mjs';


let server;
/** The same files under a strict policy that names no hashes. */
let selfOnlyServer;
let browser;

before(async () => {
  server = await serveDirectory('dist', { 'content-security-policy': strictCsp() });
  selfOnlyServer = await serveDirectory('dist', { 'content-security-policy': SELF_ONLY_CSP });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await selfOnlyServer?.close();
});


/**
 * A page that records every CSP violation, from the console and from the DOM event; its device
 * holds `responses` (in the previous release's storage, moved in when the app starts).
 */
async function watchedPage(path, responses = [], site = server) {
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
  await page.goto(`${site.url}${path}`);
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
  await showEveryChart(page);
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

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test("the survey page's one inline style and script are those the manifest's hashes allow; the other pages have none", async () => {
  const { csp } = JSON.parse(await readFile('dist/build-manifest.json', 'utf8'));
  const html = await (await fetch(server.url)).text();
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => sha256(match[1]));
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => sha256(match[1]));
  assert.deepEqual(styles, [csp['index.html']['style-src']]);
  assert.deepEqual(scripts, [csp['index.html']['script-src']]);
  assert.doesNotMatch(html, /\sstyle=|<link[^>]*rel="stylesheet"/, 'no style attribute and no stylesheet to wait for');
  for (const path of ['dashboard.html', 'setup.html']) {
    const text = await (await fetch(`${server.url}${path}`)).text();
    assert.doesNotMatch(text, /<script(?![^>]*\bsrc=)[^>]*>/, `${path}: every script has a src`);
    assert.doesNotMatch(text, /<style|\sstyle=/, `${path}: no inline style`);
  }
});

test('under a policy without the hashes, the survey page gets the same style and start-up script from files', async () => {
  const look = (page) =>
    page.evaluate(() => {
      const start = getComputedStyle(document.querySelector('.pp-welcome .pp-primary'));
      return `${start.backgroundColor} ${start.color} ${getComputedStyle(document.body).fontFamily}`;
    });
  const allowed = await watchedPage('');
  await allowed.locator('.pp-welcome:not(.pp-static-welcome) .pp-primary').waitFor();
  const refused = await watchedPage('?lang=cy', [], selfOnlyServer);
  // pre-start.js, loaded as a file, still marks the page and says "opening" in Welsh.
  await refused.waitForFunction(() => document.documentElement.hasAttribute('data-pp-pre-start'));
  await refused.locator('.pp-welcome:not(.pp-static-welcome) .pp-primary').waitFor();
  assert.equal(await look(refused), await look(allowed));
  assert.match(await look(allowed), /^rgb\(11, 83, 148\) rgb\(255, 255, 255\)/, "Start in the app's colours, not the browser's");
  assert.equal(await refused.locator('html').getAttribute('lang'), 'cy');
  // The browser refused exactly the two written-in parts.
  const refusals = await refused.evaluate(() => window.cspViolations);
  assert.deepEqual(refusals.sort(), ['script-src-elem: inline', 'style-src-elem: inline']);
  await allowed.context().close();
  await refused.context().close();
});
