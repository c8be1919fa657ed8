// Every dashboard chart as plotters draws it, in Chromium, with every group and partner shown
// (long names included): each SVG parses with its title and description, every label lies inside
// the chart, and no two labels overlap — measured with getBBox at 1280 and at 320 px wide. And
// the one message a dashboard shows instead of charts when they could show nothing. The same for
// each slide's own drawing in presentation mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations } from './support/browser.mjs';
import { showEveryChart } from './support/facilitator.mjs';
import { dashboardHolding, useAppAndBrowser } from './support/suite.mjs';

const suite = useAppAndBrowser();

/**
 * Six respondents in each group of the built-in instrument, three in each of two waves, all of a
 * group from one partner (so that small-number protection hides nothing), answering every
 * statement (values spread so that every band and bar shows) and rating every partner's gain,
 * contribution and trust (so the trust map has every link between the five organisations).
 */
async function everyGroupAnswering() {
  const survey = JSON.parse(await readFile('instruments/partnership-pulse.json', 'utf8'));
  const items = survey.sections.flatMap((section) => section.items);
  const likert = items.filter((item) => item.type === 'likert').map((item) => item.id);
  const partners = survey.partners.map((partner) => partner.id);
  const responses = [];
  survey.groups.forEach((group, g) => {
    for (let n = 0; n < 6; n += 1) {
      const answers = Object.fromEntries(likert.map((id, i) => [id, 1 + ((g + n + i) % 5)]));
      answers.IX = n === 0 ? [survey.groups[(g + 1) % survey.groups.length].id] : [];
      answers.PV = Object.fromEntries(partners.map((partner, p) => [partner, { gain: 1 + ((g + p + n) % 5), contribution: 1 + ((g + 2 * p) % 5) }]));
      answers.PT = Object.fromEntries(partners.map((partner, p) => [partner, { trust: 1 + ((g + 2 * p + n) % 5) }]));
      responses.push({
        id: `${group.id}-${n}`,
        survey_id: survey.id,
        survey_version: survey.version,
        wave: n % 2 ? '2026 autumn' : '2026 spring',
        group: group.id,
        partner: partners[g % partners.length],
        submitted: '2026-11-01',
        answers,
      });
    }
  });
  return responses;
}

/** For each chart on the page: its title, whether it has a description, and its label problems. */
function labelProblems(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.pp-chart svg')].map((svg) => {
      const view = svg.viewBox.baseVal;
      const boxes = [...svg.querySelectorAll('text')]
        .map((text) => ({ text: text.textContent.trim(), box: text.getBBox() }))
        .filter(({ text }) => text.length > 0);
      const problems = [];
      for (const { text, box } of boxes) {
        if (box.x < -0.5 || box.y < -0.5 || box.x + box.width > view.width + 0.5 || box.y + box.height > view.height + 0.5) {
          problems.push(`"${text}" leaves the chart`);
        }
      }
      // Boxes of text lines touch by their leading; only a real overlap (over 1 px each way) counts.
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const across = Math.min(a.box.x + a.box.width, b.box.x + b.box.width) - Math.max(a.box.x, b.box.x);
          const down = Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);
          if (across > 1 && down > 1) problems.push(`"${a.text}" overlaps "${b.text}"`);
        }),
      );
      return {
        title: svg.querySelector(':scope > title')?.textContent,
        described: Boolean(svg.querySelector(':scope > desc')?.textContent),
        texts: boxes.length,
        problems,
      };
    }),
  );
}

/** The dashboard at `width` px on a device holding `responses`. */
async function dashboard(t, responses, width = 1280) {
  const page = await dashboardHolding(suite, responses, { t, viewport: { width, height: 900 } });
  await page.locator('#pp-counts-title').waitFor();
  return page;
}

for (const width of [1280, 320]) {
  test(`at ${width} px every chart is named and described and no label overlaps another`, async (t) => {
    const page = await dashboard(t, await everyGroupAnswering(), width);
    await page.locator('#pp-counts-title', { hasText: 'Responses: 42' }).waitFor();
    await showEveryChart(page);
    await page.locator('.pp-chart svg').nth(8).waitFor();
    const charts = await labelProblems(page);
    assert.equal(charts.length, 9);
    for (const chart of charts) {
      assert.ok(chart.title, 'every chart has a title');
      assert.ok(chart.described, `${chart.title} has a description`);
      assert.ok(chart.texts > 3, `${chart.title} has its labels`);
    }
    assert.deepEqual(charts.flatMap((chart) => chart.problems.map((problem) => `${chart.title}: ${problem}`)), []);
  });
}

test('every slide\'s drawing (panels, the radar and the network for a wide screen) keeps each label whole and apart', async (t) => {
  const page = await dashboardHolding(suite, await everyGroupAnswering(), { t, viewport: { width: 1920, height: 1080 } });
  await page.locator('#pp-counts-title', { hasText: 'Responses: 42' }).waitFor();
  await page.getByRole('button', { name: 'Present full screen' }).click();
  const problems = [];
  for (let slide = 1; slide <= 9; slide += 1) {
    await page.locator('.pp-slide-count').filter({ hasText: `Slide ${slide} of 10` }).waitFor();
    const [chart] = await labelProblems(page);
    assert.ok(chart.texts > 3, `${chart.title} has its labels`);
    problems.push(...chart.problems.map((problem) => `${chart.title}: ${problem}`));
    await page.keyboard.press('ArrowRight');
  }
  assert.deepEqual(problems, []);
});

test('a dashboard with nothing to show says so once, with how to collect responses', async (t) => {
  const empty = await dashboard(t, []);
  const message = empty.locator('.pp-empty');
  await message.getByRole('heading', { name: 'No responses yet — here is how to collect them' }).waitFor();
  assert.equal(await message.getByRole('listitem').count(), 3);
  assert.equal(await empty.locator('.pp-chart').count(), 0, 'no chart full of "fewer than 4"');
  assert.equal(await empty.locator('.pp-filters').count(), 0);
  // Said in the count and in the message's reason, not on every mark of every chart.
  assert.equal(await empty.getByText('fewer than 4', { exact: false }).count(), 2);
  await empty.getByLabel("Bring in response files (from respondents, or another facilitator's export)").waitFor({ state: 'attached' });
  assert.deepEqual(await axeViolations(empty), [], 'the empty dashboard');

  const [first, second] = (await everyGroupAnswering()).slice(0, 2);
  const few = await dashboard(t, [first, second]);
  await few.getByRole('heading', { name: 'Too few responses for figures yet — here is how to collect more' }).waitFor();
  assert.match(await few.locator('.pp-empty').textContent(), /2 responses are stored on this device: not yet enough for a figure\./);

  // Enough responses, but a filter that matches none: the filters stay, with the way back.
  const full = await dashboard(t, await everyGroupAnswering());
  await full.locator('.pp-chart svg').first().waitFor();
  await full.getByRole('checkbox', { name: 'Student' }).check();
  await full.getByRole('group', { name: 'Partners' }).getByRole('checkbox', { name: "City Council adult and children's services" }).check();
  await full.getByRole('heading', { name: 'Fewer than 4 responses match these filters' }).waitFor();
  assert.equal(await full.locator('.pp-chart').count(), 0);
  await full.getByRole('button', { name: 'Clear filters' }).click();
  await full.locator('.pp-chart svg').first().waitFor();
});

test('on a phone every chart keeps readable text and scrolls sideways in its own box, by keyboard too', async (t) => {
  const page = await dashboardHolding(suite, await everyGroupAnswering(), { t, viewport: { width: 360, height: 740 }, isMobile: true });
  await page.locator('#pp-counts-title', { hasText: 'Responses: 42' }).waitFor();
  await page.locator('.pp-chart svg').first().waitFor();
  await showEveryChart(page);
  const charts = await page.locator('.pp-dashboard .pp-figure > .pp-chart').evaluateAll((boxes) =>
    boxes.map((box) => {
      const svg = box.querySelector('svg');
      const scale = svg.getScreenCTM().a;
      const sizes = [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
      return {
        title: svg.querySelector('title').textContent,
        smallest: Math.min(...sizes),
        scrolls: box.scrollWidth > box.clientWidth,
        focusable: box.getAttribute('tabindex') === '0' && box.getAttribute('role') === 'region' && box.getAttribute('aria-label') !== null,
      };
    }),
  );
  assert.ok(charts.length >= 9, `${charts.length} charts`);
  for (const chart of charts) {
    // Drawn at 12 px and shown at the size drawn (before: shrunk to the screen, 5-6 px).
    assert.ok(chart.smallest >= 11, `${chart.title}: ${chart.smallest.toFixed(1)} px`);
    assert.equal(chart.focusable, chart.scrolls, `${chart.title}: a box that scrolls is a named region in the Tab order, and only then`);
  }
  assert.ok(charts.some((chart) => chart.scrolls), 'the wide charts scroll');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'the page itself does not');
  // The keyboard scrolls a chart's box.
  const box = page.locator('.pp-dashboard .pp-figure > .pp-chart[tabindex="0"]').first();
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((element) => element.scrollLeft > 0, await box.elementHandle());
  assert.deepEqual(await axeViolations(page), [], 'the dashboard on a phone');
  // On a laptop the charts fit: no box scrolls, so none is a stop in the Tab order.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForFunction(() => document.querySelectorAll('.pp-chart[tabindex]').length === 0);
});
