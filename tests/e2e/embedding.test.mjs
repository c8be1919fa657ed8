// Embedding in a host's page: several instances, an aggressive host stylesheet, the strict CSP,
// host events, an iframe posting only to the configured origin, and bad options.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory } from './support/server.mjs';
import { launchChromium } from './support/browser.mjs';
import { strictCsp } from './support/csp.mjs';
import { storedRecords } from './support/suite.mjs';

let site;
let strictServer;
let openServer;
let browser;

before(async () => {
  // A host site: its own pages at the top, the app's dist/ copied into pp/.
  site = await mkdtemp(join(tmpdir(), 'pp-host-'));
  await cp('tests/e2e/host', site, { recursive: true });
  await cp('dist', join(site, 'pp'), { recursive: true });
  // A custom survey on the host's site: the built-in one retitled, with one group fewer.
  const custom = JSON.parse(await readFile('instruments/partnership-pulse.json', 'utf8'));
  custom.id = 'northshire-2026';
  custom.title = { en: 'Northshire <b>partnership</b> check-in' };
  custom.groups = custom.groups.filter((group) => group.id !== 'other');
  await mkdir(join(site, 'surveys'));
  await writeFile(join(site, 'surveys', 'northshire.json'), JSON.stringify(custom));
  strictServer = await serveDirectory(site, { 'content-security-policy': strictCsp() });
  openServer = await serveDirectory(site);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await strictServer?.close();
  await openServer?.close();
  await rm(site, { recursive: true, force: true });
});

async function hostPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) page.violations.push(message.text());
  });
  await page.goto(`${strictServer.url}host.html`);
  return page;
}

const style = (page, selector, property) =>
  page.locator(selector).first().evaluate((element, property) => getComputedStyle(element)[property], property);

test('a respondent and a dashboard embedded on one page, under the strict CSP, with the host untouched', async () => {
  const page = await hostPage();
  const survey = page.locator('#survey-box');
  await survey.getByRole('button', { name: 'Start' }).waitFor();
  await page.locator('#dashboard-box').getByRole('heading', { name: 'Dashboard' }).waitFor();

  // The host's own elements keep the host's styles.
  assert.equal(await style(page, '#host-title', 'color'), 'rgb(0, 128, 0)');
  assert.equal(await style(page, '#host-title', 'textTransform'), 'uppercase');
  assert.equal(await style(page, '.host-note', 'fontSize'), '30px');
  assert.equal(await style(page, '#host-button', 'backgroundColor'), 'rgb(255, 105, 180)');
  // The host's broad rules do not reach into the app.
  assert.equal(await style(page, '#survey-box .pp-root h1', 'textTransform'), 'none');
  assert.notEqual(await style(page, '#survey-box .pp-lead', 'color'), 'rgb(204, 0, 0)');
  assert.equal(await style(page, '#survey-box .pp-nav', 'borderTopStyle'), 'none');
  assert.equal(await style(page, '#survey-box .pp-button.pp-primary', 'backgroundColor'), 'rgb(11, 83, 148)');
  // The dark theme applies to its instance only.
  assert.equal(await style(page, '#dashboard-box .pp-root', 'backgroundColor'), 'rgb(21, 24, 28)');
  assert.equal(await style(page, '#survey-box .pp-root', 'backgroundColor'), 'rgb(255, 255, 255)');
  // The dashboard brings the facilitator's stylesheet with it (a survey alone never fetches it).
  assert.equal(await page.locator('link[rel="stylesheet"][href*="facilitator-"]').count(), 1);
  // (62rem, and the contents' column beside it where the box has room: 79rem.)
  assert.equal(await style(page, '#dashboard-box .pp-dashboard', 'maxWidth'), '1264px');

  // Complete the survey inside the host page.
  await survey.getByRole('button', { name: 'Start' }).click();
  await survey.locator('#pp-group-student').check();
  for (let section = 0; section < 9; section += 1) await survey.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  await survey.getByRole('button', { name: 'Submit your response' }).click();
  await survey.getByRole('heading', { name: 'Thank you' }).waitFor();
  // The dashboard on the same page hears nothing of it until another tab writes; but the host does.
  const events = await page.evaluate(() => window.hostEvents);
  const of = (name, target) => events.filter((event) => event.name === name && event.target === target);
  assert.equal(of('ready', 'survey-box').length, 1);
  assert.equal(of('ready', 'dashboard-box').length, 1);
  assert.equal(of('started', 'survey-box').length, 1);
  assert.deepEqual(of('section-changed', 'survey-box').map((event) => event.detail.section).slice(0, 2), ['about', 'trust']);
  const [submitted] = of('submitted', 'survey-box');
  assert.equal(submitted.detail.group, 'student');
  assert.equal(submitted.detail.survey_id, 'partnership-pulse');
  assert.deepEqual(page.violations, []);
  await page.context().close();
});

test('bad options show a clear message inside the app\'s own box and emit the error event', async () => {
  const page = await hostPage();
  const bad = page.locator('#bad-survey-box [role=alert]');
  await bad.waitFor();
  assert.match(await bad.textContent(), /The survey at "surveys\/missing.json" could not be loaded: the server answered 404/);
  const unknown = page.locator('#unknown-mode-box [role=alert]');
  await unknown.waitFor();
  assert.match(await unknown.textContent(), /cannot show mode "wizard"/);
  const invalid = page.locator('#invalid-survey-box [role=alert]');
  await invalid.waitFor();
  assert.match(await invalid.textContent(), /This survey cannot be opened.*missing field `default_language`/s);
  const errors = await page.evaluate(() => window.hostEvents.filter((event) => event.name === 'error').map((event) => event.target));
  for (const box of ['bad-survey-box', 'unknown-mode-box', 'invalid-survey-box']) {
    assert.ok(errors.includes(box), `${box} emitted error: ${JSON.stringify(errors)}`);
  }
  // The rest of the page still works.
  await page.locator('#survey-box').getByRole('button', { name: 'Start' }).click();
  await page.locator('#survey-box').getByRole('heading', { name: 'About you' }).waitFor();
  await page.context().close();
});

test('two survey instances on one page keep their own answers, ids and drafts', async () => {
  const page = await hostPage();
  const first = page.locator('#survey-box');
  const second = page.locator('#second-survey-box');
  await first.getByRole('button', { name: 'Start' }).click();
  await second.getByRole('button', { name: 'Start' }).click();
  await first.getByRole('radio', { name: 'Student' }).check();
  await second.getByRole('radio', { name: 'Voluntary or independent sector organisation' }).check();
  assert.equal(await first.getByRole('radio', { name: 'Student' }).isChecked(), true, 'choosing in the second left the first alone');
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
  assert.equal(new Set(ids).size, ids.length, 'no id is used twice on the page');
  await page.reload();
  await first.getByRole('button', { name: 'Continue' }).click();
  await second.getByRole('button', { name: 'Continue' }).click();
  assert.equal(await first.getByRole('radio', { name: 'Student' }).isChecked(), true);
  assert.equal(await second.getByRole('radio', { name: 'Voluntary or independent sector organisation' }).isChecked(), true);
  await page.context().close();
});

test('a custom survey at an address on the host\'s site is loaded, validated and shown as text', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${strictServer.url}pp/index.html?survey=../surveys/northshire.json`);
  await page.getByRole('heading', { level: 1, name: 'Northshire <b>partnership</b> check-in' }).waitFor();
  assert.equal(await page.locator('h1 b').count(), 0, 'survey text is never HTML');
  await page.getByRole('button', { name: 'Start' }).click();
  assert.equal(await page.locator('#pp-group-other').count(), 0, 'the custom survey\'s own groups');
  await page.locator('#pp-group-student').check();
  let saved;
  for (let look = 0; look < 40 && !saved; look += 1) {
    saved = (await storedRecords(page, 'drafts')).find((record) => record.k.startsWith('northshire-2026@'));
    if (!saved) await page.waitForTimeout(50);
  }
  assert.ok(saved, 'the draft is kept under the custom survey\'s id (in this tab\'s own slot)');
  assert.equal(JSON.parse(saved.v).answers.group, 'student');
  await context.close();
});

test('a page with no element for the app gets an error event saying what to add', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${strictServer.url}empty-host.html`);
  await page.waitForFunction(() => window.hostEvents.some((event) => event.name === 'error'));
  const [error] = await page.evaluate(() => window.hostEvents);
  assert.match(error.detail.message, /add <div data-partnership-pulse><\/div> to the page/);
  await context.close();
});

test('in an iframe, events go to the configured parent origin only', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const parentUrl = openServer.url.replace('127.0.0.1', 'localhost');
  await page.goto(`${parentUrl}iframe-host.html`);
  const trusted = page.frameLocator('#trusted');
  await trusted.getByRole('button', { name: 'Start' }).click();
  await trusted.getByRole('heading', { name: 'About you' }).waitFor();
  const elsewhere = page.frameLocator('#elsewhere');
  await elsewhere.getByRole('button', { name: 'Start' }).click();
  await elsewhere.getByRole('heading', { name: 'About you' }).waitFor();
  await page.waitForFunction(() => window.messages.some((message) => message.type === 'section-changed'));
  const messages = await page.evaluate(() => window.messages);
  const origin = new URL(openServer.url).origin;
  assert.ok(messages.length >= 3, JSON.stringify(messages));
  assert.ok(messages.every((message) => message.frame === 'trusted' && message.origin === origin), JSON.stringify(messages));
  assert.deepEqual(messages.map((message) => message.type).slice(0, 3), ['ready', 'started', 'section-changed']);
  await context.close();
});

test('data-mode="setup" embeds the set-up screen, whose links open the app beside embed.js', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = [];
  page.on('console', (message) => /Content Security Policy/.test(message.text()) && violations.push(message.text()));
  await page.goto(`${strictServer.url}setup-host.html`);
  const box = page.locator('#setup-box');
  await box.getByRole('button', { name: 'New survey' }).click();
  await box.getByLabel('New partner', { exact: true }).fill('Northshire Council');
  await box.getByLabel('New partner', { exact: true }).press('Enter');
  const link = await box.getByRole('textbox', { name: 'Survey link' }).inputValue();
  assert.ok(link.startsWith(`${strictServer.url}pp/index.html#s1.`), link);
  assert.equal(await box.locator('svg.pp-qr').count(), 1);
  assert.deepEqual(violations, []);
  const respondent = await context.newPage();
  await respondent.goto(link);
  await respondent.getByRole('button', { name: 'Start' }).click();
  assert.deepEqual(await respondent.locator('#pp-item-partner label').allTextContents(), ['Northshire Council', 'Prefer not to say']);
  await context.close();
});
