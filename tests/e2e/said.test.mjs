// "What people said" on the dashboard: the open question's answers listed as text (markup never
// runs), each marked with its group, searchable, narrowed by the filters like every figure, and
// wrapping at 320 px; axe-core clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations } from './support/browser.mjs';
import { horizontalOverflow } from './support/respondent.mjs';
import { dashboardHolding, useAppAndBrowser } from './support/suite.mjs';

const suite = useAppAndBrowser();
const QUESTION = 'What people said: What one change would most improve this partnership?';

/**
 * Four respondents in each of three groups (k + 1 = 4: a group's answers carry its name only when
 * four or more of it answered); each answers the open question, the first with a telling text.
 */
async function responses() {
  const survey = JSON.parse(await readFile('instruments/partnership-pulse.json', 'utf8'));
  const said = {
    university: 'More joint teaching with practitioners',
    student: '<b>Pay</b> placements on time & tell us earlier',
    'service-user-carer': `Listen to carers ${'x'.repeat(120)}`,
  };
  return Object.entries(said).flatMap(([group, text]) =>
    [0, 1, 2, 3].map((n) => ({
      id: `${group}-${n}`,
      survey_id: survey.id,
      survey_version: survey.version,
      wave: '',
      group,
      submitted: '2026-11-01',
      answers: { T1: 1 + n, O1: n === 0 ? text : `Idea ${n} of the ${group} group` },
    })),
  );
}

test('the open answers are listed as text with their groups, searchable and filtered like the figures', async (t) => {
  const page = await dashboardHolding(suite, await responses(), { t, viewport: { width: 320, height: 800 } });
  const section = page.locator('section', { has: page.getByRole('heading', { name: QUESTION }) });
  await section.waitFor();
  const items = section.getByRole('listitem');
  assert.equal(await items.count(), 12);
  // The list's own status line (the themes editor has one of its own, empty until a change).
  const count = section.getByRole('status').filter({ hasText: /answers?/ });
  assert.match(await count.textContent(), /^12 answers, in an order that does not follow when they were given\.$/);
  const texts = (await items.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => !text.startsWith('Idea')).sort();
  assert.deepEqual(texts, [
    '<b>Pay</b> placements on time & tell us earlier Student',
    `Listen to carers ${'x'.repeat(120)} Person who uses services, or carer`,
    'More joint teaching with practitioners University or college staff',
  ]);
  assert.equal(await section.locator('b').count(), 0, 'markup in an answer is shown as text');
  assert.equal(await horizontalOverflow(page), 0, 'a long answer wraps at 320 px');

  // Search, from the keyboard.
  await section.getByLabel('Search the answers').focus();
  await page.keyboard.type('CARERS');
  await section.getByRole('status').filter({ hasText: '1 of 12 answers contain "CARERS".' }).waitFor();
  assert.equal(await items.count(), 1);
  assert.deepEqual(await axeViolations(page), [], 'the answers and their search');

  // The group filter narrows the answers as it narrows the figures.
  await page.getByRole('checkbox', { name: 'University or college staff' }).check();
  await section.getByLabel('Search the answers').fill('');
  await section.getByRole('status').filter({ hasText: '4 answers, in an order' }).waitFor();
  assert.match((await items.allInnerTexts()).join(' '), /More joint teaching/);
});

test('the answers and the empty state pass axe-core in the dark and high-contrast themes', async (t) => {
  const answered = await responses();
  for (const theme of ['dark', 'high-contrast']) {
    for (const [held, shows] of [[answered, QUESTION], [[], 'No responses yet — here is how to collect them']]) {
      const page = await dashboardHolding(suite, held, { t, query: `?theme=${theme}` });
      await page.getByRole('heading', { name: shows }).waitFor();
      assert.equal(await page.locator(`.pp-root[data-pp-theme="${theme}"]`).count(), 1, `the ${theme} theme is applied`);
      assert.deepEqual(await axeViolations(page), [], `${shows} in the ${theme} theme`);
    }
  }
});

test('what people said is left out of the presentation unless the facilitator turns it on', async (t) => {
  const page = await dashboardHolding(suite, await responses(), { t });
  await page.getByRole('heading', { name: QUESTION }).waitFor();
  const present = page.getByRole('button', { name: 'Present full screen' });
  await present.click();
  await page.getByText('Slide 1 of 10').waitFor();
  await page.keyboard.press('Escape');

  await page.getByLabel('Include what people said in the presentation', { exact: false }).check();
  await page.waitForURL(/[?&]said=1/); // the choice is kept in the address
  await present.click();
  await page.getByText(/^Slide 1 of \d+$/).waitFor();
  for (let slide = 1; slide < 10; slide += 1) await page.keyboard.press('ArrowRight');
  await page.getByText(/^Slide 10 of \d+$/).waitFor();
  await page.getByRole('heading', { level: 1, name: QUESTION }).waitFor();
  assert.ok((await page.getByRole('listitem').count()) >= 1, 'the answers are on the slide');
  assert.equal(await page.getByLabel('Search the answers').count(), 0, 'no search box on the projector');
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent),
    QUESTION,
    'the slide heading takes focus, so a screen reader announces it',
  );
});

test('on the projector, every answer is on a slide of its own page, reached by the arrow keys, none under the controls', async (t) => {
  // 22 answers: the 12 of the other tests and 10 more students'.
  const more = Array.from({ length: 10 }, (_, n) => ({
    id: `more-${n}`, survey_id: 'partnership-pulse', survey_version: 2, wave: '', group: 'student', submitted: '2026-11-01',
    answers: { T1: 3, O1: `Another idea, number ${n + 1}, about placements and the notice we get before them` },
  }));
  const all = [...(await responses()), ...more];
  const page = await dashboardHolding(suite, all, { t, query: '?said=1', viewport: { width: 1280, height: 720 } });
  await page.getByRole('heading', { name: QUESTION }).waitFor();
  await page.getByRole('button', { name: 'Present full screen' }).click();
  const counter = page.locator('.pp-slide-count');
  await page.getByText(/^Slide 1 of \d+$/).waitFor();
  const slides = Number((await counter.textContent()).match(/of (\d+)/)[1]);
  assert.ok(slides >= 9 + 6 + 1, `22 answers need six slides or more between the nine charts and the last (${slides} slides)`);
  for (let slide = 1; slide < 10; slide += 1) await page.keyboard.press('ArrowRight');
  const seen = [];
  // The answers' slides, then "What we agreed".
  for (let slide = 10; slide < slides; slide += 1) {
    await page.getByText(`Slide ${slide} of ${slides}`).waitFor();
    const controls = await page.locator('.pp-present-nav').boundingBox();
    const answers = page.locator('.pp-said-list > li > p:first-child');
    for (let at = 0; at < (await answers.count()); at += 1) {
      const box = await answers.nth(at).boundingBox();
      assert.ok(box.y >= 0 && box.y + box.height <= controls.y, `slide ${slide}: "${await answers.nth(at).textContent()}" shows whole, above the controls`);
      seen.push(await answers.nth(at).textContent());
    }
    assert.match(await page.getByRole('status').filter({ hasText: /^Answers \d+ to \d+ of 22\.$/ }).textContent(), /of 22/);
    await page.keyboard.press('ArrowRight');
  }
  await page.getByRole('heading', { level: 1, name: 'What we agreed' }).waitFor();
  assert.equal(seen.length, 22, 'every answer once');
  assert.deepEqual([...new Set(seen)].sort(), all.map((response) => response.answers.O1).sort());
  assert.deepEqual(await axeViolations(page), [], 'a slide of answers');
});

test('a long list of answers shows 200 at first and more on request, by keyboard', async (t) => {
  // 230 answers: before, every one was an item on the page, and at 100,000 the page stopped
  // drawing for seconds.
  const survey = JSON.parse(await readFile('instruments/partnership-pulse.json', 'utf8'));
  const many = Array.from({ length: 230 }, (_, n) => ({
    id: `many-${n}`, survey_id: survey.id, survey_version: survey.version, wave: '',
    group: ['university', 'student'][n % 2], submitted: '2026-11-01', answers: { T1: 3, O1: `Answer number ${n}` },
  }));
  const page = await dashboardHolding(suite, many, { t });
  const section = page.locator('section', { has: page.getByRole('heading', { name: QUESTION }) });
  await section.getByRole('status').filter({ hasText: '230 answers' }).waitFor();
  assert.equal(await section.locator('.pp-said-list li').count(), 200);
  const more = section.getByRole('button', { name: 'Show 30 more answers (30 not shown yet)' });
  await more.focus();
  await page.keyboard.press('Enter');
  await section.locator('.pp-said-list li').nth(229).waitFor();
  assert.equal(await section.locator('.pp-said-list li').count(), 230);
  assert.equal(await more.count(), 0, 'nothing left to show');
  assert.deepEqual(await axeViolations(page), []);
});
