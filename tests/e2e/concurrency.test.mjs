// Two tabs of one browser writing responses at the same instant lose nothing: two kiosks
// submitting together, and two dashboards importing files together. Every response is counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useAppAndBrowser } from './support/suite.mjs';
import { storedResponses } from './support/respondent.mjs';

const suite = useAppAndBrowser();

/** Answers the group question and moves to the review page, ready to submit. */
async function readyToSubmit(page, group) {
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator(`#pp-group-${group}`).check();
  for (let section = 0; section < 8; section += 1) {
    await page.getByRole('button', { name: /^(Next|Review your answers)$/ }).click();
  }
  await page.getByRole('button', { name: 'Submit your response' }).waitFor();
}

test('two kiosk tabs submitting at the same instant both keep every response', async () => {
  const context = await suite.browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  await Promise.all([first, second].map((page) => page.goto(`${suite.url}?mode=kiosk`)));
  const rounds = 12;
  for (let round = 0; round < rounds; round += 1) {
    await Promise.all([readyToSubmit(first, 'student'), readyToSubmit(second, 'university')]);
    await Promise.all([first, second].map((page) => page.getByRole('button', { name: 'Submit your response' }).click()));
    for (const page of [first, second]) {
      await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
      assert.equal(await page.getByRole('alert').count(), 0, 'each tab says the response was saved');
      await page.getByRole('button', { name: 'Start for the next person' }).click();
    }
  }
  const stored = await storedResponses(first);
  assert.equal(stored.length, 2 * rounds, 'every response of both tabs is stored');
  assert.equal(new Set(stored.map((r) => r.id)).size, 2 * rounds);
  await context.close();
});

/** A response file of `count` responses whose ids start with `prefix` (hex). */
async function responseFile(prefix, count) {
  const responses = Array.from({ length: count }, (_, n) => ({
    id: `${prefix}${n.toString(16).padStart(32 - prefix.length, '0')}`,
    survey_id: 'partnership-pulse',
    survey_version: 1,
    wave: '2026',
    group: n % 2 ? 'student' : 'university',
    partner: null,
    submitted: '2026-11-20',
    answers: { T1: 1 + (n % 5) },
  }));
  const folder = await mkdtemp(join(tmpdir(), 'pp-many-'));
  const name = join(folder, `${prefix}.json`);
  await writeFile(name, JSON.stringify({ format: 'partnership-pulse/responses', version: 1, responses }));
  return name;
}

test('two dashboard tabs importing files at the same instant keep every response', async () => {
  const context = await suite.browser.newContext();
  const tabs = [await context.newPage(), await context.newPage()];
  await Promise.all(tabs.map((page) => page.goto(`${suite.url}dashboard.html`)));
  const files = [
    await Promise.all(['a1', 'a2', 'a3', 'a4'].map((prefix) => responseFile(prefix, 100))),
    await Promise.all(['b1', 'b2', 'b3', 'b4'].map((prefix) => responseFile(prefix, 100))),
  ];
  await Promise.all(tabs.map((page, tab) => page.getByLabel(/Bring in response files/).setInputFiles(files[tab])));
  for (const page of tabs) {
    await page.locator('.pp-import-report li').nth(3).waitFor();
    const report = await page.locator('.pp-import-report').textContent();
    assert.equal(report.match(/100 added, 0 already here\./g)?.length, 4, report);
  }
  assert.equal((await storedResponses(tabs[0])).length, 800, 'all 800 responses are stored');
  // And the figures count them: the count updates in the tab that imported last.
  await tabs[0].reload();
  await tabs[0].getByRole('heading', { level: 2, name: 'Responses: 800' }).waitFor();
  await context.close();
});
