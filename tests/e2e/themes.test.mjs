// The facilitator's themes of the open answers, end to end with the keyboard: naming themes,
// ticking each answer's themes, renaming, merging and deleting (after asking), the counts by
// group as a chart (a group's counts shown where its answerers may be) and in the figures CSV, kept on the device across a
// reload; axe-core finds nothing in the light, dark and high-contrast themes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations } from './support/browser.mjs';
import { horizontalOverflow } from './support/respondent.mjs';
import { dashboardHolding, useAppAndBrowser } from './support/suite.mjs';

const suite = useAppAndBrowser();
const QUESTION = 'What one change would most improve this partnership?';

/** Four respondents (k + 1) in each of three groups, each answering the open question. */
function responses() {
  const said = {
    university: ['More notice of meetings', 'Send papers earlier', 'Notice, please', 'Clearer roles'],
    student: ['Earlier notice of placements', 'Pay students travel', 'Pay for travel', 'More feedback'],
    'service-user-carer': ['Pay carers on time', 'Listen to carers', 'Shorter meetings', 'Easy Read papers'],
  };
  return Object.entries(said).flatMap(([group, texts]) =>
    texts.map((text, n) => ({
      id: `${group}-${n}`, survey_id: 'partnership-pulse', survey_version: 2, wave: '', group, submitted: '2026-11-01',
      answers: { T1: 1 + n, O1: text },
    })),
  );
}

/** Focuses the checkbox of `theme` under the answer `text` and presses Space, as a keyboard user. */
async function tick(page, text, theme) {
  const answer = page.getByRole('listitem').filter({ has: page.getByText(text, { exact: true }) });
  await answer.getByRole('checkbox', { name: theme }).focus();
  await page.keyboard.press('Space');
  await answer.getByRole('checkbox', { name: theme, checked: true }).waitFor();
}

async function addTheme(page, name) {
  await page.getByLabel('New theme').focus();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: `Theme "${name}" added.` }).waitFor();
}

test('answers are grouped under themes by keyboard, counted by group, exported and kept', async (t) => {
  const page = await dashboardHolding(suite, responses(), { t, viewport: { width: 320, height: 800 } });
  await page.getByRole('heading', { name: `What people said: ${QUESTION}` }).waitFor();
  await addTheme(page, 'Notice');
  // A second theme of the same name, letter case aside, is refused with the reason.
  await page.getByLabel('New theme').fill('notice');
  await page.getByRole('button', { name: 'Add theme' }).click();
  await page.getByRole('status').filter({ hasText: 'There is already a theme called "notice".' }).waitFor();
  await page.getByLabel('New theme').fill('');

  for (const text of ['More notice of meetings', 'Send papers earlier', 'Notice, please', 'Earlier notice of placements']) {
    await tick(page, text, 'Notice');
  }
  const chart = page.locator('.pp-figure', { has: page.getByRole('heading', { name: `Themes: ${QUESTION}` }) });
  await chart.waitFor();
  // 4 in all; by group (university, student, people who use services) 3, 1 and 0: each group has
  // 4 answers, so each count is one of a group's answers, like an answer's share on a chart.
  await chart.getByText('Of 12 answers in view, the theme with the most is "Notice" (4).').first().waitFor();
  const row = chart.getByRole('row', { name: /^Notice/ });
  const cells = (await row.getByRole('cell').allTextContents()).map((cell) => cell.trim());
  const hidden = 'hidden to protect a small group';
  // Groups in the survey's order: the two employer groups, university, student, people who use
  // services, voluntary and other (the groups nobody here belongs to have no figure).
  assert.deepEqual(cells, ['4', hidden, hidden, '3', '1', '0', hidden, hidden]);
  assert.equal(await horizontalOverflow(page), 0, 'the themes fit at 320 px');

  // Rename, merge and delete through "Change a theme".
  await addTheme(page, 'Pay');
  for (const text of ['Pay students travel', 'Pay for travel', 'Pay carers on time']) await tick(page, text, 'Pay');
  await page.getByLabel('Theme', { exact: true }).selectOption('Pay');
  await page.getByLabel('New name').fill('Paying people');
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('status').filter({ hasText: '"Pay" is now called "Paying people".' }).waitFor();
  // Pay: 2 students and 1 carer: 3 in all.
  await chart.getByRole('row', { name: /^Paying people 3/ }).waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download figures (CSV)' }).click()]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.ok(csv.includes(`"Answers in each theme, by group: ${QUESTION}"\r\nTheme,All answers,`), csv.slice(-600));
  assert.match(csv, /\r\nNotice,4,hidden to protect a small group,hidden to protect a small group,3,1,0,/);
  assert.match(csv, /\r\nPaying people,3,hidden to protect a small group,hidden to protect a small group,0,2,1,/);

  // Kept on the device: after a reload the themes and ticks are still there.
  await page.reload();
  const kept = page.getByRole('listitem').filter({ has: page.getByText('Pay carers on time', { exact: true }) });
  await kept.getByRole('checkbox', { name: 'Paying people', checked: true }).waitFor();

  await page.getByLabel('Theme', { exact: true }).selectOption('Paying people');
  await page.getByLabel('Merge into').selectOption('Notice');
  await page.getByRole('button', { name: 'Merge' }).click();
  await page.getByRole('status').filter({ hasText: '"Paying people" was merged into "Notice".' }).waitFor();
  await chart.getByRole('row', { name: /^Notice 7/ }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the themes and their chart');

  await page.getByRole('button', { name: 'Delete theme…' }).click();
  await page.getByRole('button', { name: 'Yes, delete the theme' }).click();
  await page.getByRole('status').filter({ hasText: 'Theme "Notice" deleted; its answers are still listed.' }).waitFor();
  assert.equal(await chart.count(), 0, 'no themes, no chart');
  assert.equal(await page.locator('.pp-said-list > li').count(), 12, 'every answer still listed');
  assert.deepEqual(page.problems, []);
});

test('the themes pass axe-core in the dark and high-contrast themes', async (t) => {
  for (const theme of ['dark', 'high-contrast']) {
    const page = await dashboardHolding(suite, responses(), { t, query: `?theme=${theme}` });
    await page.getByRole('heading', { name: `What people said: ${QUESTION}` }).waitFor();
    await addTheme(page, 'Notice');
    for (const text of ['More notice of meetings', 'Send papers earlier', 'Notice, please']) await tick(page, text, 'Notice');
    await page.getByRole('heading', { name: `Themes: ${QUESTION}` }).waitFor();
    assert.deepEqual(await axeViolations(page), [], `the themes in the ${theme} theme`);
  }
});
