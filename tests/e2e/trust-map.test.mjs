// The trust map end to end: a respondent rates partner organisations' trust on the survey page,
// with the keyboard alone, and the facilitator's dashboard on the same device draws the link
// from their organisation to the one they rated, in the map, its table and its summary; axe-core
// finds nothing on the map in the light, dark and high-contrast themes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './support/browser.mjs';
import { tabTo, pressButton, onSection } from './support/respondent.mjs';
import { showChart } from './support/facilitator.mjs';
import { dashboardHolding, useAppAndBrowser } from './support/suite.mjs';

const suite = useAppAndBrowser();
const TITLE = 'Trust between organisations';
const COUNCIL = "City Council adult and children's services";
const NHS = 'Community health NHS trust';

/**
 * Already on the device: three council members (university staff) who trust the nhs-trust
 * "Mostly" (4) and the university "A little" (2), and four nhs-trust members (employer
 * practitioners) who trust the council 5, 5, 4 and 4.
 */
function held() {
  const response = (id, group, partner, PT) => ({
    id, survey_id: 'partnership-pulse', survey_version: 2, wave: '', group, partner, submitted: '2026-11-20', answers: { PT },
  });
  const trust = (ratings) => Object.fromEntries(Object.entries(ratings).map(([partner, trust]) => [partner, { trust }]));
  return [
    response('c1', 'university', 'council', trust({ 'nhs-trust': 4, university: 2 })),
    response('c2', 'university', 'council', trust({ 'nhs-trust': 4, university: 2 })),
    response('c3', 'university', 'council', trust({ 'nhs-trust': 4, university: 2 })),
    ...[5, 5, 4, 4].map((rating, n) => response(`n${n}`, 'employer-practice', 'nhs-trust', trust({ council: rating }))),
  ];
}

/** The fourth council member answers on this device, by keyboard: nhs-trust Mostly, university A little. */
async function answerAsFourthCouncilMember(page) {
  await pressButton(page, 'Start');
  await onSection(page, 'About you');
  await tabTo(page, '#pp-group-employer-strategic');
  for (let step = 0; step < 2; step += 1) await page.keyboard.press('ArrowDown');
  assert.equal(await page.isChecked('#pp-group-university'), true);
  await tabTo(page, '#pp-partner-council');
  await page.keyboard.press('Space');
  await pressButton(page, 'Next');
  await onSection(page, 'Trust');
  await pressButton(page, 'Next');
  await onSection(page, TITLE);
  await tabTo(page, '#pp-PT-nhs-trust-trust-1');
  for (let step = 1; step < 4; step += 1) await page.keyboard.press('ArrowDown');
  await tabTo(page, '#pp-PT-university-trust-1');
  await page.keyboard.press('ArrowDown');
  for (const section of ['Being included', 'Value', 'Shared aims', 'Leadership', 'Renewal']) {
    await pressButton(page, 'Next');
    await onSection(page, section);
  }
  await pressButton(page, 'Next');
  await pressButton(page, 'Review your answers');
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await pressButton(page, 'Submit your response');
  await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
}

test('trust given on the survey page shows on the trust map, its table and its summary', async (t) => {
  const dashboard = await dashboardHolding(suite, held(), { t });
  const figure = dashboard.locator('.pp-figure', { has: dashboard.getByRole('heading', { name: TITLE }) });
  await showChart(dashboard, TITLE);
  // Three council members are not more than k = 3: no council link yet, only the nhs-trust's
  // (4 raters): 5 5 4 4 → (4 + 4 + 3 + 3) × 25 / 4 = 87.5.
  await figure.waitFor();
  assert.deepEqual(await figureTexts(figure), ['88']);

  const survey = await dashboard.context().newPage();
  await survey.goto(suite.url);
  await answerAsFourthCouncilMember(survey);
  await survey.close();

  // Reloaded, the dashboard shows the chart it showed (the address keeps it).
  await dashboard.reload();
  await figure.waitFor();
  // council → nhs-trust: 4 4 4 4 → 75; council → university: 2 2 2 2 → 25; nhs-trust → council 87.5.
  assert.deepEqual((await figureTexts(figure)).sort(), ['25', '75', '88']);
  assert.equal(
    await figure.locator('svg > desc').textContent(),
    `1 of 1 pairs of organisations trust each other both ways (75 or more each way); the lowest trust is from ${COUNCIL} in The university (25 of 100).`,
  );
  const row = figure.getByRole('row', { name: new RegExp(`^${COUNCIL} trusting ${NHS}`) });
  assert.deepEqual((await row.getByRole('cell').allTextContents()).map((cell) => cell.trim()), ['75', '4']);
  await figure.getByText('Some organisations trust others little.', { exact: false }).waitFor();
  assert.deepEqual(dashboard.problems, []);
});

test('the trust map passes axe-core in the light, dark and high-contrast themes', async (t) => {
  const answered = [...held(), { ...held()[0], id: 'c4' }];
  for (const theme of ['light', 'dark', 'high-contrast']) {
    const page = await dashboardHolding(suite, answered, { t, query: `?theme=${theme}&chart=trust-map` });
    await page.getByRole('heading', { name: TITLE }).waitFor();
    assert.deepEqual(await axeViolations(page), [], `the trust map in the ${theme} theme`);
  }
});

/** The numbers on the map's arrows (text drawn on white boxes), in drawing order. */
function figureTexts(figure) {
  return figure.locator('svg').evaluate((svg) =>
    [...svg.querySelectorAll('text')]
      .map((text) => text.textContent.trim())
      .filter((text) => /^\d+$/.test(text) && text.length > 1),
  );
}
