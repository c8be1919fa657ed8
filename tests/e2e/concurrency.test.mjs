// Two tabs of one browser at the same instant lose nothing: two kiosks submitting together, two
// dashboards importing files together (every response counted), two people answering in two tabs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useAppAndBrowser } from './support/suite.mjs';
import { storedResponses } from './support/respondent.mjs';

const suite = useAppAndBrowser();

// Clicks here are forced: only one tab of a window is visible, and Playwright's check that an
// element is still (two animation frames alike) waits a long time in a hidden tab, where the
// browser runs no animation frames. The app itself needs none.
const FORCE = { force: true };

/**
 * Clicks, through the page itself, the button whose text matches `label`: a tab in the
 * background draws nothing, so even a forced Playwright click can find its target "outside of
 * the viewport" there.
 */
async function clickButton(page, label) {
  await page.getByRole('button', { name: label }).first().waitFor({ state: 'attached' });
  await page.evaluate((source) => {
    const pattern = new RegExp(source);
    [...document.querySelectorAll('button')].find((button) => pattern.test(button.textContent)).click();
  }, label.source);
}

/** Answers the group question and moves to the review page, ready to submit. */
async function readyToSubmit(page, group) {
  await clickButton(page, /^Start$/);
  const choice = page.locator(`#pp-group-${group}`);
  await choice.waitFor({ state: 'attached' });
  await choice.evaluate((radio) => radio.click());
  for (let section = 1; section <= 9; section += 1) {
    // The next section is waited for: a click may otherwise land on the button of the section
    // being replaced.
    await page.locator('.pp-progress-text', { hasText: `Section ${section} of 9` }).waitFor();
    await clickButton(page, /^(Next|Review your answers)$/);
  }
  await page.getByRole('button', { name: 'Submit your response' }).waitFor();
}

/** `count` valid responses whose ids start with `prefix` (hex). */
function manyResponses(prefix, count) {
  return Array.from({ length: count }, (_, n) => ({
    id: `${prefix}${n.toString(16).padStart(32 - prefix.length, '0')}`,
    survey_id: 'partnership-pulse',
    survey_version: 2,
    wave: '2026',
    group: n % 2 ? 'student' : 'university',
    partner: null,
    submitted: '2026-11-20',
    answers: { T1: 1 + (n % 5), T2: 1 + (n % 4), O1: 'An answer long enough to take a moment to copy and parse.' },
  }));
}

test('two kiosk tabs and a dashboard importing, all at the same instant, keep every response', async (t) => {
  const context = await suite.browser.newContext();
  // Closed even when the test fails, so that its busy tabs do not slow the next test.
  t.after(() => context.close());
  const [first, second, dashboard] = [await context.newPage(), await context.newPage(), await context.newPage()];
  await first.goto(`${suite.url}?mode=kiosk`);
  // A device that already holds many responses in the shared list of earlier releases: a
  // submission used to read and rewrite them all, the window in which another tab's write was lost.
  const KEY = 'partnership-pulse:v1:responses:partnership-pulse';
  await first.evaluate(([key, stored]) => localStorage.setItem(key, JSON.stringify(stored)), [KEY, manyResponses('f', 6000)]);
  await Promise.all([first, second].map((page) => page.goto(`${suite.url}?mode=kiosk`)));
  await dashboard.goto(`${suite.url}dashboard.html`);
  await dashboard.getByRole('heading', { level: 2, name: 'Responses: 6,000' }).waitFor();
  const rounds = 8;
  for (let round = 0; round < rounds; round += 1) {
    await Promise.all([readyToSubmit(first, 'student'), readyToSubmit(second, 'university')]);
    // Both buttons pressed at the same moment, by each page's own clock; in the first round a
    // file of 1,500 responses is dropped on the dashboard at that moment too.
    const at = Date.now() + 300;
    if (round === 0) await importAt(dashboard, 'd', 1500, at);
    await Promise.all(
      [first, second].map((page) =>
        page.evaluate((when) => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Submit your response');
          setTimeout(() => button.click(), when - Date.now());
        }, at),
      ),
    );
    for (const page of [first, second]) {
      await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
      assert.equal(await page.getByRole('alert').count(), 0, 'each tab says the response was saved');
      await page.getByRole('button', { name: 'Start for the next person' }).click(FORCE);
    }
  }
  await dashboard.locator('.pp-import-report li', { hasText: '1,500 added, 0 already here.' }).waitFor();
  const stored = await storedResponses(first);
  const expected = 6000 + 2 * rounds + 1500;
  assert.equal(stored.length, expected, 'every response of every tab is stored');
  assert.equal(new Set(stored.map((r) => r.id)).size, expected);
  // The dashboard counted each as it arrived, without a reload.
  await dashboard.getByRole('heading', { level: 2, name: `Responses: ${expected.toLocaleString('en')}` }).waitFor();
  await context.close();
});

/** Drops a file of `count` responses (ids starting `prefix`) on the dashboard `page` at time `at`. */
async function importAt(page, prefix, count, at) {
  const file = { format: 'partnership-pulse/responses', version: 1, responses: manyResponses(prefix, count) };
  await page.evaluate(
    ([name, text, when]) => {
      const input = document.querySelector('input[type=file]');
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      setTimeout(() => {
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, when - Date.now());
    },
    [`${prefix}.json`, JSON.stringify(file), at],
  );
}

test('two dashboard tabs importing files at the same instant keep every response', async (t) => {
  const context = await suite.browser.newContext();
  // Closed even when the test fails, so that its busy tabs do not slow the next test.
  t.after(() => context.close());
  const tabs = [await context.newPage(), await context.newPage()];
  await Promise.all(tabs.map((page) => page.goto(`${suite.url}dashboard.html`)));
  // The file input is looked up when the files are handed over: each page must have drawn it.
  await Promise.all(tabs.map((page) => page.locator('input[type=file]').waitFor({ state: 'attached' })));
  // Each tab is given four files of 1,500 responses, chosen at the same moment by both pages'
  // clocks, as two facilitators' drops would be.
  const at = Date.now() + 1500;
  await Promise.all(
    tabs.map((page, tab) =>
      page.evaluate(
        ([files, when]) => {
          const input = document.querySelector('input[type=file]');
          const transfer = new DataTransfer();
          for (const [name, text] of files) transfer.items.add(new File([text], name, { type: 'application/json' }));
          setTimeout(() => {
            input.files = transfer.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
          }, when - Date.now());
        },
        [
          ['1', '2', '3', '4'].map((n) => {
            const prefix = `${'ab'[tab]}${n}`;
            const file = { format: 'partnership-pulse/responses', version: 1, responses: manyResponses(prefix, 1500) };
            return [`${prefix}.json`, JSON.stringify(file)];
          }),
          at,
        ],
      ),
    ),
  );
  // Generous waits: 12,000 responses go through one IndexedDB store from two tabs, one of them in
  // the background, and a slow machine takes several times as long as a quick one.
  const SLOW = { timeout: 120000 };
  for (const page of tabs) {
    // The fourth file's line once it is done (while a file is read the line says so instead).
    await page.locator('.pp-import-report li', { hasText: 'added' }).nth(3).waitFor(SLOW);
    const report = await page.locator('.pp-import-report').textContent();
    assert.equal(report.match(/1,500 added, 0 already here\./g)?.length, 4, report);
  }
  assert.equal((await storedResponses(tabs[0])).length, 12000, 'all 12,000 responses are stored');
  // And the figures count them all.
  // Each dashboard took in the other's import as it was stored, without a reload.
  for (const page of tabs) await page.getByRole('heading', { level: 2, name: 'Responses: 12,000' }).waitFor(SLOW);
  await tabs[0].reload();
  await tabs[0].getByRole('heading', { level: 2, name: 'Responses: 12,000' }).waitFor(SLOW);
  await context.close();
});

/** Starts the survey in `page`, picks `group`, and answers T1 with `point`. */
async function answerFirstQuestions(page, group, point) {
  await page.getByRole('button', { name: 'Start' }).click(FORCE);
  await page.locator(`#pp-group-${group}`).check(FORCE);
  await page.getByRole('button', { name: 'Next' }).click(FORCE);
  await page.locator(`#pp-T1-${point}`).check(FORCE);
}

/** Presses Continue and goes to the Trust section, where T1 is. */
async function continueToTrust(page) {
  await page.getByRole('button', { name: 'Continue' }).click(FORCE);
  await page.getByRole('heading', { level: 1, name: 'Trust' }).waitFor();
}

test('two tabs answering one survey keep their own answers; a closed tab\'s are offered to the next', async () => {
  const context = await suite.browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  await Promise.all([first, second].map((page) => page.goto(suite.url)));
  await answerFirstQuestions(first, 'student', 5);
  await answerFirstQuestions(second, 'university', 1);
  // A reload finds this tab's own answers, never the other tab's.
  await first.reload();
  await continueToTrust(first);
  assert.equal(await first.isChecked('#pp-T1-5'), true, 'the first tab\'s answer');
  await second.reload();
  await continueToTrust(second);
  assert.equal(await second.isChecked('#pp-T1-1'), true, 'the second tab\'s answer');
  // The first tab closes (or crashes); a new visit is offered its answers, while the second
  // tab, still open, keeps its own.
  await first.close();
  const third = await context.newPage();
  await third.goto(suite.url);
  await continueToTrust(third);
  assert.equal(await third.isChecked('#pp-T1-5'), true, 'the closed tab\'s answers are taken up');
  await second.reload();
  await continueToTrust(second);
  assert.equal(await second.isChecked('#pp-T1-1'), true, 'the open tab still has its own');
  await context.close();
});
