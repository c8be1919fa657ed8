// The facilitator's dashboard end to end, on a known set of responses whose figures are worked
// out by hand in tests/analytics_fixtures.rs (the "seven" fixture).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations } from './support/browser.mjs';
import { showChart, showEveryChart } from './support/facilitator.mjs';
import { tabTo } from './support/respondent.mjs';
import { dashboardHolding, useAppAndBrowser } from './support/suite.mjs';
import { INCLUSION, TRUST, all, response } from './support/responses.mjs';

const suite = useAppAndBrowser();

const pv = (gain, contribution) => ({ PV: { university: { gain, contribution } } });

/**
 * The Rust "seven" fixture and c4, a fourth person who uses services, so that both groups have the
 * k + 1 = 4 people a figure needs (k = 3). Trust: U 75, 100, 50, 83.3 (mean 77.1); S 25, 50, 0, 50
 * (mean 31.25); all 433.3 / 8 = 54.2. Inclusion: U 75; S 25, 25, 50, 25 (31.25); all 53.1.
 * The university's gain: u1-u3 100 75 100, c1-c4 50 25 50 25 → 425 / 7 = 60.7; contribution:
 * u1-u3 75 75 75, c1 75, c2 100, c4 75 (c3 don't know) → 475 / 6 = 79.2; +18.
 */
const EIGHT = [
  response('u1', 'university', 'university', { ...all(TRUST, 4), ...all(INCLUSION, 4), IX: ['service-user-carer'], ...pv(5, 4) }),
  response('u2', 'university', 'university', { ...all(TRUST, 5), ...all(INCLUSION, 4), IX: ['service-user-carer', 'student'], ...pv(4, 4) }),
  response('u3', 'university', 'university', { ...all(TRUST, 3), ...all(INCLUSION, 4), IX: [], ...pv(5, 4) }),
  response('u4', 'university', 'university', { T1: 4, T2: 5, T3: 0, T5: 4, ...all(INCLUSION, 4) }),
  response('c1', 'service-user-carer', 'carers-network', { ...all(TRUST, 2), ...all(INCLUSION, 2), IX: ['university'], ...pv(3, 4) }),
  response('c2', 'service-user-carer', 'carers-network', { ...all(TRUST, 3), ...all(INCLUSION, 2), IX: [], ...pv(2, 5) }),
  response('c3', 'service-user-carer', undefined, { T1: 1, T2: 1, T3: 1, I1: 3, I2: 3, I3: 3, I4: 0, I5: 0, I6: 0, ...pv(3, 0) }),
  response('c4', 'service-user-carer', 'carers-network', { ...all(TRUST, 3), ...all(INCLUSION, 2), IX: [], ...pv(2, 4) }),
];

/** The longest the dashboard may be at 1280 × 800 with EIGHT's charts one at a time (see the test). */
const HEIGHT_ONE_AT_A_TIME = 8300;

/** The dashboard on a new device holding `responses` (its context closed by the caller). */
function dashboardWith(responses, query = '', contextOptions = {}) {
  return dashboardHolding(suite, responses, { query, acceptDownloads: true, ...contextOptions });
}

/** The cells of the row headed `row` in the table whose caption starts with `caption`. */
async function tableRow(page, caption, row) {
  const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
  return table.locator('tr', { has: page.locator('th', { hasText: row }) }).first().locator('td').allTextContents();
}

test('the data tables show the hand-computed figures, with small groups hidden', async () => {
  const page = await dashboardWith(EIGHT);
  await showEveryChart(page);
  assert.match(await page.locator('#pp-counts-title').textContent(), /Responses: 8/);
  // Trust: all 54.2 → 54; then groups in survey order: employer x2, university 77, student hidden, S 31, ...
  const trust = await tableRow(page, 'Average score (0-100) by group', 'Trust');
  assert.deepEqual(trust.slice(0, 6), ['54', 'hidden to protect a small group', 'hidden to protect a small group', '77', 'hidden to protect a small group', '31']);
  // S's inclusion 31.25; named by others: u1 and u2 of the three university staff who answered
  // IX — beside everyone's answers it would give S's own answers away, so it is withheld.
  const inclusion = await tableRow(page, 'Inclusion, marginalisation', 'Person who uses services, or carer');
  assert.deepEqual(inclusion, ['31', '69', 'hidden to protect a small group', 'flagged: low inclusion']);
  // The university's gain by all 7 raters 61, contribution by 6 raters 79: +18.
  const value = await tableRow(page, 'Gain and contribution (0-100) of each partner', 'The university');
  assert.deepEqual(value.slice(0, 3), ['79', '61', '+18']);
  const gap = await tableRow(page, 'Highest minus lowest', 'Trust');
  assert.deepEqual(gap, ['46', 'University or college staff (77)', 'Person who uses services, or carer (31)', 'yes']);
  assert.match(await page.locator('.pp-figure', { hasText: 'Who is left out' }).textContent(), /marginalisation, not conflict/);
  // Every chart is an SVG with a title and a description.
  const svgs = await page.locator('.pp-chart svg').count();
  assert.equal(svgs, 9);
  assert.equal(await page.locator('.pp-chart svg > title').count(), 9);
  assert.equal(await page.locator('.pp-chart svg > desc').count(), 9);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('filters narrow the figures and are kept in the address', async () => {
  const page = await dashboardWith(EIGHT);
  await page.locator('#pp-filter-group-university').check();
  await page.waitForURL(/group=university/);
  assert.match(await page.locator('#pp-counts-title').textContent(), /Responses: 4/);
  const trust = await tableRow(page, 'Average score (0-100) by group', 'Trust');
  assert.equal(trust[0], '77');
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  assert.equal(await page.isChecked('#pp-filter-group-university'), true);
  assert.match(await page.locator('#pp-counts-title').textContent(), /Responses: 4/);
  await page.context().close();
});

test('presentation mode steps through the charts by keyboard', async () => {
  const page = await dashboardWith(EIGHT);
  await page.getByRole('button', { name: 'Present full screen' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Indicators by group' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'pp-chart-indicators');
  assert.deepEqual(await axeViolations(page), [], 'presentation');
  // The chart takes the room the slide leaves it, as large as it fits whole.
  const fill = await page.evaluate(() => {
    const chart = document.querySelector('.pp-present .pp-chart');
    const svg = chart.querySelector('svg').getBoundingClientRect();
    const room = chart.getBoundingClientRect();
    return { wide: svg.width / room.width, tall: svg.height / room.height, bottom: svg.bottom, screen: innerHeight };
  });
  assert.ok(fill.wide > 0.97 || fill.tall > 0.97, `fills its room: ${JSON.stringify(fill)}`);
  assert.ok(fill.bottom <= fill.screen, 'whole, on the screen');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { level: 1, name: 'Answers to each statement: Trust' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('heading', { level: 1, name: 'Indicators by group (radar)' }).waitFor();
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('heading', { level: 1, name: 'Answers to each statement: Trust' }).waitFor();
  assert.match(await page.locator('.pp-slide-count').textContent(), /Slide 2 of 10/);
  // Space and Page Down change slide and never scroll the page instead.
  await page.setViewportSize({ width: 800, height: 300 });
  await page.keyboard.press('Space');
  await page.getByRole('heading', { level: 1, name: 'Indicators by group (radar)' }).waitFor();
  await page.keyboard.press('PageDown');
  await page.getByRole('heading', { level: 1, name: 'Who is left out' }).waitFor();
  assert.equal(await page.evaluate(() => window.scrollY + (document.fullscreenElement?.scrollTop ?? 0)), 0, 'nothing scrolled');
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  // Focus is back where presenting started.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Present full screen');
  assert.deepEqual(page.problems ?? [], []);
  await page.context().close();
});

test('every slide passes axe-core, in the light and the dark theme, with its headings in order', async () => {
  for (const theme of ['light', 'dark']) {
    const page = await dashboardWith(EIGHT, `?theme=${theme}`);
    await page.getByRole('button', { name: 'Present full screen' }).click();
    // The nine charts, then "What we agreed".
    for (let slide = 1; slide <= 10; slide += 1) {
      await page.locator('.pp-slide-count').filter({ hasText: `Slide ${slide} of 10` }).waitFor();
      await page.locator('.pp-present h1').waitFor();
      assert.deepEqual(await axeViolations(page), [], `${theme}, slide ${slide}`);
      const levels = await page.locator('.pp-present :is(h1, h2, h3, h4)').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
      assert.equal(levels[0], 1, `${theme}, slide ${slide}: starts with its h1`);
      levels.forEach((level, index) => assert.ok(index === 0 || level <= levels[index - 1] + 1, `${theme}, slide ${slide}: ${levels}`));
      await page.keyboard.press('ArrowRight');
    }
    await page.context().close();
  }
});

test('opened straight into a slide, where the browser refuses full screen, the slides fill the window quietly', async (t) => {
  const page = await dashboardHolding(suite, EIGHT, { t });
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  // A browser that refuses full screen (as one does without a user gesture, or by policy;
  // headless Chromium grants it, so the refusal is made here).
  await page.addInitScript(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
  });
  await page.goto(new URL('dashboard.html?slide=2', page.url()).href);
  await page.locator('.pp-slide-count', { hasText: 'Slide 2 of 10' }).waitFor();
  // The refusal settles within a task or two: let two frames pass.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(await page.evaluate(() => document.fullscreenElement), null, 'refused');
  await page.getByRole('heading', { level: 1, name: 'Answers to each statement: Trust' }).waitFor();
  assert.deepEqual([...problems, ...page.problems], [], 'no unhandled rejection, no error');
});

test('a response stored in another tab (a kiosk, say) reaches the dashboard without a reload, and waits until it cannot stand out', async () => {
  const page = await dashboardWith(EIGHT);
  await page.locator('#pp-counts-title', { hasText: 'Responses: 8' }).waitFor();
  const kiosk = await page.context().newPage();
  await kiosk.goto(`${suite.url}?mode=kiosk`);
  // A fifth member of the university staff's block (a lone student would rightly be left out),
  // answering in the kiosk tab as a person would.
  await kiosk.getByRole('button', { name: 'Start' }).click();
  await kiosk.locator('#pp-group-university').check();
  await kiosk.locator('#pp-partner-university').check();
  await kiosk.getByRole('button', { name: 'Next' }).click();
  await kiosk.locator('#pp-T1-5').check();
  for (let section = 1; section < 9; section += 1) {
    await kiosk.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  }
  await kiosk.getByRole('button', { name: 'Submit your response' }).click();
  const submitted = Date.now();
  // One newcomer would change the university's figures by one person: it waits, and is said.
  await page.getByText('1 new response is waiting to be shown', { exact: false }).waitFor({ timeout: 2000 });
  assert.ok(Date.now() - submitted < 2000, 'the dashboard follows within 2 seconds');
  assert.match(await page.locator('#pp-counts-title').textContent(), /Responses: 8/);
  await page.context().close();
});

test('a chart exports as SVG and PNG, and the figures as CSV', async () => {
  const page = await dashboardWith(EIGHT);
  await showChart(page, 'Perception gaps between groups');
  const figure = page.locator('.pp-figure', { hasText: 'Perception gaps between groups' });
  const [svg] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: /Download SVG/ }).click()]);
  assert.equal(svg.suggestedFilename(), 'partnership-pulse-gaps.svg');
  const svgText = await readFile(await svg.path(), 'utf8');
  assert.match(svgText, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" role="img"/);
  assert.match(svgText, /<title>Perception gaps between groups<\/title>/);
  const [png] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: /Download PNG/ }).click()]);
  const pngBytes = await readFile(await png.path());
  assert.deepEqual([...pngBytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  // Twice the chart's size, under an 80-pixel band that carries the title in dark ink.
  const svgHeight = Number(svgText.match(/ height="(\d+)"/)[1]);
  assert.equal(pngBytes.readUInt32BE(20), svgHeight * 2 + 80, 'the PNG\'s height');
  const darkInBand = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: 80 });
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, 80);
    let dark = 0;
    for (let at = 0; at < data.length; at += 4) if (data[at] < 100 && data[at + 1] < 100 && data[at + 2] < 100) dark += 1;
    return dark;
  }, pngBytes.toString('base64'));
  assert.ok(darkInBand > 500, `the title is written above the chart (${darkInBand} dark pixels)`);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download figures (CSV)' }).click()]);
  const csvText = await readFile(await csv.path(), 'utf8');
  assert.match(csvText, /\r\nTrust,54,hidden to protect a small group,hidden to protect a small group,77,hidden to protect a small group,31,/);
  await page.context().close();
});

test('the dashboard passes axe-core and reads at 320 px without sideways scrolling', async () => {
  const page = await dashboardWith(EIGHT, '', { viewport: { width: 320, height: 700 } });
  assert.deepEqual(await axeViolations(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  await page.context().close();
});

test('printing gives a tidy report: charts and tables, without the controls', async () => {
  const page = await dashboardWith(EIGHT);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.pp-toolbar').isVisible(), false);
  assert.equal(await page.locator('.pp-filters').isVisible(), false);
  assert.equal(await page.locator('.pp-exports').first().isVisible(), false);
  assert.equal(await page.locator('.pp-chart svg').first().isVisible(), true);
  assert.equal(await page.locator('.pp-table').first().isVisible(), true);
  const breaks = await page.locator('.pp-figure').first().evaluate((figure) => getComputedStyle(figure).breakInside);
  assert.equal(breaks, 'avoid', 'a chart is not split across pages');
  await page.context().close();
});

test('survey links with ?mode=dashboard open the dashboard page', async () => {
  const page = await dashboardWith([], '');
  await page.goto(`${suite.url}?mode=dashboard`);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  assert.match(page.url(), /dashboard\.html\?mode=dashboard/);
  assert.match(await page.locator('#pp-counts-title').textContent(), /fewer than 4/);
  await page.context().close();
});

test('the first screen says how the partnership is doing, and its contents lead to each chart by keyboard', async (t) => {
  const page = await dashboardHolding(suite, EIGHT, { t, viewport: { width: 360, height: 740 } });
  const glance = page.locator('section', { has: page.getByRole('heading', { name: 'How is the partnership doing?' }) });
  await glance.waitFor();
  // Trust 54.2 and inclusion 53.1, both borderline (see EIGHT).
  const cards = (await glance.locator('.pp-card').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  assert.deepEqual(cards.slice(0, 2), ['Trust 54 of 100: borderline', 'Inclusion 53 of 100: borderline']);
  assert.match(cards[2], /^Value hidden to protect a small group$/);
  await glance.getByText('Possibly left out: Person who uses services, or carer.').waitFor();
  // The contents: Enter on a link shows that chart and moves focus to its heading; the address
  // keeps the view (the chart shown), never a fragment (which may carry a survey's set-up).
  await page.waitForURL(/\?mode=dashboard$/);
  const before = page.url();
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Trust between organisations' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Trust between organisations');
  // Written once the view has stayed unchanged a moment (a run of clicks writes the address once).
  await page.waitForURL(`${before}&chart=trust-map`);
  assert.deepEqual(await axeViolations(page), [], 'the first screen at 360 px');
});

test('on a laptop "On this page" stays in view beside the dashboard, so any chart is one step from anywhere', async (t) => {
  const page = await dashboardHolding(suite, EIGHT, { t, viewport: { width: 1280, height: 800 } });
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await contents.waitFor();
  const main = await page.locator('.pp-dashboard > .pp-figure').first().boundingBox();
  const beside = await contents.boundingBox();
  assert.ok(beside.x + beside.width <= main.x, `the contents stand left of the charts (${JSON.stringify(beside)}, ${JSON.stringify(main)})`);
  // At the foot of the page the contents are still on the screen, and lead to any chart.
  await page.keyboard.press('End');
  await page.waitForFunction(() => window.scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
  const shown = await contents.boundingBox();
  assert.ok(shown.y >= 0 && shown.y + 40 <= 800, `the contents in view at the foot of the page: ${JSON.stringify(shown)}`);
  await contents.getByRole('link', { name: 'Indicators by group', exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Indicators by group');
  // The workshop's outcome is one step away too.
  await contents.getByRole('link', { name: 'What we agreed' }).click();
  await page.waitForFunction(() => document.activeElement?.textContent === 'What we agreed');
  assert.deepEqual(await axeViolations(page), []);
  // On a narrow screen the contents come after the first screen, as before.
  await page.setViewportSize({ width: 800, height: 800 });
  const narrow = await contents.boundingBox();
  const glance = await page.locator('.pp-glance').boundingBox();
  assert.ok(narrow.y > glance.y, 'under the first screen');
});

test('the charts come one at a time, stepped through by keyboard, so the page stays a few screens long', async (t) => {
  const page = await dashboardHolding(suite, EIGHT, { t, viewport: { width: 1280, height: 800 } });
  const where = page.locator('.pp-chart-pager [role="status"]');
  await where.waitFor();
  assert.equal(await where.textContent(), 'Chart 1 of 9: Indicators by group');
  assert.equal(await page.locator('.pp-dashboard .pp-chart svg').count(), 1);
  // Every chart one after another made 16,600 px (20 screens); one at a time, the charts come
  // before the workshop's tools and the page is under half that.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height <= HEIGHT_ONE_AT_A_TIME, `${height} px`);
  // By keyboard: Next keeps focus, so Enter steps on; after the last chart comes the first.
  await tabTo(page, '.pp-chart-pager button:nth-of-type(2)', 150);
  await page.keyboard.press('Enter');
  await where.filter({ hasText: 'Chart 2 of 9: Answers to each statement: Trust' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Next: Indicators by group (radar)');
  for (let step = 3; step <= 9; step += 1) await page.keyboard.press('Enter');
  await where.filter({ hasText: 'Chart 9 of 9: Change across waves' }).waitFor();
  await page.keyboard.press('Enter');
  await where.filter({ hasText: 'Chart 1 of 9' }).waitFor();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await where.filter({ hasText: 'Chart 9 of 9' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  // Presenting starts at the chart on the screen; leaving it comes back to the same chart.
  await page.getByRole('button', { name: 'Present full screen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Change across waves' }).waitFor();
  await page.keyboard.press('Escape');
  await where.filter({ hasText: 'Chart 9 of 9' }).waitFor();
  // Every chart at once, by keyboard too, and the choice kept in the address.
  await tabTo(page, '#pp-every-chart');
  await page.keyboard.press('Space');
  await page.locator('.pp-dashboard .pp-chart svg').nth(8).waitFor();
  assert.equal(await where.count(), 0);
  await page.waitForURL(/[?&]charts=all/);
  await page.reload();
  await page.locator('.pp-dashboard .pp-chart svg').nth(8).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: 'Show every chart on the page' }).isChecked(), true);
});
