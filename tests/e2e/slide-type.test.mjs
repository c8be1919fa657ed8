// Presentation mode on a projector: every slide's chart is drawn for a wide screen, with text
// large enough to read from the back of a room. Text size is measured as shown (the font size
// the chart sets, times the scale the slide draws it at), on every text of every chart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dashboardHolding, useAppAndBrowser } from './support/suite.mjs';
import { INCLUSION, TRUST, all, response } from './support/responses.mjs';
import { keptForDashboard } from './support/facilitator.mjs';

const suite = useAppAndBrowser();


/** A first workshop: two groups of four have answered trust and inclusion; five groups are hidden. */
const FEW = [
  ...[4, 5, 3, 4].map((score, n) => response(`u${n}`, 'university', 'university', { ...all(TRUST, score), ...all(INCLUSION, 4) })),
  ...[2, 3, 3, 2].map((score, n) => response(`c${n}`, 'service-user-carer', 'carers-network', { ...all(TRUST, score), ...all(INCLUSION, 2) })),
];

const GROUPS = ['employer-strategic', 'employer-practice', 'university', 'student', 'service-user-carer', 'voluntary', 'other'];
const PARTNERS = ['council', 'nhs-trust', 'university', 'voluntary-forum', 'carers-network'];
const ITEMS = [...TRUST, ...INCLUSION, 'V1', 'V2', 'V3', 'A1', 'A2', 'A3', 'L1', 'L2', 'R1', 'R2', 'R3'];

/** The densest charts: four of each of the seven groups, every statement and partner rated. */
const WHOLE = GROUPS.flatMap((group, g) => [0, 1, 2, 3].map((n) => {
  const partner = PARTNERS[(g + n) % PARTNERS.length];
  const answers = Object.fromEntries(ITEMS.map((item, i) => [item, 1 + ((g + n + i) % 5)]));
  answers.PV = Object.fromEntries(PARTNERS.map((p, i) => [p, { gain: 1 + ((g + i) % 5), contribution: 1 + ((g + n + i) % 5) }]));
  return response(`${group}-${n}`, group, partner, answers);
}));

/** The smallest text of each slide's chart as shown, in CSS pixels, on a `width` × `height` screen. */
async function smallestTextOnEachSlide(responses, width, height) {
  const page = await dashboardHolding(suite, responses, { viewport: { width, height } });
  const smallest = await smallestTextOfSlides(page);
  await page.context().close();
  return smallest;
}

/** Presents the dashboard on `page` and measures each chart slide's smallest text. */
async function smallestTextOfSlides(page) {
  await page.getByRole('button', { name: 'Present full screen' }).click();
  const smallest = {};
  for (let slide = 1; slide <= 9; slide += 1) {
    await page.locator('.pp-slide-count').filter({ hasText: `Slide ${slide} of 10` }).waitFor();
    // The chart's drawing is put in its box after the slide's count changes.
    await page.locator('.pp-present .pp-chart svg').first().waitFor();
    const [title, px, whole] = await page.evaluate(() => {
      const svg = document.querySelector('.pp-present .pp-chart svg');
      const scale = svg.getScreenCTM().a;
      const sizes = [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
      const shown = svg.getBoundingClientRect();
      return [document.querySelector('.pp-present h1').textContent, Math.min(...sizes), shown.bottom <= innerHeight && shown.right <= innerWidth];
    });
    assert.ok(whole, `${title}: the whole chart is on the screen`);
    smallest[title] = Math.round(px * 10) / 10;
    await page.keyboard.press('ArrowRight');
  }
  return smallest;
}

/**
 * A survey of eight groups (the built-in seven and commissioners), four of each answering every
 * statement and rating every partner, on a 1280 × 720 projector's dashboard.
 */
async function eightGroupsDashboard() {
  const dir = await mkdtemp(join(tmpdir(), 'pp-eight-'));
  const survey = JSON.parse(await readFile('instruments/partnership-pulse.json', 'utf8'));
  Object.assign(survey, { id: 'eight-groups', version: 1 });
  survey.groups.push({ id: 'commissioner', label: { en: 'Commissioner of services' } });
  const surveyFile = join(dir, 'eight.survey.json');
  await writeFile(surveyFile, JSON.stringify(survey));
  const responses = [...GROUPS, 'commissioner'].flatMap((group, g) => [0, 1, 2, 3].map((n) => {
    const answers = Object.fromEntries(ITEMS.map((item, i) => [item, 1 + ((g + n + i) % 5)]));
    answers.PV = Object.fromEntries(PARTNERS.map((p, i) => [p, { gain: 1 + ((g + i) % 5), contribution: 1 + ((g + n + i) % 5) }]));
    return { ...response(`${group}-${n}`, group, PARTNERS[(g + n) % PARTNERS.length], answers), survey_id: 'eight-groups', survey_version: 1 };
  }));
  const responsesFile = join(dir, 'eight.json');
  await writeFile(responsesFile, JSON.stringify({ format: 'partnership-pulse/responses', version: 1, responses }));
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${suite.url}setup.html`);
  await page.getByLabel('Import a survey file (.json)').setInputFiles(surveyFile);
  await page.getByText(/was imported and is open/).waitFor();
  await keptForDashboard(page, 'eight-groups');
  await page.goto(new URL(await page.getByRole('link', { name: "Open this survey's dashboard" }).getAttribute('href'), page.url()).href);
  await page.getByLabel(/Bring in response files/).setInputFiles(responsesFile);
  await page.locator('#pp-counts-title', { hasText: 'Responses: 32' }).waitFor();
  return page;
}

for (const [name, responses] of [['a first workshop', FEW], ['all seven groups', WHOLE]]) {
  test(`on a 1920 × 1080 projector every chart's text is at least 20 px (${name})`, async () => {
    const smallest = await smallestTextOnEachSlide(responses, 1920, 1080);
    console.log(`smallest chart text at 1920 × 1080, ${name}: ${JSON.stringify(smallest)}`);
    for (const [title, px] of Object.entries(smallest)) assert.ok(px >= 20, `${title}: ${px} px`);
  });
}

test('on a 1280 × 720 projector every chart\'s text is at least 14 px (a first workshop)', async () => {
  const smallest = await smallestTextOnEachSlide(FEW, 1280, 720);
  console.log(`smallest chart text at 1280 × 720, a first workshop: ${JSON.stringify(smallest)}`);
  for (const [title, px] of Object.entries(smallest)) assert.ok(px >= 14, `${title}: ${px} px`);
});

test('on a 1280 × 720 projector every chart\'s text is at least 14 px with eight groups', async () => {
  const page = await eightGroupsDashboard();
  const smallest = await smallestTextOfSlides(page);
  console.log(`smallest chart text at 1280 × 720, eight groups: ${JSON.stringify(smallest)}`);
  for (const [title, px] of Object.entries(smallest)) assert.ok(px >= 14, `${title}: ${px} px`);
  await page.context().close();
});
